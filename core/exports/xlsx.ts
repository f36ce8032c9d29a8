import ExcelJS from 'exceljs';
import { neutraliseFormula } from './csv';

export interface SheetColumn {
  header: string;
  width?: number;
  /** 'money' cells hold pounds with a £ number format; the source data stays in pence. */
  kind?: 'text' | 'number' | 'money' | 'date';
}

/** Builds a single-sheet workbook with a frozen, bold header row. Text is never written as a formula. */
export async function toXlsx(sheetName: string, columns: readonly SheetColumn[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alignment Desk';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((value, index) => {
        const kind = columns[index]?.kind ?? 'text';
        if (value === null) return null;
        if (kind === 'money' && typeof value === 'number') return value / 100;
        if (typeof value === 'string') return neutraliseFormula(value);
        return value;
      }),
    );
  }
  columns.forEach((c, index) => {
    if (c.kind === 'money') sheet.getColumn(index + 1).numFmt = '"£"#,##0.00';
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
