/** Acknowledging a finding, and the funding balance the council aims for: both audited. */
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError } from '../shared/field-errors';
import type { AuditActor } from '../trpc/context';
import { PILLARS } from '../programmes/vocabulary';
import { currentCheck } from './check';
import { acknowledgementsOf, acknowledgementStates } from './report';

/**
 * Records a reason against the finding as it stands now (its fingerprint). Only an open finding can
 * be acknowledged; if its data changes later the acknowledgement lapses and the finding reopens.
 * The finding is looked up in the cached check (check.ts), never by re-running the rules: writing an
 * acknowledgement changes no change stamp, so the cache stays good afterwards too.
 */
export async function acknowledgeFinding(db: Kysely<DB>, who: AuditActor, findingKey: string, reason: string, today: string) {
  if (!who.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to acknowledge a finding.' });
  const userId = who.actor.userId;
  return db.transaction().execute(async (trx) => {
    const [check, acks] = await Promise.all([currentCheck(trx, today), acknowledgementsOf(trx, findingKey)]);
    const finding = check.byKey.get(findingKey);
    if (!finding) throw new TRPCError({ code: 'NOT_FOUND', message: 'That finding is no longer raised: the data behind it has changed, so there is nothing to acknowledge.' });
    const state = acknowledgementStates(new Map([[finding.key, finding]]), acks).get(finding.key);
    if (state?.status === 'acknowledged') throw new TRPCError({ code: 'CONFLICT', message: `Already acknowledged by ${state.acknowledgement!.by}.` });
    const row = { finding_key: finding.key, fingerprint: finding.fingerprint, reason, acknowledged_by: userId, acknowledged_at: nowIso() };
    const { id } = await trx.insertInto('finding_acknowledgements').values(row).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, who, { action: 'alignment.acknowledge', entityType: 'finding', entityId: finding.key, after: { id, ...row, message: finding.message } });
    return { id, key: finding.key };
  });
}

export async function balanceTargets(db: Kysely<DB>) {
  return db.selectFrom('balance_targets').select(['dimension', 'code', 'target_share as targetShare', 'tolerance', 'set_at as setAt']).orderBy('dimension').orderBy('code').execute();
}

/** Sets (or replaces) the share of confirmed funding the council aims to put into a mission or pillar. */
export async function setBalanceTarget(
  db: Kysely<DB>,
  who: AuditActor,
  input: { dimension: 'mission' | 'pillar'; code: string; targetPercent: number; tolerancePercent: number },
) {
  return db.transaction().execute(async (trx) => {
    if (input.dimension === 'pillar' && !(PILLARS as readonly string[]).includes(input.code)) throw fieldError({ code: [`${input.code} is not an Integrated Settlement pillar`] });
    if (input.dimension === 'mission') {
      const mission = await trx
        .selectFrom('framework_elements as e')
        .innerJoin('framework_versions as v', 'v.id', 'e.version_id')
        .innerJoin('frameworks as f', 'f.id', 'v.framework_id')
        .select('e.id')
        .where('v.status', '=', 'published')
        .where('f.owner', '=', 'council')
        .where('e.kind', '=', 'mission')
        .where('e.code', '=', input.code)
        .executeTakeFirst();
      if (!mission) throw fieldError({ code: [`No council mission ${input.code} in a published framework`] });
    }
    const before = await trx.selectFrom('balance_targets').selectAll().where('dimension', '=', input.dimension).where('code', '=', input.code).executeTakeFirst();
    const values = {
      dimension: input.dimension,
      code: input.code,
      target_share: Math.round(input.targetPercent * 100) / 10000,
      tolerance: Math.round(input.tolerancePercent * 100) / 10000,
      set_by: who.actor?.userId ?? null,
      set_at: nowIso(),
    };
    if (before) await trx.updateTable('balance_targets').set(values).where('id', '=', before.id).execute();
    else await trx.insertInto('balance_targets').values(values).execute();
    await appendAudit(trx, who, { action: 'alignment.balance_target', entityType: 'balance_target', entityId: `${input.dimension}:${input.code}`, before: before ?? null, after: values });
    return values;
  });
}
