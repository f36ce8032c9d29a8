import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { notFound } from '../shared/field-errors';
import { getIndicatorView } from './indicators-service';
import { latestRevision } from './observations-read';
import type { WithdrawObservationInput } from './schemas';

/**
 * Withdraws the current figure of a period: an append-only withdrawal row (the observation itself is
 * never changed). From then on the period has no figure — status, trend, the off-track list, the
 * alignment check and briefing packs skip it — until a new revision is recorded; the withdrawn
 * revision stays in the indicator's history with the reason, who and when.
 */
export async function withdrawObservation(db: Kysely<DB>, who: AuditActor, input: WithdrawObservationInput) {
  const indicator = await getIndicatorView(db, input.indicatorId);
  return db.transaction().execute(async (trx) => {
    const observation = await trx
      .selectFrom('observations')
      .select(['id', 'identity_id', 'period', 'area_code', 'revision', 'value', 'status'])
      .where('id', '=', input.observationId)
      .executeTakeFirst();
    if (!observation || observation.identity_id !== indicator.identityId) throw notFound('That observation');
    const latest = await latestRevision(trx, observation.identity_id, observation.period, observation.area_code);
    if (latest && latest.revision > observation.revision) {
      throw new TRPCError({ code: 'CONFLICT', message: `Revision ${observation.revision} of ${observation.period} has been replaced by revision ${latest.revision}; only the current figure can be withdrawn.` });
    }
    const already = await trx.selectFrom('observation_withdrawals').select('id').where('observation_id', '=', observation.id).executeTakeFirst();
    if (already) throw new TRPCError({ code: 'CONFLICT', message: `Revision ${observation.revision} of ${observation.period} has already been withdrawn.` });
    const withdrawal = await trx
      .insertInto('observation_withdrawals')
      .values({ observation_id: observation.id, reason: input.reason, withdrawn_at: nowIso(), withdrawn_by: who.actor?.userId ?? null })
      .returning(['id', 'withdrawn_at'])
      .executeTakeFirstOrThrow();
    const figure = { period: observation.period, areaCode: observation.area_code, value: observation.value, status: observation.status, revision: observation.revision };
    await appendAudit(trx, who, {
      action: 'observation.withdraw',
      entityType: 'indicator',
      entityId: indicator.id,
      before: figure,
      after: { ...figure, withdrawn: true, reason: input.reason },
    });
    return { id: withdrawal.id, withdrawnAt: withdrawal.withdrawn_at };
  });
}
