/** Making and removing alignment links, each audited in the same transaction. */
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import type { AuditActor } from '../trpc/context';
import { liveLinkRows, type LinkRow } from './load/links';
import type { IndicatorLinkInput, ProgrammeLinkInput } from './schemas';
import { findTarget, linkTargets } from './targets';

const TARGET_WORDS = { mission: 'mission', priority: 'priority', outcome: 'GMCA outcome', indicator: 'indicator' } as const;

async function liveDuplicate(trx: Kysely<DB>, where: { programmeId?: number; fromIndicatorId?: number }, type: string, frameworkCode: string, code: string) {
  let query = trx
    .selectFrom('alignment_links')
    .select('id')
    .where('removed_at', 'is', null)
    .where('target_type', '=', type as LinkRow['targetType'])
    .where('target_framework_code', '=', frameworkCode)
    .where('target_code', '=', code);
  query = where.programmeId !== undefined ? query.where('programme_id', '=', where.programmeId) : query.where('from_indicator_id', '=', where.fromIndicatorId!);
  return query.executeTakeFirst();
}

export async function linkProgramme(db: Kysely<DB>, who: AuditActor, input: ProgrammeLinkInput): Promise<LinkRow> {
  return db.transaction().execute(async (trx) => {
    const programme = await trx.selectFrom('programmes').select(['id', 'code', 'archived_at']).where('id', '=', input.programmeId).executeTakeFirst();
    if (!programme) throw notFound('That programme');
    if (programme.archived_at) throw new TRPCError({ code: 'BAD_REQUEST', message: `${programme.code} is archived: restore it before linking it.` });
    const target = await findTarget(trx, input.targetType, input.frameworkCode, input.targetCode);
    if (!target) throw fieldError({ targetCode: [`No ${TARGET_WORDS[input.targetType]} ${input.targetCode} in the published ${input.frameworkCode} framework`] });
    if (await liveDuplicate(trx, { programmeId: input.programmeId }, input.targetType, input.frameworkCode, input.targetCode)) {
      throw new TRPCError({ code: 'CONFLICT', message: `${programme.code} is already linked to ${input.targetCode}. Remove that link first to change it.` });
    }
    const row = {
      programme_id: input.programmeId,
      target_type: input.targetType,
      target_framework_code: input.frameworkCode,
      target_code: input.targetCode,
      strength: input.strength,
      rationale: input.rationale,
      evidence: input.evidence,
      created_by: who.actor?.userId ?? null,
      created_at: nowIso(),
    };
    const { id } = await trx.insertInto('alignment_links').values(row).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, who, { action: 'alignment.link', entityType: 'programme', entityId: input.programmeId, after: { linkId: id, ...row, targetTitle: target.title } });
    return (await liveLinkRows(trx, { programmeId: input.programmeId })).find((l) => l.id === id)!;
  });
}

export async function linkIndicator(db: Kysely<DB>, who: AuditActor, input: IndicatorLinkInput): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    const targets = await linkTargets(trx);
    const from = targets.find((t) => t.type === 'indicator' && t.frameworkCode === input.fromFrameworkCode && t.code === input.fromIndicatorCode);
    const to = targets.find((t) => t.type === 'indicator' && t.frameworkCode === input.toFrameworkCode && t.code === input.toIndicatorCode);
    const errors: Record<string, string[]> = {};
    if (!from || from.frameworkOwner !== 'council') errors.fromIndicatorCode = [`No council indicator ${input.fromIndicatorCode} in the published ${input.fromFrameworkCode} framework`];
    if (!to || to.frameworkOwner !== 'gmca') errors.toIndicatorCode = [`No GMCA indicator ${input.toIndicatorCode} in the published ${input.toFrameworkCode} framework`];
    if (Object.keys(errors).length) throw fieldError(errors);
    const identity = await trx
      .selectFrom('indicator_identities as ii')
      .innerJoin('frameworks as f', 'f.id', 'ii.framework_id')
      .select('ii.id')
      .where('f.code', '=', input.fromFrameworkCode)
      .where('ii.code', '=', input.fromIndicatorCode)
      .executeTakeFirstOrThrow();
    if (await liveDuplicate(trx, { fromIndicatorId: identity.id }, 'indicator', input.toFrameworkCode, input.toIndicatorCode)) {
      throw new TRPCError({ code: 'CONFLICT', message: `${input.fromIndicatorCode} is already linked to ${input.toIndicatorCode}.` });
    }
    const row = {
      from_indicator_id: identity.id,
      target_type: 'indicator' as const,
      target_framework_code: input.toFrameworkCode,
      target_code: input.toIndicatorCode,
      relation: input.relation,
      rationale: input.rationale,
      evidence: input.evidence,
      created_by: who.actor?.userId ?? null,
      created_at: nowIso(),
    };
    const { id } = await trx.insertInto('alignment_links').values(row).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, who, { action: 'alignment.link_indicator', entityType: 'indicator', entityId: input.fromIndicatorCode, after: { linkId: id, ...row } });
    return { id };
  });
}

/** Removes a live link; the row stays (removed_at, removed_by) so its history is readable. */
export async function removeLink(db: Kysely<DB>, who: AuditActor, linkId: number, reason: string): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    const link = await trx.selectFrom('alignment_links').selectAll().where('id', '=', linkId).executeTakeFirst();
    if (!link) throw notFound('That link');
    if (link.removed_at) throw new TRPCError({ code: 'CONFLICT', message: 'That link was already removed.' });
    const removedAt = nowIso();
    await trx.updateTable('alignment_links').set({ removed_at: removedAt, removed_by: who.actor?.userId ?? null }).where('id', '=', linkId).execute();
    await appendAudit(trx, who, {
      action: 'alignment.unlink',
      entityType: link.programme_id !== null ? 'programme' : 'indicator',
      entityId: link.programme_id ?? link.from_indicator_id,
      before: link,
      after: { ...link, removed_at: removedAt, removed_by: who.actor?.userId ?? null, reason },
    });
    return { id: linkId };
  });
}

/** Live links of one programme, with their targets' titles (null when the target left the published framework). */
export async function programmeLinks(db: Kysely<DB>, programmeId: number) {
  const [rows, targets] = await Promise.all([liveLinkRows(db, { programmeId }), linkTargets(db)]);
  return rows.map((r) => {
    const target = targets.find((t) => t.type === r.targetType && t.frameworkCode === r.targetFrameworkCode && t.code === r.targetCode);
    return { ...r, targetTitle: target?.title ?? null, targetParent: target?.parent ?? null };
  });
}

/** Programmes linked directly to an element or indicator (from the outcome's side). */
export async function linksToTarget(db: Kysely<DB>, frameworkCode: string, code: string) {
  return db
    .selectFrom('alignment_links as l')
    .innerJoin('programmes as p', 'p.id', 'l.programme_id')
    .leftJoin('users as u', 'u.id', 'l.created_by')
    .select(['l.id', 'l.target_type as targetType', 'l.strength', 'l.rationale', 'l.evidence', 'l.created_at as createdAt', 'u.username as createdBy', 'p.id as programmeId', 'p.code as programmeCode', 'p.name as programmeName', 'p.status as programmeStatus'])
    .where('l.removed_at', 'is', null)
    .where('l.target_framework_code', '=', frameworkCode)
    .where('l.target_code', '=', code)
    .orderBy('p.code')
    .execute();
}

/** Live indicator-to-indicator links touching one indicator: from it (a council indicator) or to it (a GMCA one). */
export async function indicatorLinks(db: Kysely<DB>, frameworkCode: string, code: string) {
  const identity = await db
    .selectFrom('indicator_identities as ii')
    .innerJoin('frameworks as f', 'f.id', 'ii.framework_id')
    .select('ii.id')
    .where('f.code', '=', frameworkCode)
    .where('ii.code', '=', code)
    .executeTakeFirst();
  if (!identity) throw notFound(`Indicator ${code}`);
  const rows = await db
    .selectFrom('alignment_links as l')
    .innerJoin('indicator_identities as fromIdentity', 'fromIdentity.id', 'l.from_indicator_id')
    .innerJoin('frameworks as fromFramework', 'fromFramework.id', 'fromIdentity.framework_id')
    .leftJoin('users as u', 'u.id', 'l.created_by')
    .select([
      'l.id',
      'l.relation',
      'l.rationale',
      'l.evidence',
      'l.created_at as createdAt',
      'u.username as createdBy',
      'fromFramework.code as fromFrameworkCode',
      'fromIdentity.code as fromCode',
      'l.target_framework_code as toFrameworkCode',
      'l.target_code as toCode',
    ])
    .where('l.removed_at', 'is', null)
    .where('l.from_indicator_id', 'is not', null)
    .where((eb) => eb.or([eb('l.from_indicator_id', '=', identity.id), eb.and([eb('l.target_framework_code', '=', frameworkCode), eb('l.target_code', '=', code)])]))
    .orderBy('l.id')
    .execute();
  const targets = await linkTargets(db);
  const titleOf = (framework: string, c: string) => targets.find((t) => t.type === 'indicator' && t.frameworkCode === framework && t.code === c)?.title ?? null;
  return rows.map((r) => ({ ...r, createdBy: r.createdBy ?? 'system', fromTitle: titleOf(r.fromFrameworkCode, r.fromCode), toTitle: titleOf(r.toFrameworkCode, r.toCode) }));
}
