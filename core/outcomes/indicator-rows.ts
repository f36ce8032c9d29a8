import type { Kysely, Selectable } from 'kysely';
import type { DB, IndicatorsTable } from '../../db/schema';

/** One indicator definition as the API returns it. */
export function toIndicatorView(row: Selectable<IndicatorsTable> & { code: string; framework_code: string }) {
  return {
    id: row.id,
    identityId: row.identity_id,
    versionId: row.version_id,
    elementId: row.element_id,
    code: row.code,
    frameworkCode: row.framework_code,
    title: row.title,
    definition: row.definition,
    kind: row.kind as 'accountable' | 'contextual',
    tier: row.tier,
    unit: row.unit,
    polarity: row.polarity as 'higher_is_better' | 'lower_is_better' | 'none',
    numerator: row.numerator,
    denominator: row.denominator,
    dataSource: row.data_source,
    frequency: row.frequency as 'monthly' | 'quarterly' | 'six_monthly' | 'annual',
    geographyLevel: row.geography_level,
    baselineValue: row.baseline_value,
    baselinePeriod: row.baseline_period,
    tolerancePercent: row.tolerance_percent,
    comparator: row.comparator as 'previous_period' | 'same_period_last_year',
    owner: row.owner,
    lastReviewed: row.last_reviewed,
    illustrative: row.illustrative === 1,
  };
}
export type IndicatorView = ReturnType<typeof toIndicatorView>;

export function indicatorsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('indicators')
    .innerJoin('indicator_identities', 'indicator_identities.id', 'indicators.identity_id')
    .innerJoin('frameworks', 'frameworks.id', 'indicator_identities.framework_id')
    .selectAll('indicators')
    .select(['indicator_identities.code as code', 'frameworks.code as framework_code']);
}
