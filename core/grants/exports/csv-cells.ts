import { neutraliseFormula } from '../../exports/csv';
import { penceToDecimal } from '../../shared/money';

/**
 * A money cell: written as a plain 2-dp decimal from integer pence ("-1500.00"). It is never
 * formula-neutralised, because a negative amount must reach a finance system as a number, not as
 * the text "'-1500.00"; it cannot carry a formula since it is built only from an integer.
 */
export class Pounds {
  constructor(readonly pence: number) {
    if (!Number.isSafeInteger(pence)) throw new Error(`Not a whole number of pence: ${pence}`);
  }

  toString(): string {
    return penceToDecimal(this.pence);
  }
}

/** Pounds from a 360Giving number (at most 2 dp), back to exact pence. */
export function poundsCell(value: number | undefined): Pounds | null {
  return value === undefined ? null : new Pounds(Math.round(value * 100));
}

export type Cell = string | number | Pounds | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Pounds) return value.toString();
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same layout as core/exports/csv toCsv (RFC 4180, CRLF, UTF-8 BOM, formulas neutralised), plus money cells. */
export function toMoneyCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  const lines = [header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
