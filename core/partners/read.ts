import { sql, type Expression, type Kysely, type Selectable } from 'kysely';
import type { DB, PartnersTable } from '../../db/schema';
import { dueDiligenceHistory, statusFrom, type DueDiligenceRecord, type DueDiligenceStatus } from './due-diligence';
import { pageOf, type Page } from '../shared/paging';
import type { PartnerListInput, PartnerOptionsInput, PartnerSortField } from './schemas';
import type { OrganisationType } from './vocabulary';

/** A partner's own fields, as the audit log records them before and after each change. */
export interface PartnerRecord {
  id: number;
  name: string;
  organisationType: OrganisationType;
  orgId: string | null;
  charityNumber: string | null;
  companyNumber: string | null;
  wardCode: string | null;
  locality: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PartnerDetail extends PartnerRecord {
  wardName: string | null;
  dueDiligence: DueDiligenceStatus;
  dueDiligenceHistory: DueDiligenceRecord[];
  programmes: { id: number; code: string; name: string; status: string; role: string; archived: boolean }[];
}

export function toRecord(row: Selectable<PartnersTable>): PartnerRecord {
  return {
    id: row.id,
    name: row.name,
    organisationType: row.organisation_type as OrganisationType,
    orgId: row.org_id,
    charityNumber: row.charity_number,
    companyNumber: row.company_number,
    wardCode: row.ward_code,
    locality: row.locality,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function readPartner(db: Kysely<DB>, partnerId: number): Promise<PartnerRecord | null> {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', partnerId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function readPartnerDetail(db: Kysely<DB>, partnerId: number, today: string): Promise<PartnerDetail | null> {
  const record = await readPartner(db, partnerId);
  if (!record) return null;
  const ward = record.wardCode ? await db.selectFrom('areas').select('name').where('code', '=', record.wardCode).executeTakeFirst() : undefined;
  const history = await dueDiligenceHistory(db, partnerId);
  const latest = history[0];
  const programmes = await db
    .selectFrom('programme_partners')
    .innerJoin('programmes', 'programmes.id', 'programme_partners.programme_id')
    .select(['programmes.id', 'programmes.code', 'programmes.name', 'programmes.status', 'programmes.archived_at', 'programme_partners.role'])
    .where('programme_partners.partner_id', '=', partnerId)
    .orderBy('programmes.name')
    .execute();
  return {
    ...record,
    wardName: ward?.name ?? null,
    dueDiligence: statusFrom(latest && { checked_on: latest.checkedOn, expires_on: latest.expiresOn }, today),
    dueDiligenceHistory: history,
    programmes: programmes.map((p) => ({ id: p.id, code: p.code, name: p.name, status: p.status, role: p.role, archived: p.archived_at !== null })),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type PartnerQuery = ReturnType<typeof partnerBase>;

function partnerBase(db: Kysely<DB>) {
  return db.selectFrom('partners').leftJoin('areas', 'areas.code', 'partners.ward_code');
}

/** The expiry date of a partner's latest check (by date, ties to the later entry); null when none. */
function latestExpiry(db: Kysely<DB>) {
  return db
    .selectFrom('partner_due_diligence as d')
    .select('d.expires_on')
    .where('d.partner_id', '=', sql.ref<number>('partners.id'))
    .orderBy('d.checked_on', 'desc')
    .orderBy('d.id', 'desc')
    .limit(1);
}

/** The directory's filters, in SQL: search, type, ward, archived, and due-diligence standing on `today`. */
function filtered(db: Kysely<DB>, query: PartnerQuery, filter: PartnerListFilter, today: string): PartnerQuery {
  if (!filter.includeArchived) query = query.where('partners.archived_at', 'is', null);
  if (filter.organisationType) query = query.where('partners.organisation_type', '=', filter.organisationType);
  if (filter.wardCode) query = query.where('partners.ward_code', '=', filter.wardCode);
  const search = filter.search.trim();
  if (search) {
    const pattern = `%${escapeLike(search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(partners.name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(partners.org_id)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(partners.charity_number)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(partners.company_number)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  // A check is valid up to the day before it expires (due-diligence.ts statusFrom).
  if (filter.dueDiligence === 'valid') query = query.where(latestExpiry(db), '>', today);
  if (filter.dueDiligence === 'expired') query = query.where(latestExpiry(db), '<=', today);
  if (filter.dueDiligence === 'missing') {
    query = query.where(({ not, exists, selectFrom }) => not(exists(selectFrom('partner_due_diligence as d').select('d.id').whereRef('d.partner_id', '=', 'partners.id'))));
  }
  return query;
}

type PartnerListFilter = Pick<PartnerListInput, 'search' | 'organisationType' | 'wardCode' | 'dueDiligence' | 'includeArchived'>;

const SORT_COLUMNS: Record<PartnerSortField, (db: Kysely<DB>) => Expression<unknown>> = {
  name: () => sql`lower(partners.name)`,
  type: () => sql`partners.organisation_type`,
  orgId: () => sql`coalesce(partners.org_id, '')`,
  ward: () => sql`coalesce(areas.name, '')`,
  // Missing first, then by expiry date.
  dueDiligence: (db) => sql`coalesce((${latestExpiry(db)}), '')`,
};

/** Each listed partner's latest due-diligence check (newest date, then newest record): one query for a page. */
async function latestChecks(db: Kysely<DB>, partnerIds: number[]): Promise<Map<number, { checked_on: string; expires_on: string }>> {
  const latest = new Map<number, { checked_on: string; expires_on: string }>();
  if (!partnerIds.length) return latest;
  const checks = await db
    .selectFrom('partner_due_diligence')
    .select(['partner_id', 'checked_on', 'expires_on'])
    .where('partner_id', 'in', partnerIds)
    .orderBy('checked_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const check of checks) if (!latest.has(check.partner_id)) latest.set(check.partner_id, check);
  return latest;
}

/**
 * The partner directory, one page at a time: search by name (or org id / registered number), filter
 * by type, ward and due-diligence standing, sort by a column. Filtering, counting and sorting happen
 * in the database; only the page's rows are read, with their latest checks. `withoutValidDueDiligence`
 * counts the matching partners (on every page) whose due diligence is missing or expired.
 */
export async function listPartners(db: Kysely<DB>, input: PartnerListInput, today: string): Promise<PartnerPage> {
  // Each mention of the latest check is one lookup per partner: with a standing chosen, every match
  // has that standing, so the count needs no second one.
  const standing = input.dueDiligence;
  const counted = filtered(db, partnerBase(db), input, today).select(sql<number>`count(*)`.as('n'));
  const counts = standing
    ? { ...(await counted.executeTakeFirstOrThrow()), not_valid: null }
    : await counted.select(sql<number>`coalesce(sum(case when (${latestExpiry(db)}) > ${today} then 0 else 1 end), 0)`.as('not_valid')).executeTakeFirstOrThrow();
  const total = Number(counts.n);
  const withoutValidDueDiligence = counts.not_valid === null ? (standing === 'valid' ? 0 : total) : Number(counts.not_valid);
  const rows = await filtered(db, partnerBase(db), input, today)
    .select([
      'partners.id',
      'partners.name',
      'partners.organisation_type',
      'partners.org_id',
      'partners.charity_number',
      'partners.company_number',
      'partners.ward_code',
      'areas.name as ward_name',
      'partners.locality',
      'partners.archived_at',
    ])
    .orderBy(SORT_COLUMNS[input.sortBy](db), input.sortDirection)
    .orderBy('partners.id', input.sortDirection)
    .limit(input.page.limit)
    .offset(input.page.offset)
    .execute();
  const latest = await latestChecks(db, rows.map((r) => r.id));
  const list = rows.map((r) => ({
    id: r.id,
    name: r.name,
    organisationType: r.organisation_type as OrganisationType,
    orgId: r.org_id,
    charityNumber: r.charity_number,
    companyNumber: r.company_number,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    locality: r.locality,
    archived: r.archived_at !== null,
    dueDiligence: statusFrom(latest.get(r.id), today),
  }));
  return { ...pageOf(list, total, input.page), withoutValidDueDiligence };
}

export interface PartnerListRow extends Pick<PartnerRecord, 'id' | 'name' | 'organisationType' | 'orgId' | 'charityNumber' | 'companyNumber' | 'wardCode' | 'locality'> {
  wardName: string | null;
  archived: boolean;
  dueDiligence: DueDiligenceStatus;
}

export interface PartnerPage extends Page<PartnerListRow> {
  /** Matching partners, on every page, whose due diligence is missing or expired today. */
  withoutValidDueDiligence: number;
}

export interface PartnerOption {
  id: number;
  name: string;
  organisationType: OrganisationType;
  wardCode: string | null;
  archived: boolean;
  dueDiligence: DueDiligenceStatus;
}

/**
 * For pickers: the chosen partners (`ids`, archived or not) first, then active partners matching the
 * search in name order, at most `limit` of them; `total` is how many active partners match, so the
 * picker can say "type to narrow".
 */
export async function partnerOptions(db: Kysely<DB>, input: PartnerOptionsInput, today: string): Promise<{ rows: PartnerOption[]; total: number }> {
  const filter = { search: input.search, organisationType: null, wardCode: null, dueDiligence: null, includeArchived: false };
  const columns = ['partners.id', 'partners.name', 'partners.organisation_type', 'partners.ward_code', 'partners.archived_at'] as const;
  const [count, matches, chosen] = await Promise.all([
    filtered(db, partnerBase(db), filter, today).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    filtered(db, partnerBase(db), filter, today).select(columns).orderBy(sql`lower(partners.name)`).orderBy('partners.id').limit(input.limit).execute(),
    input.ids.length ? partnerBase(db).select(columns).where('partners.id', 'in', input.ids).orderBy(sql`lower(partners.name)`).orderBy('partners.id').execute() : Promise.resolve([]),
  ]);
  const seen = new Set<number>();
  const rows = [...chosen, ...matches].filter((r) => !seen.has(r.id) && seen.add(r.id));
  const latest = await latestChecks(db, rows.map((r) => r.id));
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      organisationType: r.organisation_type as OrganisationType,
      wardCode: r.ward_code,
      archived: r.archived_at !== null,
      dueDiligence: statusFrom(latest.get(r.id), today),
    })),
    total: Number(count.n),
  };
}
