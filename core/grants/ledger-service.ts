import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso, todayIso } from '../shared/clock';
import { longDate } from '../shared/calendar';
import { fieldError, notFound } from '../shared/field-errors';
import { formatPence } from '../shared/money';
import { once } from './idempotency';
import { correctionStates, livePayments, paymentStates, type CorrectionState, type PaymentState } from './ledger-state';
import { assertInvariants, refuse } from './money-errors';
import type { PaymentInput, ReturnInput } from './schemas';

function actorId(who: AuditActor): number {
  if (!who.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
  return who.actor.userId;
}

function forbidden(message: string): TRPCError {
  return new TRPCError({ code: 'FORBIDDEN', message });
}

/** A date field must not be in the future nor before the date it follows; refused on `field`, nothing written. */
function checkDate(field: string, date: string, notBefore: { date: string | null; what: string } | null): void {
  const today = todayIso();
  if (date > today) throw fieldError({ [field]: [`The date cannot be in the future (today is ${longDate(today)})`] });
  if (notBefore?.date && date < notBefore.date) throw fieldError({ [field]: [`The date cannot be before ${notBefore.what} (${longDate(notBefore.date)})`] });
}

async function awardAndFund(trx: Kysely<DB>, awardId: number) {
  const row = await trx
    .selectFrom('awards')
    .innerJoin('funds', 'funds.id', 'awards.fund_id')
    .select(['awards.id', 'awards.reference', 'awards.amount_pence', 'awards.status', 'awards.award_date', 'awards.fund_id', 'funds.zero_transaction_cost'])
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
      checkDate('paymentDate', input.paymentDate, { date: award.award_date, what: `the award date` });
      if (award.zero_transaction_cost === 1 && input.feePence !== 0) throw refuse('This fund is zero-transaction-cost: a payment cannot carry a fee or deduction.');
      if (input.feePence > input.amountPence) throw refuse('The fee cannot be larger than the payment.');
      const live = livePayments(await paymentStates(trx, { awardIds: [award.id] }));
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

/** A payment's state, with the states of every payment on its award. */
async function paymentWithAward(trx: Kysely<DB>, paymentId: number): Promise<{ state: PaymentState; onAward: PaymentState[] }> {
  const payment = await trx.selectFrom('ledger_entries').select(['award_id']).where('id', '=', paymentId).where('entry_type', '=', 'payment').executeTakeFirst();
  if (!payment) throw notFound('That payment');
  const onAward = await paymentStates(trx, { awardIds: [payment.award_id] });
  return { state: onAward.find((p) => p.id === paymentId)!, onAward };
}

async function paymentFor(trx: Kysely<DB>, paymentId: number): Promise<PaymentState> {
  return (await paymentWithAward(trx, paymentId)).state;
}

/** Why a payment cannot move on, or null when it can. */
function closedReason(state: PaymentState): string | null {
  if (state.reversed) return 'This payment has been reversed; nothing more can happen to it.';
  if (state.returned) return 'This payment was returned to the person who recorded it; it can no longer be approved or released.';
  if (state.reversalPending) return 'A reversal of this payment is waiting for approval; it cannot be approved or released meanwhile.';
  return null;
}

async function approveOrRelease(db: Kysely<DB>, who: AuditActor, paymentId: number, type: 'approval' | 'release', date: string) {
  const userId = actorId(who);
  return db.transaction().execute(async (trx) => {
    const state = await paymentFor(trx, paymentId);
    // By user id, whatever role the user holds now: the database refuses it too.
    if (state.recordedBy === userId) throw forbidden(`You recorded this payment, so someone else must ${type === 'approval' ? 'approve' : 'release'} it.`);
    const closed = closedReason(state);
    if (closed) throw refuse(closed);
    if (type === 'approval') {
      if (state.approvedBy !== null) throw refuse('This payment is already approved.');
      checkDate('date', date, { date: state.date, what: 'the payment date' });
    } else {
      if (state.approvedBy === null) throw refuse('This payment must be approved before it is released.');
      if (state.releasedBy !== null) throw refuse('This payment has already been released.');
      checkDate('date', date, { date: state.approvedOn, what: 'its approval' });
    }
    const award = await awardAndFund(trx, state.awardId);
    const entry = await trx
      .insertInto('ledger_entries')
      .values({
        entry_type: type,
        award_id: state.awardId,
        instalment_id: state.instalmentId,
        payment_id: state.id,
        gross_pence: 0,
        fee_pence: 0,
        net_pence: 0,
        entry_date: date,
        actor_user_id: userId,
        recorded_at: nowIso(),
        idempotency_key: null,
        request_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await assertInvariants(trx, { fundId: award.fund_id, awardId: award.id });
    await appendAudit(trx, who, { action: `payment.${type === 'approval' ? 'approve' : 'release'}`, entityType: 'payment', entityId: state.id, before: { stage: state.stage }, after: { entryId: entry.id, date } });
    return { entryId: entry.id };
  });
}

export const approvePayment = (db: Kysely<DB>, who: AuditActor, paymentId: number, date: string) => approveOrRelease(db, who, paymentId, 'approval', date);
export const releasePayment = (db: Kysely<DB>, who: AuditActor, paymentId: number, date: string) => approveOrRelease(db, who, paymentId, 'release', date);

async function insertCorrection(trx: Kysely<DB>, who: AuditActor, correction: { kind: 'reversal' | 'clawback'; awardId: number; paymentId: number | null; amountPence: number; date: string; reason: string }) {
  const userId = actorId(who);
  const row = await trx
    .insertInto('ledger_corrections')
    .values({
      kind: correction.kind,
      award_id: correction.awardId,
      payment_id: correction.paymentId,
      amount_pence: correction.amountPence,
      correction_date: correction.date,
      reason: correction.reason,
      recorded_by: userId,
      recorded_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, who, {
    action: correction.kind === 'reversal' ? 'payment.reverse' : 'award.clawback',
    entityType: correction.kind === 'reversal' ? 'payment' : 'award',
    entityId: correction.kind === 'reversal' ? correction.paymentId : correction.awardId,
    after: { correctionId: row.id, amountPence: correction.amountPence, date: correction.date, reason: correction.reason, stage: 'pending_approval' },
  });
  return { correctionId: row.id };
}

/**
 * Records a reversal of a whole payment. It waits for a different person to approve it; until then
 * it counts in no total and the payment can be neither approved nor released.
 */
export async function reversePayment(db: Kysely<DB>, who: AuditActor, paymentId: number, date: string, reason: string) {
  actorId(who);
  return db.transaction().execute(async (trx) => {
    const { state, onAward } = await paymentWithAward(trx, paymentId);
    const closed = closedReason(state);
    if (closed) throw refuse(closed);
    const latest = [state.date, state.approvedOn, state.releasedOn].filter((d): d is string => d !== null).sort().at(-1)!;
    checkDate('date', date, { date: latest, what: state.releasedOn ? 'its release' : state.approvedOn ? 'its approval' : 'the payment date' });
    if (state.releasedBy !== null) {
      // Money clawed back (or waiting to be) must stay within what is still released once this payment is reversed.
      const releasedAfter = livePayments(onAward)
        .filter((p) => p.stage === 'released' && p.id !== state.id)
        .reduce((t, p) => t + p.grossPence, 0);
      const clawedBack = await clawbackCommitments(trx, state.awardId);
      if (clawedBack > releasedAfter) {
        throw refuse(
          `This payment cannot be reversed: ${formatPence(clawedBack)} is clawed back or waiting to be on this award, and only ${formatPence(releasedAfter)} would remain released. Settle the clawback first.`,
        );
      }
    }
    return insertCorrection(trx, who, { kind: 'reversal', awardId: state.awardId, paymentId: state.id, amountPence: state.grossPence, date, reason });
  });
}

/** Clawbacks on an award that count (approved) or may soon count (waiting for approval). */
async function clawbackCommitments(trx: Kysely<DB>, awardId: number): Promise<number> {
  const approved = await trx.selectFrom('ledger_entries').select('gross_pence').where('entry_type', '=', 'clawback').where('award_id', '=', awardId).execute();
  const waiting = (await correctionStates(trx, { awardIds: [awardId] })).filter((c) => c.kind === 'clawback' && c.stage === 'pending_approval');
  return approved.reduce((t, c) => t + c.gross_pence, 0) + waiting.reduce((t, c) => t + c.amountPence, 0);
}

/**
 * Records money the partner repays. Never more than was released on the award, counting clawbacks
 * already approved and those still waiting; it counts once a different person approves it.
 */
export async function recordClawback(db: Kysely<DB>, who: AuditActor, awardId: number, amountPence: number, date: string, reason: string) {
  actorId(who);
  return db.transaction().execute(async (trx) => {
    const award = await awardAndFund(trx, awardId);
    const released = livePayments(await paymentStates(trx, { awardIds: [awardId] })).filter((p) => p.stage === 'released');
    if (!released.length) throw refuse(`Nothing has been released on award ${award.reference}, so there is nothing to claw back.`);
    const releasedPence = released.reduce((t, p) => t + p.grossPence, 0);
    const firstRelease = released.map((p) => p.releasedOn!).sort()[0]!;
    checkDate('date', date, { date: firstRelease, what: 'the first release on this award' });
    const already = await clawbackCommitments(trx, awardId);
    if (already + amountPence > releasedPence) {
      throw refuse(
        `Only ${formatPence(Math.max(0, releasedPence - already))} of award ${award.reference} can be clawed back: ${formatPence(releasedPence)} was released and ${formatPence(already)} is repaid already or waiting for approval.`,
      );
    }
    return insertCorrection(trx, who, { kind: 'clawback', awardId, paymentId: null, amountPence, date, reason });
  });
}

async function correctionFor(trx: Kysely<DB>, correctionId: number): Promise<CorrectionState> {
  const [state] = await correctionStates(trx, { ids: [correctionId] });
  if (!state) throw notFound('That reversal or clawback');
  return state;
}

/** A different person approves a recorded reversal or clawback: only now does it enter the ledger and count. */
export async function approveCorrection(db: Kysely<DB>, who: AuditActor, correctionId: number, date: string) {
  const userId = actorId(who);
  return db.transaction().execute(async (trx) => {
    const correction = await correctionFor(trx, correctionId);
    const noun = correction.kind === 'reversal' ? 'reversal' : 'clawback';
    if (correction.recordedBy === userId) throw forbidden(`You recorded this ${noun}, so someone else must approve it.`);
    if (correction.stage === 'approved') throw refuse(`This ${noun} is already approved.`);
    if (correction.stage === 'returned') throw refuse(`This ${noun} was returned to the person who recorded it; it can no longer be approved.`);
    checkDate('date', date, { date: correction.date, what: `the ${noun}'s date` });
    const award = await awardAndFund(trx, correction.awardId);
    let money = { instalment_id: null as number | null, gross_pence: correction.amountPence, fee_pence: 0, net_pence: correction.amountPence };
    if (correction.kind === 'reversal') {
      const payment = await paymentFor(trx, correction.paymentId!);
      money = { instalment_id: payment.instalmentId, gross_pence: payment.grossPence, fee_pence: payment.feePence, net_pence: payment.netPence };
    }
    const entry = await trx
      .insertInto('ledger_entries')
      .values({
        entry_type: correction.kind,
        award_id: correction.awardId,
        payment_id: correction.paymentId,
        ...money,
        entry_date: date,
        reason: correction.reason,
        actor_user_id: userId,
        recorded_at: nowIso(),
        idempotency_key: null,
        request_hash: null,
        correction_id: correction.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await assertInvariants(trx, { fundId: award.fund_id, awardId: award.id });
    await appendAudit(trx, who, {
      action: correction.kind === 'reversal' ? 'payment.reversal_approve' : 'award.clawback_approve',
      entityType: correction.kind === 'reversal' ? 'payment' : 'award',
      entityId: correction.kind === 'reversal' ? correction.paymentId : correction.awardId,
      before: { correctionId: correction.id, stage: correction.stage },
      after: { correctionId: correction.id, entryId: entry.id, date, stage: 'approved' },
    });
    return { entryId: entry.id };
  });
}

/**
 * An approver sends a waiting payment, reversal or clawback back to the person who recorded it, with
 * a reason. It leaves the queue, stays in the history as returned and counts in no total.
 */
export async function returnEntry(db: Kysely<DB>, who: AuditActor, input: ReturnInput) {
  const userId = actorId(who);
  return db.transaction().execute(async (trx) => {
    let recordedBy: number;
    let entryDate: string;
    let awardId: number;
    let noun: string;
    if (input.kind === 'payment') {
      const state = await paymentFor(trx, input.id);
      const closed = closedReason(state);
      if (closed) throw refuse(closed);
      if (state.releasedBy !== null) throw refuse('This payment has been released; correct it with a reversal or a clawback instead.');
      ({ recordedBy, date: entryDate, awardId } = state);
      noun = 'payment';
    } else {
      const state = await correctionFor(trx, input.id);
      noun = state.kind;
      if (state.stage !== 'pending_approval') throw refuse(`This ${noun} is ${state.stage === 'approved' ? 'already approved' : 'already returned'}.`);
      ({ recordedBy, date: entryDate, awardId } = state);
    }
    if (recordedBy === userId) throw forbidden(`You recorded this ${noun}; only someone else can return it to you.`);
    checkDate('date', input.date, { date: entryDate, what: `the ${noun}'s date` });
    await trx
      .insertInto('ledger_returns')
      .values({
        payment_id: input.kind === 'payment' ? input.id : null,
        correction_id: input.kind === 'correction' ? input.id : null,
        return_date: input.date,
        reason: input.reason,
        returned_by: userId,
        recorded_at: nowIso(),
      })
      .execute();
    const award = await awardAndFund(trx, awardId);
    await assertInvariants(trx, { fundId: award.fund_id, awardId });
    await appendAudit(trx, who, {
      action: 'ledger.return',
      entityType: input.kind === 'payment' ? 'payment' : 'correction',
      entityId: input.id,
      after: { kind: noun, date: input.date, reason: input.reason, returnedTo: recordedBy },
    });
    return { returned: true as const };
  });
}
