/**
 * Types for the demonstration outcome frameworks.
 *
 * Plain typed data: no database access. Money is integer pence, financial years are written
 * '2025/26', and periods use the register's period keys: quarterly '2025/26 Q1', six-monthly
 * '2025/26 H1', annual '2025/26'. Where a figure or a wording does not come from a cited source,
 * the record says `illustrative: true`.
 */
import type { FinancialYear, Pence } from '../types';

export type FrameworkOwner = 'gmca' | 'council' | 'national' | 'other';
export type FrameworkVersionStatus = 'draft' | 'published' | 'superseded';
export type ElementKind = 'pillar' | 'outcome' | 'mission' | 'priority' | 'theme';
export type IndicatorKind = 'accountable' | 'contextual';
export type IndicatorUnit = 'count' | 'percentage' | 'rate_per_1000' | 'pounds' | 'index' | 'score';
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'none';
export type Frequency = 'quarterly' | 'six_monthly' | 'annual';
export type GeographyLevel = 'ward' | 'borough' | 'combined_authority';
export type Comparator = 'previous_period' | 'same_period_last_year';
/** A period key: '2025/26 Q2' (quarterly), '2025/26 H1' (six-monthly) or '2025/26' (annual). */
export type PeriodKey = string;

/** One node of a framework version's tree. `parentCode` names another element of the same version. */
export interface DemoElement {
  code: string;
  kind: ElementKind;
  title: string;
  description: string;
  parentCode: string | null;
  /** True when the element's wording is ours rather than the framework's published text. */
  illustrative: boolean;
}

/** One funding line of a version: a fund under a pillar, for one year and one spending type. */
export interface DemoFundingLine {
  /** Code of the pillar element the money sits under. */
  elementCode: string;
  fund: string;
  homeDepartment: string;
  /** 'national formula', 'existing allocation'…; empty where the source row did not say. */
  allocationMechanism: string;
  financialYear: FinancialYear;
  /** RDEL is revenue, CDEL is capital. */
  spendType: 'revenue' | 'capital';
  /** Null where the source says TBC or the figure could not be read. */
  amountPence: Pence | null;
  sourceTitle: string;
  sourceUrl: string | null;
}

/**
 * How a demonstration series is drawn. Anchor values are exact (they decide the headline RAG and
 * direction); periods between anchors are interpolated and given a little seeded noise. The series
 * runs from the first anchor to the last one.
 */
export interface SeriesSpec {
  anchors: Readonly<Record<PeriodKey, number>>;
  /** Relative noise on non-anchor periods, e.g. 0.03 for ±3%. */
  noise: number;
  /** Decimal places the values are rounded to. */
  decimals: number;
  /**
   * Ward-level indicators also get a value for every ward: 'share' splits a borough count between
   * wards (the ward values add up to the borough value); 'rate' scatters a rate around the
   * borough value by `spread` (0.25 = wards range about ±25%).
   */
  wards?: { mode: 'share' | 'rate'; spread: number };
  /**
   * Periods whose first published figure was later revised: revision 1 (provisional) holds
   * `firstValue`, revision 2 (final) the series value, with the commentary explaining the change.
   */
  revisions?: ReadonlyArray<{ period: PeriodKey; firstValue: number; commentary: string }>;
  /** Commentary recorded with the borough (or GM) figure for a period. */
  commentary?: Readonly<Record<PeriodKey, string>>;
}

/** Targets for every period from `from` to `to`, moving in a straight line from `start` to `end`. */
export interface TargetSpec {
  from: PeriodKey;
  to: PeriodKey;
  start: number;
  end: number;
  decimals: number;
  /** Exact targets that replace the straight-line value for a period (e.g. a published target). */
  overrides?: Readonly<Record<PeriodKey, number>>;
}

export interface DemoIndicator {
  /** Stable code: the indicator's identity across versions of its framework. */
  code: string;
  /** The outcome, priority or pillar the indicator sits under. */
  elementCode: string | null;
  title: string;
  definition: string;
  kind: IndicatorKind;
  tier: 1 | 2 | null;
  unit: IndicatorUnit;
  polarity: Polarity;
  numerator: string;
  denominator: string;
  dataSource: string;
  frequency: Frequency;
  geographyLevel: GeographyLevel;
  baselineValue: number | null;
  baselinePeriod: PeriodKey | null;
  tolerancePercent: number;
  comparator: Comparator;
  owner: string;
  lastReviewed: string | null;
  /** True when the indicator itself (not only its values) is an example of ours. */
  illustrative: boolean;
  /** Accountable indicators only. */
  targets: TargetSpec | null;
  /** Null for an indicator with no observations yet. */
  series: SeriesSpec | null;
  /** What this indicator shows in the demonstration (RAG, direction, staleness). For tests and guides. */
  demonstrates: string;
}

export interface DemoFrameworkVersion {
  label: string;
  status: FrameworkVersionStatus;
  fromFinancialYear: FinancialYear;
  /** UTC timestamp the version was published, or null for a draft. */
  publishedAt: string | null;
  elements: readonly DemoElement[];
  fundingLines: readonly DemoFundingLine[];
  indicators: readonly DemoIndicator[];
}

export interface DemoFramework {
  code: string;
  title: string;
  owner: FrameworkOwner;
  description: string;
  versions: readonly DemoFrameworkVersion[];
}

/** One generated observation row, ready for the register. */
export interface DemoObservation {
  indicatorCode: string;
  period: PeriodKey;
  areaCode: string;
  revision: number;
  value: number;
  status: 'provisional' | 'final';
  sourceNote: string;
  commentary: string;
  recordedAt: string;
}
