import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { RegisterFilter, RegisterPageInput } from './schemas';

const SORT_COLUMNS = {
  code: 'programmes.code',
  name: 'programmes.name',
  type: 'programmes.programme_type',
  status: 'programmes.status',
  startDate: 'programmes.start_date',
  endDate: 'programmes.end_date',
  updatedAt: 'programmes.updated_at',
} as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The register query: filters, then a funding total per programme. Portable SQL through Kysely. */
export function registerQuery(db: Kysely<DB>, filter: RegisterFilter) {
  const totals = db
    .selectFrom('programme_funding_lines')
    .select(['programme_id', sql<number>`sum(amount_pence)`.as('total_pence'), sql<number>`sum(case when certainty = 'confirmed' then amount_pence else 0 end)`.as('confirmed_pence')])
    .groupBy('programme_id')
    .as('totals');

  let query = db
    .selectFrom('programmes')
    .leftJoin(totals, 'totals.programme_id', 'programmes.id')
    .select([
      'programmes.id',
      'programmes.code',
      'programmes.name',
      'programmes.programme_type',
      'programmes.status',
      'programmes.lead_officer',
      'programmes.start_date',
      'programmes.end_date',
      'programmes.archived_at',
      'programmes.updated_at',
      sql<number>`coalesce(totals.total_pence, 0)`.as('total_pence'),
      sql<number>`coalesce(totals.confirmed_pence, 0)`.as('confirmed_pence'),
    ]);

  if (!filter.includeArchived) query = query.where('programmes.archived_at', 'is', null);
  if (filter.statuses.length) query = query.where('programmes.status', 'in', filter.statuses);
  if (filter.types.length) query = query.where('programmes.programme_type', 'in', filter.types);
  if (filter.wardCode) {
    const ward = filter.wardCode;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('programme_areas').select('programme_areas.area_code').whereRef('programme_areas.programme_id', '=', 'programmes.id').where('programme_areas.area_code', '=', ward)),
    );
  }
  const search = filter.search.trim();
  if (search) {
    const pattern = `%${escapeLike(search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(programmes.code)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(programmes.name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(programmes.summary)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  return query;
}

export async function registerPage(db: Kysely<DB>, input: RegisterPageInput) {
  const base = registerQuery(db, input);
  const countRow = await db
    .selectFrom(base.as('filtered'))
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const direction = input.sortDirection;
  const sorted =
    input.sortBy === 'totalPence'
      ? base.orderBy(sql`coalesce(totals.total_pence, 0)`, direction)
      : base.orderBy(sql.ref(SORT_COLUMNS[input.sortBy]), direction);
  const rows = await sorted
    .orderBy('programmes.id', 'asc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  return {
    total: Number(countRow.n),
    page: input.page,
    pageSize: input.pageSize,
    rows: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      type: row.programme_type,
      status: row.status,
      leadOfficer: row.lead_officer,
      startDate: row.start_date,
      endDate: row.end_date,
      archived: row.archived_at !== null,
      updatedAt: row.updated_at,
      totalPence: Number(row.total_pence),
      confirmedPence: Number(row.confirmed_pence),
    })),
  };
}

export type RegisterRow = Awaited<ReturnType<typeof registerPage>>['rows'][number];
