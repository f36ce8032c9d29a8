import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toCsv } from '../exports/csv';
import { CSV_MIME, filePayload, XLSX_MIME, type FilePayload } from '../exports/file-payload';
import { toXlsx, type SheetColumn } from '../exports/xlsx';
import { penceToDecimal } from '../shared/money';
import { registerPage } from './queries';
import type { RegisterFilter } from './schemas';
import { PROGRAMME_STATUS_LABELS, PROGRAMME_TYPE_LABELS, type ProgrammeStatus, type ProgrammeType } from './vocabulary';

const COLUMNS: SheetColumn[] = [
  { header: 'Code', width: 14 },
  { header: 'Name', width: 40 },
  { header: 'Type', width: 22 },
  { header: 'Status', width: 12 },
  { header: 'Lead officer', width: 28 },
  { header: 'Start date', width: 12, kind: 'date' },
  { header: 'End date', width: 12, kind: 'date' },
  { header: 'Total funding (GBP)', width: 18, kind: 'money' },
  { header: 'Confirmed funding (GBP)', width: 18, kind: 'money' },
  { header: 'Archived', width: 10 },
];

export async function exportRegister(db: Kysely<DB>, filter: RegisterFilter, format: 'csv' | 'xlsx', today: string): Promise<FilePayload> {
  const { rows } = await registerPage(db, { ...filter, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  const values = rows.map((r) => [
    r.code,
    r.name,
    PROGRAMME_TYPE_LABELS[r.type as ProgrammeType] ?? r.type,
    PROGRAMME_STATUS_LABELS[r.status as ProgrammeStatus] ?? r.status,
    r.leadOfficer,
    r.startDate,
    r.endDate,
    r.totalPence,
    r.confirmedPence,
    r.archived ? 'Yes' : 'No',
  ]);
  const base = `programme-register-${today}`;
  if (format === 'csv') {
    const csvRows = values.map((v) => v.map((cell, i) => (COLUMNS[i]?.kind === 'money' ? penceToDecimal(cell as number) : cell)));
    return filePayload(`${base}.csv`, CSV_MIME, toCsv(COLUMNS.map((c) => c.header), csvRows));
  }
  return filePayload(`${base}.xlsx`, XLSX_MIME, await toXlsx('Programme register', COLUMNS, values));
}
