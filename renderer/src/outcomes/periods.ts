/**
 * Reporting period keys as the register writes them (see core/outcomes/status), read for people:
 * monthly "2025-07", quarterly "2025/26 Q2", six-monthly "2025/26 H1", annual "2025/26".
 * Financial years run April to March.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export type PeriodKind = 'monthly' | 'quarterly' | 'six_monthly' | 'annual';

export interface ParsedPeriod {
  kind: PeriodKind;
  /** Calendar year the financial year starts in (2025 for 2025/26); for months, the calendar year. */
  startYear: number;
  /** Quarter 1–4, half 1–2 or month 1–12; 0 for a whole year. */
  part: number;
}

/** Reads a period key, or null when it is not one (the caller then shows the key as it is). */
export function parsePeriod(key: string): ParsedPeriod | null {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const part = Number(month[2]);
    return part >= 1 && part <= 12 ? { kind: 'monthly', startYear: Number(month[1]), part } : null;
  }
  const fy = /^(\d{4})\/(\d{2})(?: ([QH])([1-4]))?$/.exec(key);
  if (!fy) return null;
  const startYear = Number(fy[1]);
  if ((startYear + 1) % 100 !== Number(fy[2])) return null;
  if (!fy[3]) return { kind: 'annual', startYear, part: 0 };
  const part = Number(fy[4]);
  if (fy[3] === 'H') return part <= 2 ? { kind: 'six_monthly', startYear, part } : null;
  return { kind: 'quarterly', startYear, part };
}

/** The calendar months a financial-year period covers, as [first, last] 0-based month indexes from April of startYear. */
function monthSpan(period: ParsedPeriod): [number, number] {
  if (period.kind === 'quarterly') return [(period.part - 1) * 3, (period.part - 1) * 3 + 2];
  if (period.kind === 'six_monthly') return [(period.part - 1) * 6, (period.part - 1) * 6 + 5];
  return [0, 11];
}

function monthName(startYear: number, offsetFromApril: number): { name: string; year: number } {
  const index = (3 + offsetFromApril) % 12;
  return { name: MONTHS[index]!, year: startYear + Math.floor((3 + offsetFromApril) / 12) };
}

/** "2025/26 Q2" -> "Jul–Sep 2025"; "2025/26 Q4" -> "Jan–Mar 2026"; "2025/26 H2" -> "Oct 2025–Mar 2026"; "2025-07" -> "Jul 2025". */
export function periodMonths(key: string): string {
  const period = parsePeriod(key);
  if (!period) return key;
  if (period.kind === 'monthly') return `${MONTHS[period.part - 1]} ${period.startYear}`;
  const [from, to] = monthSpan(period);
  const first = monthName(period.startYear, from);
  const last = monthName(period.startYear, to);
  return first.year === last.year ? `${first.name}–${last.name} ${last.year}` : `${first.name} ${first.year}–${last.name} ${last.year}`;
}

/** A full label: "2025/26 Q2 (Jul–Sep 2025)"; a financial year ("2025/26") and a month ("Jul 2025") need nothing added. */
export function periodLabel(key: string): string {
  const period = parsePeriod(key);
  if (!period || period.kind === 'annual') return key;
  if (period.kind === 'monthly') return periodMonths(key);
  return `${key} (${periodMonths(key)})`;
}

/** A short label for a chart axis: "Q2 25/26", "H1 25/26", "2025/26", "Jul 25". */
export function shortPeriodLabel(key: string): string {
  const period = parsePeriod(key);
  if (!period) return key;
  const fy = `${String(period.startYear % 100).padStart(2, '0')}/${String((period.startYear + 1) % 100).padStart(2, '0')}`;
  switch (period.kind) {
    case 'monthly':
      return `${MONTHS[period.part - 1]} ${String(period.startYear % 100).padStart(2, '0')}`;
    case 'quarterly':
      return `Q${period.part} ${fy}`;
    case 'six_monthly':
      return `H${period.part} ${fy}`;
    case 'annual':
      return `${period.startYear}/${String((period.startYear + 1) % 100).padStart(2, '0')}`;
  }
}

/** Orders period keys in time; keys that cannot be read go last, in text order. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  const rank = (p: ParsedPeriod) => (p.kind === 'monthly' ? p.startYear * 12 + p.part - 4 : p.startYear * 12 + monthSpan(p)[0]);
  return rank(pa) - rank(pb) || a.localeCompare(b);
}

/** An example period for a frequency, for form hints. */
export function examplePeriod(frequency: string): string {
  return ({ monthly: '2025-07', quarterly: '2025/26 Q2', six_monthly: '2025/26 H1', annual: '2025/26' } as Record<string, string>)[frequency] ?? '2025/26';
}
