const currency = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const count = new Intl.NumberFormat('en-GB');

/** Integer pence as pounds, e.g. 123456 -> "£1,234.56". */
export function formatPence(pence: number): string {
  return currency.format(pence / 100);
}

/** A whole number with en-GB grouping, e.g. 10000 -> "10,000". */
export function formatCount(value: number): string {
  return count.format(value);
}

const compactCurrency = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact', maximumSignificantDigits: 3 });

/** Integer pence as short pounds for tight spaces, e.g. 86435569 -> "£864k", 139306707 -> "£1.39m". */
export function formatPenceCompact(pence: number): string {
  return compactCurrency.format(pence / 100);
}
