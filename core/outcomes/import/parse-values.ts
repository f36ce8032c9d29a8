import { isCalendarDate } from '../../shared/calendar';

/** A number as typed in a spreadsheet: "1,234.5", " 12 ", "-3". Text, blanks and "12abc" are refused. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && Math.abs(value) <= 1e12 ? value : null;
}

/** A date written DD/MM/YYYY (UK) or YYYY-MM-DD, returned as YYYY-MM-DD; null when it is not a real date. */
export function parseUkDate(text: string): string | null {
  const trimmed = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const iso = uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : trimmed;
  return isCalendarDate(iso) ? iso : null;
}

export function looksLikeDate(text: string): boolean {
  return /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text.trim()) || /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}
