/** Whole days since 1970-01-01 (UTC), and their ISO dates, cached: the ledger formats a million of them. */

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

export function dayOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** A UTC timestamp on a day, `ms` milliseconds after midnight. */
export function timestampOf(day: number, ms: number): string {
  return new Date(day * MS_PER_DAY + ms).toISOString();
}

/** Financial year (April–March) of a day, written '2025/26'. */
export function financialYearOfDay(day: number): string {
  const iso = isoOf(day);
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return financialYear(start);
}

export function financialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** First year of a financial year label ('2025/26' → 2025). */
export function financialYearStart(label: string): number {
  return Number(label.slice(0, 4));
}

/** Adds calendar months to a day, keeping the day of month where it exists (else the month's last day). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last)) / MS_PER_DAY);
}
