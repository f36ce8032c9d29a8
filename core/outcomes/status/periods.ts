/**
 * Period arithmetic for indicator reporting periods. Financial years run April to March, so
 * '2025/26 Q4' is Jan–Mar 2026 and '2025/26 H2' is Oct 2025–Mar 2026. Keys are strict: no spaces
 * round them, upper-case Q/H, and the second year of a financial year must follow the first
 * ('2025/27' is rejected). Supported years: 1000 to 9999 (a financial year must end by 9999).
 */
import type { Frequency, IsoDate, PeriodKey, PeriodRange } from './types';

interface Shape {
  /** Periods in a year. */
  perYear: number;
  /** Calendar months in one period. */
  months: number;
  example: string;
  label: string;
}

const SHAPES: Record<Frequency, Shape> = {
  monthly: { perYear: 12, months: 1, example: '2025-07', label: 'monthly' },
  quarterly: { perYear: 4, months: 3, example: '2025/26 Q1', label: 'quarterly' },
  six_monthly: { perYear: 2, months: 6, example: '2025/26 H1', label: 'six-monthly' },
  annual: { perYear: 1, months: 12, example: '2025/26', label: 'annual' },
};

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** A period as (year, part): calendar year and month for monthly; financial-year start and Q/H number otherwise. */
interface Parts {
  year: number;
  part: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function lastYearOf(frequency: Frequency, year: number): number {
  return frequency === 'monthly' ? year : year + 1;
}

function inRange(frequency: Frequency, year: number): boolean {
  return year >= MIN_YEAR && lastYearOf(frequency, year) <= MAX_YEAR;
}

function readParts(frequency: Frequency, key: string): Parts | null {
  if (typeof key !== 'string') return null;
  const match =
    frequency === 'monthly' ? /^(\d{4})-(\d{2})$/.exec(key)
    : frequency === 'annual' ? /^(\d{4})\/(\d{2})$/.exec(key)
    : frequency === 'quarterly' ? /^(\d{4})\/(\d{2}) Q(\d)$/.exec(key)
    : /^(\d{4})\/(\d{2}) H(\d)$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (!inRange(frequency, year)) return null;
  if (frequency === 'monthly') {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { year, part: month } : null;
  }
  if (Number(match[2]) !== (year + 1) % 100) return null;
  const part = frequency === 'annual' ? 1 : Number(match[3]);
  return part >= 1 && part <= SHAPES[frequency].perYear ? { year, part } : null;
}

function partsOrThrow(frequency: Frequency, key: string): Parts {
  const parts = readParts(frequency, key);
  if (!parts) {
    const shape = SHAPES[frequency];
    throw new Error(`"${String(key)}" is not a valid ${shape.label} period key (expected a key like "${shape.example}")`);
  }
  return parts;
}

function formatKey(frequency: Frequency, { year, part }: Parts): PeriodKey {
  if (!inRange(frequency, year)) throw new RangeError(`The ${SHAPES[frequency].label} period is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
  if (frequency === 'monthly') return `${pad(year, 4)}-${pad(part, 2)}`;
  const fy = `${pad(year, 4)}/${pad((year + 1) % 100, 2)}`;
  if (frequency === 'annual') return fy;
  return `${fy} ${frequency === 'quarterly' ? 'Q' : 'H'}${part}`;
}

/** A running count of periods, so neighbours are ±1 and the same period a year earlier is −perYear. */
function ordinalOf(frequency: Frequency, parts: Parts): number {
  return parts.year * SHAPES[frequency].perYear + parts.part - 1;
}

function fromOrdinal(frequency: Frequency, ordinal: number): Parts {
  const { perYear } = SHAPES[frequency];
  return { year: Math.floor(ordinal / perYear), part: (ordinal % perYear) + 1 };
}

function shift(frequency: Frequency, key: string, by: number): PeriodKey {
  return formatKey(frequency, fromOrdinal(frequency, ordinalOf(frequency, partsOrThrow(frequency, key)) + by));
}

/** Months since year 0 of the period's first month (calendar month index = year * 12 + month − 1). */
function startMonthIndex(frequency: Frequency, { year, part }: Parts): number {
  if (frequency === 'monthly') return year * 12 + part - 1;
  return year * 12 + 3 + (part - 1) * SHAPES[frequency].months;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthDate(monthIndex: number, day: 'first' | 'last'): IsoDate {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const dd = day === 'first' ? 1 : daysInMonth(year, month);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dd, 2)}`;
}

/** True when text is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when key is a valid period key for the frequency. */
export function isPeriodKey(frequency: Frequency, key: string): boolean {
  return readParts(frequency, key) !== null;
}

/** First and last day of a period; throws an Error naming the key when it is not valid. */
export function parsePeriod(frequency: Frequency, key: string): PeriodRange {
  const parts = partsOrThrow(frequency, key);
  const first = startMonthIndex(frequency, parts);
  return { start: monthDate(first, 'first'), end: monthDate(first + SHAPES[frequency].months - 1, 'last') };
}

/** The period of the given frequency that contains an ISO date ('2026-02-14' → '2025/26 Q4'). */
export function periodKeyOf(frequency: Frequency, isoDate: IsoDate): PeriodKey {
  if (!isIsoDate(isoDate)) throw new Error(`"${String(isoDate)}" is not a calendar date written YYYY-MM-DD`);
  const monthIndex = Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
  if (frequency === 'monthly') return formatKey(frequency, { year: Math.floor(monthIndex / 12), part: (monthIndex % 12) + 1 });
  const fromApril = monthIndex - 3;
  const year = Math.floor(fromApril / 12);
  return formatKey(frequency, { year, part: Math.floor((fromApril - year * 12) / SHAPES[frequency].months) + 1 });
}

export function previousPeriod(frequency: Frequency, key: PeriodKey): PeriodKey {
  return shift(frequency, key, -1);
}

export function nextPeriod(frequency: Frequency, key: PeriodKey): PeriodKey {
  return shift(frequency, key, 1);
}

/** The same period a year earlier; for annual indicators that is simply the previous year. */
export function samePeriodLastYear(frequency: Frequency, key: PeriodKey): PeriodKey {
  return shift(frequency, key, -SHAPES[frequency].perYear);
}

/** Sort order: negative when a is earlier than b, 0 when the same, positive when later. Throws on invalid keys. */
export function comparePeriods(frequency: Frequency, a: PeriodKey, b: PeriodKey): number {
  return ordinalOf(frequency, partsOrThrow(frequency, a)) - ordinalOf(frequency, partsOrThrow(frequency, b));
}

/** An ISO date plus a number of days (pure: no clock). */
export function addDays(isoDate: IsoDate, days: number): IsoDate {
  if (!isIsoDate(isoDate)) throw new Error(`"${String(isoDate)}" is not a calendar date written YYYY-MM-DD`);
  const ms = Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  const shifted = new Date(ms + days * 86_400_000);
  const year = shifted.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw new RangeError(`${isoDate} plus ${days} days is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
  return `${pad(year, 4)}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}`;
}
