import ExcelJS from 'exceljs';
import { FileFormatError, type ParsedTable } from './csv-parse';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads the first worksheet. Formulas are refused: an import must carry values, not calculations. */
export async function parseXlsx(bytes: Uint8Array): Promise<ParsedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new FileFormatError('This file could not be read as an Excel workbook (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileFormatError('The workbook has no worksheets.');
  const rows: Array<{ line: number; cells: string[] }> = [];
  const formulas: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const isFormula = cell.type === ExcelJS.ValueType.Formula || (cell.value !== null && typeof cell.value === 'object' && ('formula' in cell.value || 'sharedFormula' in cell.value));
      if (isFormula) formulas.push(cell.address);
      cells[column - 1] = isFormula ? '' : cellText(cell.value);
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  if (formulas.length) {
    throw new FileFormatError(
      `The workbook contains formulas (${formulas.slice(0, 5).join(', ')}${formulas.length > 5 ? `, and ${formulas.length - 5} more` : ''}). ` +
        'Copy the cells and use "Paste Special → Values" so the file holds the figures themselves, then import again.',
    );
  }
  const [first, ...rest] = rows;
  if (!first) throw new FileFormatError('The worksheet is empty: it needs a header row and at least one row of data.');
  return { header: first.cells.map((h) => h.trim()), rows: rest };
}
