/** Findings and the matrix as CSV or XLSX, from the same report the screens show. */
import { toCsv } from '../exports/csv';
import { CSV_MIME, filePayload, XLSX_MIME, type FilePayload } from '../exports/file-payload';
import { toXlsx, type SheetColumn } from '../exports/xlsx';
import { penceToDecimal } from '../shared/money';
import type { AlignmentReport, FindingView } from './report';

const FINDING_COLUMNS: SheetColumn[] = [
  { header: 'Severity', width: 10 },
  { header: 'Rule', width: 36 },
  { header: 'Finding', width: 80 },
  { header: 'Records', width: 50 },
  { header: 'Owner', width: 30 },
  { header: 'Status', width: 14 },
  { header: 'Acknowledged by', width: 16 },
  { header: 'Acknowledged at', width: 22 },
  { header: 'Reason', width: 50 },
  { header: 'Suggested fix', width: 60 },
  { header: 'Key', width: 40 },
];

const STATUS_WORDS = { open: 'Open', reopened: 'Reopened', acknowledged: 'Acknowledged' } as const;
const SEVERITY_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export async function exportFindings(findings: FindingView[], format: 'csv' | 'xlsx', today: string): Promise<FilePayload> {
  const rows = findings.map((f) => [
    SEVERITY_WORDS[f.severity],
    f.ruleTitle,
    f.message,
    f.records.map((r) => r.label).join('; '),
    f.owner,
    STATUS_WORDS[f.status],
    f.acknowledgement?.by ?? '',
    f.acknowledgement?.at ?? '',
    f.acknowledgement?.reason ?? '',
    f.suggestedFix,
    f.key,
  ]);
  const base = `alignment-findings-${today}`;
  if (format === 'csv') return filePayload(`${base}.csv`, CSV_MIME, toCsv(FINDING_COLUMNS.map((c) => c.header), rows));
  return filePayload(`${base}.xlsx`, XLSX_MIME, await toXlsx('Alignment findings', FINDING_COLUMNS, rows));
}

const MATRIX_COLUMNS: SheetColumn[] = [
  { header: 'Row type', width: 10 },
  { header: 'Row code', width: 10 },
  { header: 'Row', width: 40 },
  { header: 'Column type', width: 12 },
  { header: 'Column code', width: 12 },
  { header: 'Column', width: 40 },
  { header: 'Programmes', width: 12 },
  { header: 'Confirmed funding (GBP)', width: 20, kind: 'money' },
  { header: 'Strongest link', width: 14 },
  { header: 'Programme codes', width: 50 },
];

/** One line per matrix cell (long format), so a spreadsheet can pivot it either way. */
export async function exportMatrix(report: AlignmentReport, format: 'csv' | 'xlsx', today: string): Promise<FilePayload> {
  const codes = new Map(report.programmes.map((p) => [p.id, p.code]));
  const { rows: matrixRows, columns, cells } = report.matrix;
  const rows: Array<Array<string | number>> = [];
  matrixRows.forEach((row, r) =>
    columns.forEach((column, c) => {
      const cell = cells[r]![c]!;
      rows.push([row.type, row.code, row.title, column.type, column.code, column.title, cell.count, cell.moneyPence, cell.strongest ?? '', cell.programmeIds.map((id) => codes.get(id) ?? String(id)).join('; ')]);
    }),
  );
  const base = `alignment-matrix-${today}`;
  if (format === 'csv') {
    const csvRows = rows.map((v) => v.map((cell, i) => (MATRIX_COLUMNS[i]?.kind === 'money' ? penceToDecimal(cell as number) : cell)));
    return filePayload(`${base}.csv`, CSV_MIME, toCsv(MATRIX_COLUMNS.map((c) => c.header), csvRows));
  }
  return filePayload(`${base}.xlsx`, XLSX_MIME, await toXlsx('Alignment matrix', MATRIX_COLUMNS, rows));
}
