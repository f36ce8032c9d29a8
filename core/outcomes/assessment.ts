import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { latestAssessment } from './status';
import { headlineAreaCode } from './headline-area';
import type { IndicatorView } from './indicator-rows';
import { currentSeries } from './observations-read';
import { todayIso } from '../shared/clock';

export { todayIso };

/** Headline assessment of one indicator: its latest period at its headline area. */
export async function assessHeadline(db: Kysely<DB>, indicator: IndicatorView, today = todayIso()) {
  const [series, targets] = await Promise.all([
    currentSeries(db, indicator.identityId, headlineAreaCode(indicator.geographyLevel)),
    db.selectFrom('indicator_targets').select(['period', 'value']).where('indicator_id', '=', indicator.id).execute(),
  ]);
  return latestAssessment({
    indicator: {
      kind: indicator.kind,
      polarity: indicator.polarity,
      frequency: indicator.frequency,
      tolerancePercent: indicator.tolerancePercent,
      comparator: indicator.comparator,
    },
    observations: series.map((o) => ({ period: o.period, value: o.value })),
    targets,
    today,
  });
}
