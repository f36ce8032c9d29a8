import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { latestAssessment } from './status';
import { headlineAreaCode } from './headline-area';
import type { IndicatorView } from './indicator-rows';
import { withdrawnCurrentPeriods } from './observations-read';
import { todayIso } from '../shared/clock';

export { todayIso };

/**
 * Headline assessments of many indicators in two queries (their headline series and their targets)
 * rather than two per indicator: indicator id → assessment. Same figures as currentSeries gives the
 * indicator page: the latest revision per period at the headline area, a withdrawn latest revision leaving no figure.
 */
export async function assessHeadlines(db: Kysely<DB>, indicators: readonly IndicatorView[], today = todayIso()) {
  const result = new Map<number, ReturnType<typeof latestAssessment>>();
  if (!indicators.length) return result;
  const identities = [...new Set(indicators.map((i) => i.identityId))];
  const areas = [...new Set(indicators.map((i) => headlineAreaCode(i.geographyLevel)))];
  const [observations, targets, withdrawn] = await Promise.all([
    db
      .selectFrom('observations as o')
      .select(['o.identity_id', 'o.area_code', 'o.period', 'o.value'])
      .where('o.identity_id', 'in', identities)
      .where('o.area_code', 'in', areas)
      .orderBy('o.identity_id')
      .orderBy('o.area_code')
      .orderBy('o.period')
      .orderBy('o.revision')
      .execute(),
    db.selectFrom('indicator_targets').select(['indicator_id', 'period', 'value']).where('indicator_id', 'in', indicators.map((i) => i.id)).execute(),
    withdrawnCurrentPeriods(db),
  ]);
  const series = new Map<string, Map<string, number>>();
  for (const o of observations) {
    const key = `${o.identity_id}|${o.area_code}`;
    const byPeriod = series.get(key) ?? new Map<string, number>();
    byPeriod.set(o.period, o.value); // revision order: the latest revision wins
    series.set(key, byPeriod);
  }
  for (const w of withdrawn) series.get(`${w.identity_id}|${w.area_code}`)?.delete(w.period);
  const targetsOf = new Map<number, Array<{ period: string; value: number }>>();
  for (const t of targets) targetsOf.set(t.indicator_id, [...(targetsOf.get(t.indicator_id) ?? []), { period: t.period, value: t.value }]);
  for (const indicator of indicators) {
    const figures = series.get(`${indicator.identityId}|${headlineAreaCode(indicator.geographyLevel)}`) ?? new Map<string, number>();
    result.set(
      indicator.id,
      latestAssessment({
        indicator: { kind: indicator.kind, polarity: indicator.polarity, frequency: indicator.frequency, tolerancePercent: indicator.tolerancePercent, comparator: indicator.comparator },
        observations: [...figures].map(([period, value]) => ({ period, value })),
        targets: targetsOf.get(indicator.id) ?? [],
        today,
      }),
    );
  }
  return result;
}
