import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { pageOf, type PageInput } from '../shared/paging';

/**
 * The current figure per period for one indicator and area: the latest revision, unless that
 * revision has been withdrawn, in which case the period has no figure (an earlier revision does not
 * come back: it was superseded). A revision recorded after a withdrawal is current again.
 */
export async function currentSeries(db: Kysely<DB>, identityId: number, areaCode: string) {
  const rows = await db
    .selectFrom('observations as o')
    .select(['o.id', 'o.period', 'o.value', 'o.status', 'o.revision', 'o.source_note', 'o.commentary', 'o.recorded_at', 'o.area_code'])
    .where('o.identity_id', '=', identityId)
    .where('o.area_code', '=', areaCode)
    .where(({ eb, selectFrom }) =>
      eb('o.revision', '=', selectFrom('observations as later').select(sql<number>`max(later.revision)`.as('r')).whereRef('later.identity_id', '=', 'o.identity_id').whereRef('later.period', '=', 'o.period').whereRef('later.area_code', '=', 'o.area_code')),
    )
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('observation_withdrawals as w').select('w.id').whereRef('w.observation_id', '=', 'o.id'))))
    .orderBy('o.period')
    .execute();
  return rows;
}

/**
 * Every period whose current (latest) revision is withdrawn: identity, area and period. For readers
 * that scan many observations at once and drop these periods afterwards, so the large scan stays as
 * it was. Withdrawals are rare and this reads only them: the observations are looked up by id from
 * the withdrawals (`id in (…)`). Written as a join, SQLite chose to scan all million observations
 * and probe the (empty) withdrawals for each, 0.7 s at Greater Manchester scale.
 */
export async function withdrawnCurrentPeriods(db: Kysely<DB>) {
  return db
    .selectFrom('observations as o')
    .select(['o.identity_id', 'o.area_code', 'o.period'])
    .where('o.id', 'in', (eb) => eb.selectFrom('observation_withdrawals as w').select('w.observation_id'))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('observations as later')
            .select('later.id')
            .whereRef('later.identity_id', '=', 'o.identity_id')
            .whereRef('later.area_code', '=', 'o.area_code')
            .whereRef('later.period', '=', 'o.period')
            .whereRef('later.revision', '>', 'o.revision'),
        ),
      ),
    )
    .execute();
}

export interface HistoryPageInput {
  /** One area's figures, or null for every area. */
  areaCode: string | null;
  /** By period: 'desc' is newest first (then area, then latest revision first). */
  sortDirection: 'asc' | 'desc';
  page: PageInput;
}

/**
 * One page of an indicator's revisions (every area, or one), with each row's withdrawal if any and
 * whether a later revision superseded it. The filter and the count run in the database, so a
 * ward-level indicator with 34,000 revisions sends only the page asked for.
 */
export async function observationHistoryPage(db: Kysely<DB>, identityId: number, input: HistoryPageInput) {
  let base = db.selectFrom('observations').where('observations.identity_id', '=', identityId);
  if (input.areaCode !== null) base = base.where('observations.area_code', '=', input.areaCode);
  const [count, rows] = await Promise.all([
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    base
      .leftJoin('users', 'users.id', 'observations.recorded_by')
      .leftJoin('areas', 'areas.code', 'observations.area_code')
      .leftJoin('observation_withdrawals as w', 'w.observation_id', 'observations.id')
      .leftJoin('users as withdrawer', 'withdrawer.id', 'w.withdrawn_by')
      .select(({ exists, selectFrom }) => [
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
        'w.reason as withdrawnReason',
        'w.withdrawn_at as withdrawnAt',
        'withdrawer.username as withdrawnBy',
        exists(
          selectFrom('observations as later')
            .select('later.id')
            .whereRef('later.identity_id', '=', 'observations.identity_id')
            .whereRef('later.area_code', '=', 'observations.area_code')
            .whereRef('later.period', '=', 'observations.period')
            .whereRef('later.revision', '>', 'observations.revision'),
        ).as('superseded'),
      ])
      .orderBy('observations.period', input.sortDirection)
      .orderBy('observations.area_code')
      .orderBy('observations.revision', 'desc')
      .limit(input.page.limit)
      .offset(input.page.offset)
      .execute(),
  ]);
  return pageOf(
    rows.map((r) => ({ ...r, superseded: Boolean(r.superseded) })),
    Number(count.n),
    input.page,
  );
}

/** The latest revision of one figure (an indicator's period at an area), withdrawn or not; undefined when there is none. */
export function latestRevision(db: Kysely<DB>, identityId: number, period: string, areaCode: string) {
  return db
    .selectFrom('observations')
    .selectAll()
    .where('identity_id', '=', identityId)
    .where('period', '=', period)
    .where('area_code', '=', areaCode)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
}
