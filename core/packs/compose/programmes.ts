import { FUNDING_SOURCE_LABELS, MILESTONE_STATUS_LABELS, PILLAR_LABELS, PROGRAMME_STATUS_LABELS, type FundingSource, type PillarCode, type ProgrammeStatus } from '../../programmes/vocabulary';
import type { PackData } from '../data';
import type { PackBlock } from '../document';
import { longDate, money } from './format';

const milestoneWord = (s: string) => MILESTONE_STATUS_LABELS[s as keyof typeof MILESTONE_STATUS_LABELS] ?? s;

/** The chosen programmes: summary, money, milestones and funding lines. */
export function programmeBlocks(data: PackData, highlight: string[]): PackBlock[] {
  const blocks: PackBlock[] = [];
  for (const code of highlight) {
    const p = data.programmes.find((x) => x.code === code);
    if (!p) {
      blocks.push({ kind: 'paragraph', text: `${code} is not in the register (or is archived).` });
      continue;
    }
    blocks.push({ kind: 'subheading', text: `${p.code} ${p.name}` });
    if (p.summary) blocks.push({ kind: 'paragraph', text: p.summary });
    blocks.push({
      kind: 'figures',
      items: [
        { label: 'Status', value: PROGRAMME_STATUS_LABELS[p.status as ProgrammeStatus] ?? p.status },
        { label: 'Lead officer', value: p.leadOfficer || '—' },
        { label: 'Confirmed funding', value: money(p.confirmedPence) },
        { label: 'All funding lines', value: money(p.totalPence) },
      ],
    });
    if (p.milestones.length) {
      blocks.push({
        kind: 'table',
        caption: `${p.code} milestones`,
        columns: ['Milestone', 'Due', 'Status'],
        rows: p.milestones.map((m) => [m.title, longDate(m.dueDate), milestoneWord(m.status)]),
        numeric: [false, false, false],
      });
    }
    if (p.fundingLines.length) {
      blocks.push({
        kind: 'table',
        caption: `${p.code} funding`,
        columns: ['Year', 'Source', 'Pillar', 'Certainty', 'Amount'],
        rows: p.fundingLines.map((l) => [
          l.financialYear,
          FUNDING_SOURCE_LABELS[l.source as FundingSource] ?? l.source,
          l.pillarCode ? (PILLAR_LABELS[l.pillarCode as PillarCode] ?? l.pillarCode) : '—',
          l.certainty === 'confirmed' ? 'Confirmed' : 'Planned',
          money(l.amountPence),
        ]),
        numeric: [false, false, false, false, true],
      });
    }
  }
  if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'No programmes were chosen for highlights.' });
  return blocks;
}
