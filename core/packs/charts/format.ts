/** en-GB number and money text for chart labels. Never throws and never prints NaN. */

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/** A number with thousands separators and at most two decimals, e.g. 12345.678 → "12,345.68". */
export function formatNumber(value: number): string {
  const text = DECIMAL.format(finite(value));
  return text === '-0' ? '0' : text;
}

/** A whole count, e.g. 1234 → "1,234". */
export function formatCount(value: number): string {
  const text = WHOLE.format(finite(value));
  return text === '-0' ? '0' : text;
}

/** Pence as pounds to the penny, e.g. 120000000 → "£1,200,000.00". */
export function formatPence(pence: number): string {
  return GBP.format(Math.round(finite(pence)) / 100);
}

/** Pence as short pounds for tight spaces, e.g. 120000000 → "£1.2m", 35000000 → "£350k". */
export function formatPenceCompact(pence: number): string {
  const pounds = Math.round(finite(pence)) / 100;
  const sign = pounds < 0 ? '-' : '';
  const abs = Math.abs(pounds);
  if (abs >= 1e9) return `${sign}£${COMPACT.format(abs / 1e9)}bn`;
  if (abs >= 1e6) return `${sign}£${COMPACT.format(abs / 1e6)}m`;
  if (abs >= 1e3) return `${sign}£${COMPACT.format(abs / 1e3)}k`;
  return `${sign}£${WHOLE.format(abs)}`;
}

/** "1 programme" / "3 programmes". */
export function programmesLabel(count: number): string {
  return `${formatCount(count)} ${Math.round(finite(count)) === 1 ? 'programme' : 'programmes'}`;
}
