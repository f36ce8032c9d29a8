import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { headlineAreaCode } from './headline-area';
import { withdrawnCurrentPeriods } from './observations-read';

/**
 * The current figure (latest revision, unless that revision is withdrawn) per period of every
 * indicator in a published framework version, at both headline areas, in one query:
 * `${identityId}|${areaCode}` → period → value, with periods in ascending key order. Whole-workspace
 * readers (the alignment check, briefing packs) use it instead of one query per indicator.
 */
export async function headlineObservations(db: Kysely<DB>): Promise<Map<string, Map<string, number>>> {
  const areas = [headlineAreaCode('combined_authority'), headlineAreaCode('borough')];
  const rows = await db
    .selectFrom('observations as o')
    .select(['o.identity_id', 'o.area_code', 'o.period', 'o.value'])
    .where('o.area_code', 'in', areas)
    .where('o.identity_id', 'in', (eb) => eb.selectFrom('indicators as i').innerJoin('framework_versions as v', 'v.id', 'i.version_id').select('i.identity_id').where('v.status', '=', 'published'))
    .orderBy('o.identity_id')
    .orderBy('o.area_code')
    .orderBy('o.period')
    .orderBy('o.revision')
    .execute();
  const series = new Map<string, Map<string, number>>();
  for (const o of rows) {
    const key = `${o.identity_id}|${o.area_code}`;
    const byPeriod = series.get(key) ?? new Map<string, number>();
    byPeriod.set(o.period, o.value); // rows come in revision order: the latest revision wins
    series.set(key, byPeriod);
  }
  // A withdrawn latest revision leaves its period without a figure (other areas are not in the map).
  for (const w of await withdrawnCurrentPeriods(db)) series.get(`${w.identity_id}|${w.area_code}`)?.delete(w.period);
  return series;
}

/** Every target of every indicator in a published framework version: indicator id → period → value. */
export async function publishedTargets(db: Kysely<DB>): Promise<Map<number, Map<string, number>>> {
  const rows = await db
    .selectFrom('indicator_targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicator_id')
    .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
    .select(['t.indicator_id', 't.period', 't.value'])
    .where('v.status', '=', 'published')
    .execute();
  const targets = new Map<number, Map<string, number>>();
  for (const t of rows) targets.set(t.indicator_id, (targets.get(t.indicator_id) ?? new Map<string, number>()).set(t.period, t.value));
  return targets;
}
