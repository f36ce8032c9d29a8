export const FRAMEWORK_OWNERS = ['gmca', 'council', 'national', 'other'] as const;
export const ELEMENT_KINDS = ['pillar', 'outcome', 'mission', 'priority', 'theme'] as const;
export const INDICATOR_KINDS = ['accountable', 'contextual'] as const;
export const UNITS = ['count', 'percentage', 'rate_per_1000', 'pounds', 'index', 'score'] as const;
export const POLARITIES = ['higher_is_better', 'lower_is_better', 'none'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'six_monthly', 'annual'] as const;
export const GEOGRAPHY_LEVELS = ['ward', 'borough', 'combined_authority'] as const;
export const COMPARATORS = ['previous_period', 'same_period_last_year'] as const;
export const OBSERVATION_STATUSES = ['provisional', 'final'] as const;

export type ElementKind = (typeof ELEMENT_KINDS)[number];
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type Unit = (typeof UNITS)[number];
export type PolarityCode = (typeof POLARITIES)[number];
export type FrequencyCode = (typeof FREQUENCIES)[number];
export type ComparatorCode = (typeof COMPARATORS)[number];
