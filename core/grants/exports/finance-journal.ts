import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { Pounds, toMoneyCsv, type Cell } from './csv-cells';
import { loadExportData, type Movement } from './export-data';

export const JOURNAL_COLUMNS = [
  'Journal date',
  'Entry type',
  'Payment reference',
  'Award reference',
  'Partner name',
  'Partner org id',
  'Fund code',
  'Cost centre',
  'Amount (£)',
  'Gross (£)',
  'Fee (£)',
  'Net (£)',
  'Ledger entry id',
  'Narrative',
] as const;

const ENTRY_LABELS: Record<Movement['kind'], string> = { release: 'Payment released', reversal: 'Reversal of released payment', clawback: 'Clawback (repayment)' };

export interface JournalLine {
  movement: Movement;
  awardReference: string;
  partnerName: string;
  partnerOrgId: string;
  fundCode: string;
}

/**
 * Every movement of money in date order (then ledger order): one line per released payment, and a
 * negative line for each reversal of a released payment and each clawback. A payment released and
 * later reversed keeps its release line, as it was posted then; its reversal line cancels it. So
 * the journal always sums to the fund statement's net released, and a closed period never changes.
 * `from`/`to` (inclusive, YYYY-MM-DD) select lines by journal date.
 */
export async function journalLines(db: Kysely<DB>, filter: { fundId: number | null; from?: string | undefined; to?: string | undefined }): Promise<JournalLine[]> {
  const { awards } = await loadExportData(db, filter.fundId);
  const lines = awards.flatMap((a) =>
    a.movements.map((movement) => ({
      movement,
      awardReference: a.reference,
      partnerName: a.partner.name,
      partnerOrgId: a.partner.orgId ?? '',
      fundCode: a.fund.code,
    })),
  );
  return lines
    .filter(({ movement: m }) => (!filter.from || m.date >= filter.from) && (!filter.to || m.date <= filter.to))
    .sort((x, y) => x.movement.date.localeCompare(y.movement.date) || x.movement.entryId - y.movement.entryId);
}

function narrative(line: JournalLine): string {
  const m = line.movement;
  if (m.kind === 'release') return `Grant payment on award ${line.awardReference}${m.reversedLater ? ' (later reversed)' : ''}`;
  return `${ENTRY_LABELS[m.kind]}: ${m.reason}`;
}

export function journalRow(line: JournalLine): Cell[] {
  const m = line.movement;
  return [
    m.date,
    ENTRY_LABELS[m.kind],
    m.paymentReference,
    line.awardReference,
    line.partnerName,
    line.partnerOrgId,
    line.fundCode,
    line.fundCode,
    new Pounds(m.grossPence),
    new Pounds(m.grossPence),
    new Pounds(m.feePence),
    new Pounds(m.netPence),
    m.entryId,
    narrative(line),
  ];
}

export async function financeJournalCsv(db: Kysely<DB>, filter: { fundId: number | null; from?: string | undefined; to?: string | undefined }): Promise<string> {
  return toMoneyCsv(JOURNAL_COLUMNS, (await journalLines(db, filter)).map(journalRow));
}
