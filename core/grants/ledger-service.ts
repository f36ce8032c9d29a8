import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { notFound } from '../shared/field-errors';
import { formatPence } from '../shared/money';
import { once } from './idempotency';
import { paymentStates } from './ledger-state';
import { assertInvariants, refuse } from './money-errors';
import type { PaymentInput } from './schemas';

function actorId(who: AuditActor): number {
  if (!who.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return who.actor.userId;
}

async function awardAndFund(trx: Kysely<DB>, awardId: number) {
  const row = await trx
    .selectFrom('awards')
    .innerJoin('funds', 'funds.id', 'awards.fund_id')
    .select(['awards.id', 'awards.reference', 'awards.amount_pence', 'awards.status', 'awards.fund_id', 'funds.zero_transaction_cost'])
    .where('awards.id', '=', awardId)
    .executeTakeFirst();
  if (!row) throw notFound('That award');
  return row;
}

/** A finance officer records a payment against an instalment; it waits for a different person to approve it. */
export async function recordPayment(db: Kysely<DB>, who: AuditActor, input: PaymentInput) {
  const userId = actorId(who);
  const { idempotencyKey, ...payload } = input;
  const outcome = await db.transaction().execute((trx) =>
    once(trx, idempotencyKey, 'payment.record', userId, payload, async () => {
      const instalment = await trx.selectFrom('instalments').selectAll().where('id', '=', input.instalmentId).executeTakeFirst();
      if (!instalment) throw notFound('That instalment');
      const award = await awardAndFund(trx, instalment.award_id);
      if (award.status !== 'active') throw refuse(`Award ${award.reference} is ${award.status}; payments can only be made on an active award.`);
      if (award.zero_transaction_cost === 1 && input.feePence !== 0) throw refuse('This fund is zero-transaction-cost: a payment cannot carry a fee or deduction.');
      if (input.feePence > input.amountPence) throw refuse('The fee cannot be larger than the payment.');
      const live = (await paymentStates(trx, { awardIds: [award.id] })).filter((p) => !p.reversed);
      const awardTotal = live.reduce((t, p) => t + p.grossPence, 0) + input.amountPence;
      if (awardTotal > award.amount_pence) {
        throw refuse(`This payment would take the award ${formatPence(awardTotal - award.amount_pence)} over its total of ${formatPence(award.amount_pence)}.`);
      }
      const instalmentTotal = live.filter((p) => p.instalmentId === instalment.id).reduce((t, p) => t + p.grossPence, 0) + input.amountPence;
      if (instalmentTotal > instalment.amount_pence) {
        throw refuse(`This payment would take instalment ${instalment.sequence} ${formatPence(instalmentTotal - instalment.amount_pence)} over its ${formatPence(instalment.amount_pence)}.`);
      }
      const entry = await trx
        .insertInto('ledger_entries')
        .values({
          entry_type: 'payment',
          award_id: award.id,
          instalment_id: instalment.id,
          payment_id: null,
          gross_pence: input.amountPence,
          fee_pence: input.feePence,
          net_pence: input.amountPence - input.feePence,
          entry_date: input.paymentDate,
          reference: input.reference,
          actor_user_id: userId,
          recorded_at: nowIso(),
          idempotency_key: idempotencyKey,
          request_hash: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await assertInvariants(trx, { fundId: award.fund_id, awardId: award.id });
      await appendAudit(trx, who, { action: 'payment.record', entityType: 'payment', entityId: entry.id, after: { awardId: award.id, ...payload } });
      return { paymentId: entry.id };
    }),
  );
  return { ...outcome.result, replayed: outcome.replayed };
}

async function paymentFor(trx: Kysely<DB>, paymentId: number) {
  const payment = await trx.selectFrom('ledger_entries').selectAll().where('id', '=', paymentId).where('entry_type', '=', 'payment').executeTakeFirst();
  if (!payment) throw notFound('That payment');
  const [state] = (await paymentStates(trx, { awardIds: [payment.award_id] })).filter((p) => p.id === paymentId);
  return { payment, state: state! };
}

async function followUp(db: Kysely<DB>, who: AuditActor, paymentId: number, type: 'approval' | 'release' | 'reversal', date: string, reason: string) {
  const userId = actorId(who);
  return db.transaction().execute(async (trx) => {
    const { payment, state } = await paymentFor(trx, paymentId);
    if (state.reversed) throw refuse('This payment has been reversed; nothing more can happen to it.');
    if (type === 'approval') {
      if (payment.actor_user_id === userId) throw new TRPCError({ code: 'FORBIDDEN', message: 'You recorded this payment, so someone else must approve it.' });
      if (state.approvedBy !== null) throw refuse('This payment is already approved.');
    }
    if (type === 'release') {
      if (state.approvedBy === null) throw refuse('This payment must be approved before it is released.');
      if (state.releasedBy !== null) throw refuse('This payment has already been released.');
    }
    const award = await awardAndFund(trx, payment.award_id);
    const entry = await trx
      .insertInto('ledger_entries')
      .values({
        entry_type: type,
        award_id: payment.award_id,
        instalment_id: payment.instalment_id,
        payment_id: payment.id,
        gross_pence: type === 'reversal' ? payment.gross_pence : 0,
        fee_pence: type === 'reversal' ? payment.fee_pence : 0,
        net_pence: type === 'reversal' ? payment.net_pence : 0,
        entry_date: date,
        reason,
        actor_user_id: userId,
        recorded_at: nowIso(),
        idempotency_key: null,
        request_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await assertInvariants(trx, { fundId: award.fund_id, awardId: award.id });
    await appendAudit(trx, who, { action: `payment.${type === 'approval' ? 'approve' : type === 'release' ? 'release' : 'reverse'}`, entityType: 'payment', entityId: payment.id, before: { stage: state.stage }, after: { entryId: entry.id, date, reason: reason || undefined } });
    return { entryId: entry.id };
  });
}

export const approvePayment = (db: Kysely<DB>, who: AuditActor, paymentId: number, date: string) => followUp(db, who, paymentId, 'approval', date, '');
export const releasePayment = (db: Kysely<DB>, who: AuditActor, paymentId: number, date: string) => followUp(db, who, paymentId, 'release', date, '');
export const reversePayment = (db: Kysely<DB>, who: AuditActor, paymentId: number, date: string, reason: string) => followUp(db, who, paymentId, 'reversal', date, reason);

/** Money the partner repays: its own entry type, never more than was released to them on the award. */
export async function recordClawback(db: Kysely<DB>, who: AuditActor, awardId: number, amountPence: number, date: string, reason: string) {
  const userId = actorId(who);
  return db.transaction().execute(async (trx) => {
    const award = await awardAndFund(trx, awardId);
    const payments = (await paymentStates(trx, { awardIds: [awardId] })).filter((p) => p.stage === 'released');
    const released = payments.reduce((t, p) => t + p.grossPence, 0);
    const earlier = await trx.selectFrom('ledger_entries').select('gross_pence').where('entry_type', '=', 'clawback').where('award_id', '=', awardId).execute();
    const already = earlier.reduce((t, c) => t + c.gross_pence, 0);
    if (already + amountPence > released) {
      throw refuse(`Only ${formatPence(released - already)} of award ${award.reference} can be clawed back: ${formatPence(released)} was released and ${formatPence(already)} has been repaid already.`);
    }
    const entry = await trx
      .insertInto('ledger_entries')
      .values({ entry_type: 'clawback', award_id: awardId, instalment_id: null, payment_id: null, gross_pence: amountPence, fee_pence: 0, net_pence: amountPence, entry_date: date, reason, actor_user_id: userId, recorded_at: nowIso(), idempotency_key: null, request_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await assertInvariants(trx, { fundId: award.fund_id, awardId });
    await appendAudit(trx, who, { action: 'award.clawback', entityType: 'award', entityId: awardId, after: { entryId: entry.id, amountPence, date, reason } });
    return { entryId: entry.id };
  });
}
