/**
 * A briefing pack as plain data: what the composer builds from the register and what every
 * renderer (the in-app preview, the PDF, the Word file) draws. Only strings, numbers, booleans,
 * null, arrays and objects, so a pack survives a JSON round trip and hashes canonically.
 * Figures arrive already formatted (en-GB, £ from pence) so every renderer prints the same text.
 */

export type PackAudience = 'gmca' | 'cabinet' | 'scrutiny';

export type PackSectionId =
  | 'headline'
  | 'missions'
  | 'gmca_outcomes'
  | 'programmes'
  | 'grants'
  | 'alignment'
  | 'risks'
  | 'appendix';

/** A point on an indicator's trend; null where no figure was recorded for the period. */
export interface TrendPoint {
  period: string;
  value: number | null;
  target: number | null;
  /** The tolerance band around the target (absolute values), when there is a target. */
  bandLow: number | null;
  bandHigh: number | null;
}

export type ChartSpec =
  | { type: 'trend'; title: string; unit: string; points: TrendPoint[] }
  | { type: 'flow'; title: string; stages: Array<{ label: string; pence: number }> }
  | { type: 'bars'; title: string; unit: 'pence' | 'count'; bars: Array<{ label: string; value: number }> }
  | {
      type: 'matrix';
      title: string;
      rows: string[];
      columns: string[];
      /** cells[row][column]: programmes, money and the strongest link strength (null when empty). */
      cells: Array<Array<{ programmes: number; pence: number; strength: 'primary' | 'secondary' | 'enabling' | null }>>;
    };

export type PackBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  /** Headline figures shown as label/value pairs. */
  | { kind: 'figures'; items: Array<{ label: string; value: string }> }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: 'chart'; id: string; caption: string; altText: string; chart: ChartSpec }
  /** A statement computed from the ledger or the rules, printed with emphasis. */
  | { kind: 'statement'; text: string };

export interface PackSection {
  id: PackSectionId;
  heading: string;
  /** The leader's own words for this section (plain text; blank lines separate paragraphs). */
  commentary: string;
  blocks: PackBlock[];
}

export interface PackDocument {
  title: string;
  subtitle: string;
  audience: PackAudience;
  /** e.g. '2025/26' or '2025/26 Q2'. */
  periodLabel: string;
  /** The council, e.g. 'Wigan Council'. */
  organisation: string;
  /** UTC ISO timestamp the data is frozen at. */
  asOf: string;
  /** The audit chain head (SHA-256 hex) when the snapshot was taken; printed in every footer. */
  auditHeadHash: string;
  sections: PackSection[];
}
