import type { PackData } from '../data';
import type { PackBlock } from '../document';
import { longDate } from './format';

const MAX_FINDINGS = 30;
/** Findings that say where the borough needs GMCA: outcomes nobody delivers, money without programmes, Red indicators without progress, pillar mismatches. */
const ASK_RULES = new Set(['outcome-without-programme', 'funded-outcome-without-programme', 'red-indicator-without-progress', 'pillar-mismatch']);
const SEVERITY_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export function alignmentBlocks(data: PackData): PackBlock[] {
  const { alignment } = data;
  const open = alignment.findings.filter((f) => f.status !== 'acknowledged');
  const acknowledged = alignment.findings.filter((f) => f.status === 'acknowledged');
  const pillarColumns = alignment.matrix.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'pillar');
  const blocks: PackBlock[] = [
    {
      kind: 'figures',
      items: [
        { label: 'Open findings', value: String(open.length) },
        { label: 'Acknowledged findings', value: String(acknowledged.length) },
        ...alignment.coverage.missions.map((m) => ({ label: `Coverage of ${m.code}`, value: m.coverage.value === null ? 'no figure' : `${Math.round(m.coverage.value * 100)}%` })),
      ],
    },
    {
      kind: 'chart',
      id: 'alignment-matrix',
      caption: 'Alignment matrix: council missions and priorities against Integrated Settlement pillars (active programmes; confirmed funding)',
      altText: `Grid of ${alignment.matrix.rows.length} missions and priorities by ${pillarColumns.length} pillars; each cell gives the number of active programmes linked to both and their confirmed funding.`,
      chart: {
        type: 'matrix',
        title: 'Missions × pillars',
        rows: alignment.matrix.rows.map((r) => `${r.code} ${r.title}`),
        columns: pillarColumns.map(({ c }) => c.title),
        cells: alignment.matrix.rows.map((_, r) =>
          pillarColumns.map(({ i }) => {
            const cell = alignment.matrix.cells[r]![i]!;
            return { programmes: cell.count, pence: cell.moneyPence, strength: cell.strongest };
          }),
        ),
      },
    },
  ];
  const asks = open.filter((f) => ASK_RULES.has(f.ruleId));
  blocks.push({ kind: 'subheading', text: 'Needs and opportunities to raise with GMCA' });
  blocks.push(
    asks.length
      ? { kind: 'table', caption: 'Where the register shows a gap', columns: ['Finding', 'Suggested step'], rows: asks.slice(0, MAX_FINDINGS).map((f) => [f.message, f.suggestedFix]), numeric: [false, false] }
      : { kind: 'paragraph', text: 'The register shows no uncovered outcome, unfunded need or off-track indicator without progress.' },
  );
  blocks.push({ kind: 'subheading', text: 'Open findings' });
  blocks.push(
    open.length
      ? {
          kind: 'table',
          caption: open.length > MAX_FINDINGS ? `Open findings (the first ${MAX_FINDINGS} of ${open.length}, most severe first)` : 'Open findings',
          columns: ['Severity', 'Finding', 'Owner'],
          rows: open.slice(0, MAX_FINDINGS).map((f) => [SEVERITY_WORDS[f.severity], f.message, f.owner]),
          numeric: [false, false, false],
        }
      : { kind: 'paragraph', text: 'No open findings.' },
  );
  if (acknowledged.length) {
    blocks.push({
      kind: 'table',
      caption: 'Acknowledged findings',
      columns: ['Finding', 'Acknowledged', 'Reason'],
      rows: acknowledged.slice(0, MAX_FINDINGS).map((f) => [f.message, `${f.acknowledgement!.by}, ${longDate(f.acknowledgement!.at.slice(0, 10))}`, f.acknowledgement!.reason]),
      numeric: [false, false, false],
    });
  }
  return blocks;
}
