/**
 * Indicators for a pack: every indicator of the published GMCA and council frameworks, assessed at
 * the latest period that had started by the pack's period end (later figures are left out so a
 * quarter's pack reads as that quarter did), with a trend of up to eight periods.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { headlineAreaCode } from '../../outcomes/headline-area';
import { headlineObservations, publishedTargets } from '../../outcomes/published-figures';
import { latestAssessment, parsePeriod, resolveTolerancePercent, toleranceBand } from '../../outcomes/status';
import type { Comparator, Frequency, IndicatorKind, Polarity } from '../../outcomes/status/types';
import type { PackIndicator, PackPeriod } from '../data';
import type { TrendPoint } from '../document';

const TREND_PERIODS = 8;

export async function gatherIndicators(db: Kysely<DB>, period: PackPeriod, today: string): Promise<PackIndicator[]> {
  const rows = await db
    .selectFrom('indicators as i')
    .innerJoin('indicator_identities as ii', 'ii.id', 'i.identity_id')
    .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
    .innerJoin('frameworks as f', 'f.id', 'v.framework_id')
    .leftJoin('framework_elements as e', 'e.id', 'i.element_id')
    .leftJoin('framework_elements as parent', 'parent.id', 'e.parent_id')
    .select([
      'i.id',
      'i.identity_id',
      'i.title',
      'i.kind',
      'i.tier',
      'i.unit',
      'i.polarity',
      'i.frequency',
      'i.definition',
      'i.data_source',
      'i.owner',
      'i.geography_level',
      'i.tolerance_percent',
      'i.comparator',
      'ii.code',
      'f.code as framework_code',
      'f.owner as framework_owner',
      'e.code as element_code',
      'e.title as element_title',
      'parent.code as parent_code',
      'parent.title as parent_title',
    ])
    .where('v.status', '=', 'published')
    .where('f.owner', 'in', ['gmca', 'council'])
    .orderBy('f.code')
    .orderBy('ii.code')
    .execute();
  const series = await headlineObservations(db);
  const targets = await publishedTargets(db);

  return rows.map((row): PackIndicator => {
    const frequency = row.frequency as Frequency;
    const all = series.get(`${row.identity_id}|${headlineAreaCode(row.geography_level)}`) ?? new Map<string, number>();
    const inScope = [...all.entries()].filter(([key]) => parsePeriod(frequency, key).start <= period.end).map(([p, value]) => ({ period: p, value }));
    const indicatorTargets = targets.get(row.id) ?? new Map<string, number>();
    const assessment = latestAssessment({
      indicator: { kind: row.kind as IndicatorKind, polarity: row.polarity as Polarity, frequency, tolerancePercent: row.tolerance_percent, comparator: row.comparator as Comparator },
      observations: inScope,
      targets: [...indicatorTargets.entries()].map(([p, value]) => ({ period: p, value })),
      today,
    });
    const tolerance = resolveTolerancePercent(row.tolerance_percent);
    const trendPeriods = [...new Set([...inScope.map((o) => o.period), ...[...indicatorTargets.keys()].filter((p) => parsePeriod(frequency, p).start <= period.end)])]
      .sort((a, b) => (parsePeriod(frequency, a).start < parsePeriod(frequency, b).start ? -1 : 1))
      .slice(-TREND_PERIODS);
    const trend: TrendPoint[] = trendPeriods.map((p) => {
      const target = indicatorTargets.get(p) ?? null;
      const band = target === null ? null : toleranceBand(target, tolerance);
      return { period: p, value: all.get(p) ?? null, target, bandLow: band === null ? null : target! - band, bandHigh: band === null ? null : target! + band };
    });
    return {
      code: row.code,
      title: row.title,
      frameworkCode: row.framework_code,
      frameworkOwner: row.framework_owner === 'gmca' ? 'gmca' : 'council',
      elementCode: row.element_code,
      elementTitle: row.element_title,
      parentCode: row.parent_code,
      parentTitle: row.parent_title,
      kind: row.kind as IndicatorKind,
      tier: row.tier,
      unit: row.unit,
      polarity: row.polarity,
      frequency,
      definition: row.definition,
      dataSource: row.data_source,
      owner: row.owner,
      period: assessment.period,
      value: assessment.value,
      target: assessment.target,
      rag: assessment.rag,
      ragReason: assessment.ragReason,
      direction: assessment.direction,
      stale: assessment.stale,
      series: trend,
    };
  });
}
