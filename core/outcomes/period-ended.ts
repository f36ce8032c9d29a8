import { longDate } from '../shared/calendar';
import { parsePeriod, type Frequency } from './status';

/**
 * Observations are figures for periods that are over: a period has ended once its last day has
 * passed, so on its last day it has not ended yet (a month's count is not complete on the 31st).
 * Returns why a figure for the period cannot be recorded yet, or null when the period has ended.
 * `period` must be a valid key for the frequency; `today` is 'YYYY-MM-DD'.
 */
export function periodNotEndedReason(frequency: Frequency, period: string, today: string): string | null {
  const { end } = parsePeriod(frequency, period);
  if (end < today) return null;
  const when = end === today ? 'it ends today' : `it ends on ${longDate(end)}`;
  return `${period} has not ended yet (${when}): figures can be recorded only for periods that have ended`;
}
