/**
 * Pounds typed by a person <-> integer pence, using string arithmetic only so that
 * "0.29" is 29 pence and never 28.999999.
 */

/** The largest amount the API accepts (core/shared/validation.ts: £100 billion). */
export const MAX_PENCE = 10_000_000_000_000;

export type PenceParse = { ok: true; pence: number } | { ok: false; message: string };

const PLAIN = /^(\d+)(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
const FRACTION_ONLY = /^\.(\d+)$/;

/** Parses "1,234.56", "£1234.5", "1234" or ".5" into pence; refuses anything else with a message. */
export function parsePoundsToPence(raw: string): PenceParse {
  let text = raw.trim().replace(/\s+/g, '');
  if (text === '') return { ok: false, message: 'Enter an amount in pounds, like 1,234.56' };
  if (text.startsWith('-')) return { ok: false, message: 'Amounts cannot be negative' };
  if (text.startsWith('£')) text = text.slice(1);

  let whole: string;
  let fraction: string;
  const fractionOnly = FRACTION_ONLY.exec(text);
  const match = fractionOnly ? null : (PLAIN.exec(text) ?? GROUPED.exec(text));
  if (fractionOnly) {
    whole = '0';
    fraction = fractionOnly[1] ?? '';
  } else if (match) {
    whole = (match[1] ?? '0').replace(/,/g, '');
    fraction = match[2] ?? '';
  } else {
    return { ok: false, message: 'Enter an amount in pounds using only numbers, commas and a decimal point, like 1,234.56' };
  }
  if (fraction.length > 2) return { ok: false, message: 'Enter pounds and pence with no more than 2 decimal places' };

  const digits = (whole.replace(/^0+(?=\d)/, '') + fraction.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return { ok: false, message: 'That amount is larger than any programme could hold' };
  const pence = Number(digits);
  if (!Number.isSafeInteger(pence) || pence > MAX_PENCE) {
    return { ok: false, message: 'That amount is larger than any programme could hold' };
  }
  return { ok: true, pence };
}

/** Integer pence as a plain pounds string for an input, e.g. 123456 -> "1234.56", 100 -> "1.00". */
export function penceToPoundsInput(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(pence));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
