import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, PartnersTable } from '../../db/schema';
import { dueDiligenceHistory, statusFrom, type DueDiligenceRecord, type DueDiligenceStatus } from './due-diligence';
import type { PartnerListInput } from './schemas';
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

/** The partner directory: search by name (or org id / registered number), filter by type, ward and due-diligence standing. */
export async function listPartners(db: Kysely<DB>, filter: PartnerListInput, today: string) {
  let query = db
    .selectFrom('partners')
    .leftJoin('areas', 'areas.code', 'partners.ward_code')
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
    ]);
  if (!filter.includeArchived) query = query.where('partners.archived_at', 'is', null);
  if (filter.organisationType) query = query.where('partners.organisation_type', '=', filter.organisationType);
  if (filter.wardCode) query = query.where('partners.ward_code', '=', filter.wardCode);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(partners.name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(partners.org_id)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(partners.charity_number)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(partners.company_number)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const rows = await query.orderBy(sql`partners.name collate nocase`).orderBy('partners.id').execute();
  const checks = rows.length
    ? await db
        .selectFrom('partner_due_diligence')
        .select(['partner_id', 'checked_on', 'expires_on'])
        .where('partner_id', 'in', rows.map((r) => r.id))
        .orderBy('checked_on', 'desc')
        .orderBy('id', 'desc')
        .execute()
    : [];
  const latest = new Map<number, { checked_on: string; expires_on: string }>();
  for (const check of checks) if (!latest.has(check.partner_id)) latest.set(check.partner_id, check);
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
  return filter.dueDiligence ? list.filter((row) => row.dueDiligence.status === filter.dueDiligence) : list;
}

export type PartnerListRow = Awaited<ReturnType<typeof listPartners>>[number];
