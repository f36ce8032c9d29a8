/** Shared vocabulary for an indicator's derived status (RAG, direction of travel, staleness). */

/** Whether a higher or a lower figure is better; 'none' when neither is (e.g. population). */
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'none';

/** Accountable indicators are rated against targets; contextual ones are tracked only. */
export type IndicatorKind = 'accountable' | 'contextual';

export type Frequency = 'monthly' | 'quarterly' | 'six_monthly' | 'annual';

/** Which earlier figure direction of travel (and the Amber "improved" test) compares with. */
export type Comparator = 'previous_period' | 'same_period_last_year';

/**
 * A period key: monthly '2025-07'; quarterly '2025/26 Q1' (UK financial quarters, Q1 = Apr–Jun,
 * Q4 = Jan–Mar of the following calendar year); six-monthly '2025/26 H1' (Apr–Sep) or 'H2' (Oct–Mar);
 * annual '2025/26' (Apr–Mar).
 */
export type PeriodKey = string;

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface PeriodRange {
  /** First day of the period. */
  start: IsoDate;
  /** Last day of the period (inclusive). */
  end: IsoDate;
}

export interface Observation {
  period: PeriodKey;
  value: number;
}

export interface Target {
  period: PeriodKey;
  value: number;
}

export type Rag = 'green' | 'amber' | 'red';

export type Direction = 'improving' | 'worsening' | 'no_change' | 'increasing' | 'decreasing';
