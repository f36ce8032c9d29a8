import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit, listAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound, type FieldErrors } from '../shared/field-errors';
import { findDuplicates, type PartnerWarning } from './duplicates';
import { unregisteredOrgId, unregisteredPrefix } from './org-id';
import { UNREGISTERED_SCHEME } from './org-id-schemes';
import { readPartner, readPartnerDetail, type PartnerDetail, type PartnerRecord } from './read';
import { resolveRegistration } from './registration';
import type { PartnerInput, UpdatePartnerInput } from './schemas';
import { DEFAULT_GRANT_PREFIX, GRANT_PREFIX_SETTING } from './vocabulary';

export { assertDueDiligenceValid, dueDiligenceStatus, recordDueDiligence, londonToday } from './due-diligence';
export { findDuplicates } from './duplicates';
export { listPartners, partnerOptions } from './read';

export interface PartnerSaved {
  partner: PartnerDetail;
  warnings: PartnerWarning[];
}

/** The council's next generated id: one more than the highest 360G-<prefix>-<n> it has issued. */
async function nextUnregisteredId(trx: Kysely<DB>): Promise<string> {
  const setting = await trx.selectFrom('workspace_settings').select('value').where('key', '=', GRANT_PREFIX_SETTING).executeTakeFirst();
  const councilPrefix = setting?.value.trim() || DEFAULT_GRANT_PREFIX;
  let start: string;
  try {
    start = unregisteredPrefix(councilPrefix);
  } catch (error) {
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `${(error as Error).message}. Fix the workspace's grant prefix first.` });
  }
  const rows = await trx.selectFrom('partners').select('org_id').where('org_id', 'like', `${UNREGISTERED_SCHEME}-%`).execute();
  let highest = 0;
  for (const { org_id } of rows) {
    const suffix = org_id?.startsWith(start) ? org_id.slice(start.length) : '';
    if (/^\d{1,15}$/.test(suffix)) highest = Math.max(highest, Number(suffix));
  }
  return unregisteredOrgId(councilPrefix, highest + 1);
}

/** Validates everything that needs the database, then returns the columns to store and the warnings. */
async function prepare(trx: Kysely<DB>, input: PartnerInput, existing: PartnerRecord | null) {
  const errors: FieldErrors = {};
  const registration = resolveRegistration(input);
  if (!registration.ok) Object.assign(errors, registration.errors);
  if (input.wardCode) {
    const ward = await trx.selectFrom('areas').select('code').where('code', '=', input.wardCode).where('area_type', '=', 'ward').executeTakeFirst();
    if (!ward) errors.wardCode = [`${input.wardCode} is not a ward of this borough: choose a ward from the list`];
  }
  if (!registration.ok) throw fieldError(errors);

  const keepGenerated = existing?.orgId?.startsWith(`${UNREGISTERED_SCHEME}-`) ? existing.orgId : null;
  const orgId = registration.value.orgId ?? keepGenerated ?? (await nextUnregisteredId(trx));
  const duplicates = await findDuplicates(trx, { name: input.name, orgId, excludeId: existing?.id ?? null });
  if (duplicates.errors.orgId) errors.orgId = duplicates.errors.orgId;
  if (Object.keys(errors).length) throw fieldError(errors);

  const columns = {
    name: input.name,
    organisation_type: input.organisationType,
    org_id: orgId,
    charity_number: registration.value.charityNumber,
    company_number: registration.value.companyNumber,
    ward_code: input.wardCode,
    locality: input.locality,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone,
  };
  return { columns, warnings: duplicates.warnings };
}

async function detailOf(trx: Kysely<DB>, partnerId: number, today: string): Promise<PartnerDetail> {
  return (await readPartnerDetail(trx, partnerId, today))!;
}

export function createPartner(db: Kysely<DB>, who: AuditActor, input: PartnerInput, today: string): Promise<PartnerSaved> {
  return db.transaction().execute(async (trx) => {
    const { columns, warnings } = await prepare(trx, input, null);
    const now = nowIso();
    const row = await trx
      .insertInto('partners')
      .values({ ...columns, archived_at: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = (await readPartner(trx, row.id))!;
    await appendAudit(trx, who, { action: 'partner.create', entityType: 'partner', entityId: row.id, after });
    return { partner: await detailOf(trx, row.id, today), warnings };
  });
}

async function loadForChange(trx: Kysely<DB>, partnerId: number): Promise<PartnerRecord> {
  const before = await readPartner(trx, partnerId);
  if (!before) throw notFound('That partner');
  return before;
}

export function updatePartner(db: Kysely<DB>, who: AuditActor, input: UpdatePartnerInput, today: string): Promise<PartnerSaved> {
  return db.transaction().execute(async (trx) => {
    const before = await loadForChange(trx, input.id);
    if (before.archivedAt) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Restore this partner from the archive before editing it.' });
    const { columns, warnings } = await prepare(trx, input, before);
    await trx.updateTable('partners').set({ ...columns, updated_at: nowIso() }).where('id', '=', input.id).execute();
    const after = (await readPartner(trx, input.id))!;
    await appendAudit(trx, who, { action: 'partner.update', entityType: 'partner', entityId: input.id, before, after });
    return { partner: await detailOf(trx, input.id, today), warnings };
  });
}

/** Archives (or restores) a partner. Partners are never deleted: awards and payments refer to them. */
export function setPartnerArchived(db: Kysely<DB>, who: AuditActor, partnerId: number, archived: boolean, reason: string, today: string): Promise<PartnerDetail> {
  return db.transaction().execute(async (trx) => {
    const before = await loadForChange(trx, partnerId);
    if (archived === (before.archivedAt !== null)) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: archived ? 'This partner is already archived.' : 'This partner is not archived.' });
    }
    const now = nowIso();
    await trx.updateTable('partners').set({ archived_at: archived ? now : null, updated_at: now }).where('id', '=', partnerId).execute();
    const after = (await readPartner(trx, partnerId))!;
    await appendAudit(trx, who, {
      action: archived ? 'partner.archive' : 'partner.restore',
      entityType: 'partner',
      entityId: partnerId,
      before,
      after: reason ? { ...after, reason } : after,
    });
    return detailOf(trx, partnerId, today);
  });
}

export async function getPartner(db: Kysely<DB>, partnerId: number, today: string): Promise<PartnerDetail> {
  const detail = await readPartnerDetail(db, partnerId, today);
  if (!detail) throw notFound('That partner');
  return detail;
}

export function partnerHistory(db: Kysely<DB>, partnerId: number) {
  return listAudit(db, { entityType: 'partner', entityId: String(partnerId), limit: 500 });
}
