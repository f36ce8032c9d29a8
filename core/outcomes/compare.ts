import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { indicatorsQuery } from './indicator-rows';

const COMPARED_FIELDS = ['title', 'definition', 'kind', 'tier', 'unit', 'polarity', 'frequency', 'geography_level', 'tolerance_percent', 'comparator', 'data_source', 'owner'] as const;

async function snapshot(db: Kysely<DB>, versionId: number) {
  const elements = await db.selectFrom('framework_elements').select(['code', 'title', 'kind', 'description']).where('version_id', '=', versionId).execute();
  const indicators = await indicatorsQuery(db).where('indicators.version_id', '=', versionId).execute();
  const targets = await db
    .selectFrom('indicator_targets')
    .innerJoin('indicators', 'indicators.id', 'indicator_targets.indicator_id')
    .innerJoin('indicator_identities', 'indicator_identities.id', 'indicators.identity_id')
    .select(['indicator_identities.code as code', 'indicator_targets.period', 'indicator_targets.value'])
    .where('indicators.version_id', '=', versionId)
    .execute();
  return { elements: new Map(elements.map((e) => [e.code, e])), indicators: new Map(indicators.map((i) => [i.code, i])), targets };
}

/** What changed between two versions of a framework, by stable element and indicator codes. */
export async function compareVersions(db: Kysely<DB>, fromVersionId: number, toVersionId: number) {
  const [from, to] = await Promise.all([snapshot(db, fromVersionId), snapshot(db, toVersionId)]);
  const elements = {
    added: [...to.elements.values()].filter((e) => !from.elements.has(e.code)).map((e) => ({ code: e.code, title: e.title })),
    removed: [...from.elements.values()].filter((e) => !to.elements.has(e.code)).map((e) => ({ code: e.code, title: e.title })),
    changed: [...to.elements.values()]
      .filter((e) => from.elements.has(e.code) && (from.elements.get(e.code)!.title !== e.title || from.elements.get(e.code)!.description !== e.description))
      .map((e) => ({ code: e.code, from: from.elements.get(e.code)!.title, to: e.title })),
  };
  const targetKey = (t: { code: string; period: string }) => `${t.code}|${t.period}`;
  const fromTargets = new Map(from.targets.map((t) => [targetKey(t), t.value]));
  const indicatorChanges = [...to.indicators.values()]
    .filter((i) => from.indicators.has(i.code))
    .map((i) => {
      const before = from.indicators.get(i.code)!;
      const fields = COMPARED_FIELDS.filter((f) => before[f] !== i[f]).map((f) => ({ field: f, from: before[f], to: i[f] }));
      return { code: i.code, title: i.title, fields };
    })
    .filter((c) => c.fields.length > 0);
  const targetChanges = to.targets
    .filter((t) => fromTargets.has(targetKey(t)) ? fromTargets.get(targetKey(t)) !== t.value : true)
    .map((t) => ({ code: t.code, period: t.period, from: fromTargets.get(targetKey(t)) ?? null, to: t.value }));
  return {
    elements,
    indicators: {
      added: [...to.indicators.values()].filter((i) => !from.indicators.has(i.code)).map((i) => ({ code: i.code, title: i.title })),
      removed: [...from.indicators.values()].filter((i) => !to.indicators.has(i.code)).map((i) => ({ code: i.code, title: i.title })),
      changed: indicatorChanges,
    },
    targets: targetChanges,
  };
}
