import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit, listAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound, type FieldErrors } from '../shared/field-errors';
import { readProgramme, writeProgrammeParts, type ProgrammeDetail } from './aggregate';
import type { ProgrammeInput, UpdateProgrammeInput } from './schemas';

export { readProgramme };

/** Checks references that only the database can answer: code clash, ward codes, partners. */
async function checkReferences(trx: Kysely<DB>, input: ProgrammeInput, programmeId: number | null): Promise<void> {
  const errors: FieldErrors = {};
  let clash = trx.selectFrom('programmes').select('id').where('code', '=', input.code);
  if (programmeId !== null) clash = clash.where('id', '!=', programmeId);
  if (await clash.executeTakeFirst()) errors.code = [`Another programme already uses the code ${input.code}`];

  const wardCodes = [...new Set(input.wardCodes)];
  if (wardCodes.length) {
    const known = await trx.selectFrom('areas').select('code').where('area_type', '=', 'ward').where('code', 'in', wardCodes).execute();
    const knownSet = new Set(known.map((k) => k.code));
    const unknown = wardCodes.filter((code) => !knownSet.has(code));
    if (unknown.length) errors.wardCodes = [`Unknown ward code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`];
  }
  const partnerIds = [...new Set(input.partners.map((p) => p.partnerId))];
  if (partnerIds.length) {
    const known = await trx.selectFrom('partners').select('id').where('id', 'in', partnerIds).execute();
    const knownSet = new Set(known.map((k) => k.id));
    input.partners.forEach((p, index) => {
      if (!knownSet.has(p.partnerId)) errors[`partners.${index}.partnerId`] = ['That partner is not in the register'];
    });
  }
  if (Object.keys(errors).length) throw fieldError(errors);
}

/** The programme's own columns, as both create and edit write them. */
function programmeColumns(input: ProgrammeInput) {
  return {
    code: input.code,
    name: input.name,
    summary: input.summary,
    programme_type: input.type,
    status: input.status,
    lead_officer: input.leadOfficer,
    senior_responsible_owner: input.seniorResponsibleOwner,
    start_date: input.startDate,
    end_date: input.endDate,
  };
}

async function boroughCode(trx: Kysely<DB>): Promise<string | null> {
  const row = await trx.selectFrom('workspace_settings').select('value').where('key', '=', 'borough_code').executeTakeFirst();
  return row?.value ?? null;
}

/** Inserts a programme and its parts, audited, inside the caller's transaction. */
export async function insertProgramme(trx: Kysely<DB>, who: AuditActor, input: ProgrammeInput): Promise<ProgrammeDetail> {
  await checkReferences(trx, input, null);
  const now = nowIso();
  const row = await trx
    .insertInto('programmes')
    .values({
      ...programmeColumns(input),
      borough_code: await boroughCode(trx),
      archived_at: null,
      archive_reason: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeProgrammeParts(trx, row.id, input);
  const after = (await readProgramme(trx, row.id))!;
  await appendAudit(trx, who, { action: 'programme.create', entityType: 'programme', entityId: row.id, after });
  return after;
}

export function createProgramme(db: Kysely<DB>, who: AuditActor, input: ProgrammeInput): Promise<ProgrammeDetail> {
  return db.transaction().execute((trx) => insertProgramme(trx, who, input));
}

async function loadForChange(trx: Kysely<DB>, programmeId: number, revision: number | null): Promise<ProgrammeDetail> {
  const before = await readProgramme(trx, programmeId);
  if (!before) throw notFound('That programme');
  if (revision !== null && before.revision !== revision) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'Someone else changed this programme after you opened it. Reload to see their changes, then make yours again.',
    });
  }
  return before;
}

export async function updateProgramme(db: Kysely<DB>, who: AuditActor, input: UpdateProgrammeInput): Promise<ProgrammeDetail> {
  return db.transaction().execute(async (trx) => {
    const before = await loadForChange(trx, input.id, input.revision);
    if (before.archivedAt) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Restore this programme from the archive before editing it.' });
    await checkReferences(trx, input, input.id);
    await trx
      .updateTable('programmes')
      .set({
        ...programmeColumns(input),
        revision: before.revision + 1,
        updated_at: nowIso(),
      })
      .where('id', '=', input.id)
      .execute();
    await writeProgrammeParts(trx, input.id, input);
    const after = (await readProgramme(trx, input.id))!;
    await appendAudit(trx, who, { action: 'programme.update', entityType: 'programme', entityId: input.id, before, after });
    return after;
  });
}

export async function setArchived(db: Kysely<DB>, who: AuditActor, programmeId: number, archived: boolean, reason: string): Promise<ProgrammeDetail> {
  return db.transaction().execute(async (trx) => {
    const before = await loadForChange(trx, programmeId, null);
    if (archived === (before.archivedAt !== null)) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: archived ? 'This programme is already archived.' : 'This programme is not archived.' });
    }
    await trx
      .updateTable('programmes')
      .set({ archived_at: archived ? nowIso() : null, archive_reason: archived ? reason : null, revision: before.revision + 1, updated_at: nowIso() })
      .where('id', '=', programmeId)
      .execute();
    const after = (await readProgramme(trx, programmeId))!;
    await appendAudit(trx, who, { action: archived ? 'programme.archive' : 'programme.restore', entityType: 'programme', entityId: programmeId, before, after });
    return after;
  });
}

export async function programmeHistory(db: Kysely<DB>, programmeId: number) {
  return listAudit(db, { entityType: 'programme', entityId: String(programmeId), limit: 500 });
}

export async function getProgramme(db: Kysely<DB>, programmeId: number): Promise<ProgrammeDetail> {
  const detail = await readProgramme(db, programmeId);
  if (!detail) throw notFound('That programme');
  return detail;
}
