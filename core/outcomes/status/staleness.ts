/**
 * Whether an indicator's figures are out of date. The figure for the period AFTER the latest one
 * should have arrived within a grace period of that next period ending; once today is later than
 * that due date (the due date itself still counts as on time), the indicator is stale. An indicator
 * with no observations at all is stale.
 *
 * Default grace days allow for publication lags: monthly 45 (about six weeks), quarterly 90 (a
 * quarter), six-monthly 120 (about four months), annual 240 (about eight months; many annual
 * national statistics appear six to nine months after the year ends). Callers may override.
 */
import { addDays, isIsoDate, nextPeriod, parsePeriod } from './periods';
import type { Frequency, IsoDate, PeriodKey } from './types';

export const DEFAULT_GRACE_DAYS: Readonly<Record<Frequency, number>> = {
  monthly: 45,
  quarterly: 90,
  six_monthly: 120,
  annual: 240,
};

export interface StalenessInput {
  frequency: Frequency;
  latestPeriod: PeriodKey | null;
  /** Today's date, 'YYYY-MM-DD' (passed in: these functions never read the clock). */
  today: IsoDate;
  /** Whole days ≥ 0; defaults per frequency (DEFAULT_GRACE_DAYS). */
  graceDays?: number | null | undefined;
}

export interface StalenessResult {
  stale: boolean;
  /** When the next period's figure is due; null when there are no figures at all. */
  dueBy: IsoDate | null;
  reason: string;
}

export function staleness(input: StalenessInput): StalenessResult {
  const { frequency, latestPeriod, today } = input;
  if (!isIsoDate(today)) throw new Error(`Today must be a calendar date written YYYY-MM-DD, not "${String(today)}"`);
  const graceDays = input.graceDays ?? DEFAULT_GRACE_DAYS[frequency];
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new RangeError(`Grace days must be a whole number of 0 or more, not ${String(graceDays)}`);
  if (latestPeriod === null) return { stale: true, dueBy: null, reason: 'No figures recorded yet' };

  const next = nextPeriod(frequency, latestPeriod);
  const dueBy = addDays(parsePeriod(frequency, next).end, graceDays);
  if (today > dueBy) return { stale: true, dueBy, reason: `Out of date: the ${next} figure was due by ${dueBy}` };
  return { stale: false, dueBy, reason: `Up to date: latest figure is for ${latestPeriod}; ${next} is due by ${dueBy}` };
}
