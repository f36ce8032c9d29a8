/** Turns an import preview into what the screen says about it. */
import { formatCount } from '../../format/money';

export interface PreviewLike {
  totalRows: number;
  counts: { add: number; change: number; rejected: number };
  unchanged: number;
  toAdd: readonly unknown[];
  toChange: readonly unknown[];
  rejected: readonly unknown[];
}

export interface PreviewSummary {
  /** "12 rows read: 8 to add, 2 to change, 1 already up to date and 1 rejected." */
  headline: string;
  /** True when confirming would write something. */
  canConfirm: boolean;
  /** Notes shown under the tables when only the first rows are listed. */
  truncation: { add: string | null; change: string | null; rejected: string | null };
}

const rows = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

function truncationNote(shown: number, total: number, what: string): string | null {
  return shown < total ? `Showing the first ${formatCount(shown)} of ${formatCount(total)} ${what}.` : null;
}

export function summarisePreview(preview: PreviewLike): PreviewSummary {
  const parts = [
    `${formatCount(preview.counts.add)} to add`,
    `${formatCount(preview.counts.change)} to change`,
    `${formatCount(preview.unchanged)} already up to date`,
    `${formatCount(preview.counts.rejected)} rejected`,
  ];
  const headline = `${rows(preview.totalRows)} read: ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
  return {
    headline,
    canConfirm: preview.counts.add + preview.counts.change > 0,
    truncation: {
      add: truncationNote(preview.toAdd.length, preview.counts.add, 'rows to add'),
      change: truncationNote(preview.toChange.length, preview.counts.change, 'rows that change'),
      rejected: truncationNote(preview.rejected.length, preview.counts.rejected, 'rejected rows'),
    },
  };
}

/** The distinct framework/indicator pairs a file touches, in first-seen order (for links afterwards). */
export function affectedIndicators(rows: ReadonlyArray<{ framework: string; indicator: string }>): Array<{ framework: string; indicator: string }> {
  const seen = new Map<string, { framework: string; indicator: string }>();
  for (const row of rows) {
    const key = `${row.framework.toUpperCase()}|${row.indicator.toUpperCase()}`;
    if (!seen.has(key)) seen.set(key, { framework: row.framework.toUpperCase(), indicator: row.indicator });
  }
  return [...seen.values()];
}

/** After a commit: "Imported: 8 added, 2 changed. 1 row was already up to date; 1 rejected row was skipped." */
export function resultSummary(result: { added: number; changed: number; unchanged: number; rejected: number }): string {
  const written = `Imported: ${formatCount(result.added)} added, ${formatCount(result.changed)} changed.`;
  const notes: string[] = [];
  if (result.unchanged) notes.push(`${rows(result.unchanged)} ${result.unchanged === 1 ? 'was' : 'were'} already up to date`);
  if (result.rejected) notes.push(`${formatCount(result.rejected)} rejected ${result.rejected === 1 ? 'row was' : 'rows were'} skipped`);
  return notes.length ? `${written} ${notes.join('; ')}.` : written;
}
