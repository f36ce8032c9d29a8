import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { assessHeadlines, todayIso } from './assessment';
import { indicatorsQuery, toIndicatorView } from './indicator-rows';

export interface IndicatorFilter {
  frameworkCode?: string | undefined;
  elementCode?: string | undefined;
  tier?: 1 | 2 | undefined;
  rag?: Array<'green' | 'amber' | 'red' | 'none'> | undefined;
  staleOnly?: boolean | undefined;
}

/** The versions frameworks currently report against: the published ones (drafts are not reported yet). */
async function currentVersionIds(db: Kysely<DB>): Promise<number[]> {
  const versions = await db.selectFrom('framework_versions').select('id').where('status', '=', 'published').execute();
  return versions.map((v) => v.id);
}

/** Indicators across frameworks with their headline RAG, direction and staleness, filtered. */
export async function assessedIndicators(db: Kysely<DB>, filter: IndicatorFilter, today = todayIso()) {
  const versionIds = await currentVersionIds(db);
  if (!versionIds.length) return [];
  let query = indicatorsQuery(db)
    .leftJoin('framework_elements as element', 'element.id', 'indicators.element_id')
    .leftJoin('framework_elements as parent', 'parent.id', 'element.parent_id')
    .select(['element.code as element_code', 'element.title as element_title', 'parent.code as parent_code', 'parent.title as parent_title'])
    .where('indicators.version_id', 'in', versionIds);
  if (filter.frameworkCode) query = query.where('frameworks.code', '=', filter.frameworkCode);
  if (filter.tier) query = query.where('indicators.tier', '=', filter.tier);
  if (filter.elementCode) {
    const code = filter.elementCode;
    query = query.where((eb) => eb.or([eb('element.code', '=', code), eb('parent.code', '=', code)]));
  }
  const rows = await query.orderBy('frameworks.code').orderBy('indicator_identities.code').execute();
  const views = rows.map((row) => toIndicatorView(row));
  const assessments = await assessHeadlines(db, views, today);
  const assessed = rows.map((row, index) => {
    const indicator = views[index]!;
    return {
      indicator,
      element: row.element_code ? { code: row.element_code, title: row.element_title } : null,
      parent: row.parent_code ? { code: row.parent_code, title: row.parent_title } : null,
      assessment: assessments.get(indicator.id)!,
    };
  });
  return assessed.filter((a) => {
    if (filter.rag?.length && !filter.rag.includes(a.assessment?.rag ?? 'none')) return false;
    if (filter.staleOnly && !a.assessment?.stale) return false;
    return true;
  });
}

/** Red first, then Amber: the indicators a leader needs to ask about. */
export async function offTrackList(db: Kysely<DB>, filter: Omit<IndicatorFilter, 'rag'>, today?: string) {
  const rows = await assessedIndicators(db, { ...filter, rag: ['red', 'amber'] }, today);
  return rows.sort((a, b) => (a.assessment?.rag === b.assessment?.rag ? 0 : a.assessment?.rag === 'red' ? -1 : 1));
}
