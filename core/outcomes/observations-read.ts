import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The current (latest revision) observation per period for one indicator and area. */
export async function currentSeries(db: Kysely<DB>, identityId: number, areaCode: string) {
  const rows = await db
    .selectFrom('observations as o')
    .select(['o.id', 'o.period', 'o.value', 'o.status', 'o.revision', 'o.source_note', 'o.commentary', 'o.recorded_at', 'o.area_code'])
    .where('o.identity_id', '=', identityId)
    .where('o.area_code', '=', areaCode)
    .where(({ eb, selectFrom }) =>
      eb('o.revision', '=', selectFrom('observations as later').select(sql<number>`max(later.revision)`.as('r')).whereRef('later.identity_id', '=', 'o.identity_id').whereRef('later.period', '=', 'o.period').whereRef('later.area_code', '=', 'o.area_code')),
    )
    .orderBy('o.period')
    .execute();
  return rows;
}

/** Every revision of every observation of an indicator (newest first), for the history table. */
export async function observationHistory(db: Kysely<DB>, identityId: number) {
  return db
    .selectFrom('observations')
    .leftJoin('users', 'users.id', 'observations.recorded_by')
    .leftJoin('areas', 'areas.code', 'observations.area_code')
    .select([
      'observations.id',
      'observations.period',
      'observations.area_code as areaCode',
      'areas.name as areaName',
      'observations.revision',
      'observations.value',
      'observations.status',
      'observations.source_note as sourceNote',
      'observations.commentary',
      'observations.recorded_at as recordedAt',
      'users.username as recordedBy',
    ])
    .where('observations.identity_id', '=', identityId)
    .orderBy('observations.period', 'desc')
    .orderBy('observations.area_code')
    .orderBy('observations.revision', 'desc')
    .execute();
}
