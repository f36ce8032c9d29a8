/**
 * One indicator's derived status for a period: value, target, comparator, RAG, direction of travel
 * and staleness, from plain data (no I/O, no clock: today is passed in).
 *
 * - Observations or targets whose period key is not valid for the indicator's frequency are ignored
 *   (e.g. figures left over from before a frequency change).
 * - If a period appears more than once, the LAST entry in the array wins.
 * - Staleness always looks at the latest observed period, not at the period being assessed.
 */
import { directionOfTravel } from './direction';
import { comparePeriods, isPeriodKey, previousPeriod, samePeriodLastYear } from './periods';
import { ragStatus } from './rag';
import { staleness } from './staleness';
import type { Comparator, Direction, Frequency, IndicatorKind, IsoDate, Observation, PeriodKey, Polarity, Rag, Target } from './types';

export interface IndicatorSettings {
  kind: IndicatorKind;
  polarity: Polarity;
  frequency: Frequency;
  /** Defaults to 10 when null/undefined. */
  tolerancePercent?: number | null | undefined;
  comparator: Comparator;
}

export interface AssessmentInput {
  indicator: IndicatorSettings;
  observations: readonly Observation[];
  targets: readonly Target[];
  period: PeriodKey;
  today: IsoDate;
}

export interface Assessment {
  period: PeriodKey;
  value: number | null;
  target: number | null;
  comparatorPeriod: PeriodKey;
  comparatorValue: number | null;
  rag: Rag | null;
  ragReason: string;
  direction: Direction | null;
  directionReason: string;
  stale: boolean;
  /** When the next period's figure is due; null when there are no figures at all. */
  dueBy: IsoDate | null;
  staleReason: string;
}

/** From latestAssessment: period and comparatorPeriod are null only when there are no valid observations. */
export type LatestAssessment = Assessment | (Omit<Assessment, 'period' | 'comparatorPeriod'> & { period: null; comparatorPeriod: null });

function valuesByPeriod(frequency: Frequency, entries: readonly { period: string; value: number }[]): Map<PeriodKey, number> {
  const byPeriod = new Map<PeriodKey, number>();
  for (const entry of entries) if (isPeriodKey(frequency, entry.period)) byPeriod.set(entry.period, entry.value);
  return byPeriod;
}

function latestPeriodOf(frequency: Frequency, periods: Iterable<PeriodKey>): PeriodKey | null {
  let latest: PeriodKey | null = null;
  for (const period of periods) if (latest === null || comparePeriods(frequency, period, latest) > 0) latest = period;
  return latest;
}

/** The period a figure is compared with under the indicator's comparator setting. */
export function comparatorPeriodOf(frequency: Frequency, comparator: Comparator, period: PeriodKey): PeriodKey {
  return comparator === 'previous_period' ? previousPeriod(frequency, period) : samePeriodLastYear(frequency, period);
}

export function assessIndicator(input: AssessmentInput): Assessment {
  const { indicator, period, today } = input;
  const { frequency } = indicator;
  const observed = valuesByPeriod(frequency, input.observations);
  const targets = valuesByPeriod(frequency, input.targets);
  const comparatorPeriod = comparatorPeriodOf(frequency, indicator.comparator, period);
  const value = observed.get(period) ?? null;
  const target = targets.get(period) ?? null;
  const comparatorValue = observed.get(comparatorPeriod) ?? null;
  const rag = ragStatus({ kind: indicator.kind, polarity: indicator.polarity, target, tolerancePercent: indicator.tolerancePercent, value, comparatorValue });
  const direction = directionOfTravel({ polarity: indicator.polarity, value, comparatorValue });
  const stale = staleness({ frequency, latestPeriod: latestPeriodOf(frequency, observed.keys()), today });
  return {
    period,
    value,
    target,
    comparatorPeriod,
    comparatorValue,
    rag: rag.rag,
    ragReason: rag.reason,
    direction: direction.direction,
    directionReason: direction.reason,
    stale: stale.stale,
    dueBy: stale.dueBy,
    staleReason: stale.reason,
  };
}

/** Assesses the latest observed period; with no valid observations, reports the no-data state (stale, unrated). */
export function latestAssessment(input: Omit<AssessmentInput, 'period'>): LatestAssessment {
  const { indicator } = input;
  const latest = latestPeriodOf(indicator.frequency, valuesByPeriod(indicator.frequency, input.observations).keys());
  if (latest !== null) return assessIndicator({ ...input, period: latest });
  const stale = staleness({ frequency: indicator.frequency, latestPeriod: null, today: input.today });
  return {
    period: null,
    value: null,
    target: null,
    comparatorPeriod: null,
    comparatorValue: null,
    rag: null,
    ragReason: indicator.kind === 'contextual' ? 'Contextual indicator: tracked, not rated against a target' : 'No figures recorded yet',
    direction: null,
    directionReason: 'No figures recorded yet',
    stale: stale.stale,
    dueBy: stale.dueBy,
    staleReason: stale.reason,
  };
}
