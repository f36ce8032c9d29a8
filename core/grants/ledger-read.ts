import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { correctionStates, paymentStates, type CorrectionState, type ReturnNote } from './ledger-state';

/** The ledger of a fund in order, each entry with what it did to the released running total. */
export async function fundLedger(db: Kysely<DB>, fundId: number) {
  const entries = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .innerJoin('users as u', 'u.id', 'e.actor_user_id')
    .leftJoin('ledger_returns as r', 'r.payment_id', 'e.id')
    .select(['r.return_date as returned_on', 'r.reason as returned_reason'])
    .select(['e.id', 'e.entry_type', 'e.payment_id', 'e.gross_pence', 'e.fee_pence', 'e.net_pence', 'e.entry_date', 'e.reference', 'e.reason', 'e.recorded_at', 'a.reference as award_reference', 'a.id as award_id', 'p.name as partner_name', 'u.username'])
    .where('a.fund_id', '=', fundId)
    .orderBy('e.id')
    .execute();
  const paymentGross = new Map(entries.filter((e) => e.entry_type === 'payment').map((e) => [e.id, e.gross_pence]));
  const released = new Set<number>();
  let runningReleased = 0;
  return entries.map((e) => {
    let change = 0;
    if (e.entry_type === 'release' && e.payment_id !== null) {
      change = paymentGross.get(e.payment_id) ?? 0;
      released.add(e.payment_id);
    } else if (e.entry_type === 'reversal' && e.payment_id !== null && released.has(e.payment_id)) change = -e.gross_pence;
    else if (e.entry_type === 'clawback') change = -e.gross_pence;
    runningReleased += change;
    return {
      id: e.id,
      type: e.entry_type,
      paymentId: e.payment_id,
      awardId: e.award_id,
      awardReference: e.award_reference,
      partnerName: e.partner_name,
      grossPence: e.gross_pence,
      feePence: e.fee_pence,
      netPence: e.net_pence,
      date: e.entry_date,
      reference: e.reference,
      reason: e.reason,
      by: e.username,
      recordedAt: e.recorded_at,
      /** A payment an approver returned to its recorder: it never moved money. */
      returned: e.returned_on === null ? null : { date: e.returned_on, reason: e.returned_reason ?? '' },
      releasedChangePence: change,
      runningReleasedPence: runningReleased,
    };
  });
}

/** One entry waiting for a finance approver: a payment (to approve or release), a reversal or a clawback (to approve). */
export interface QueueRow {
  kind: 'payment' | 'reversal' | 'clawback';
  /** The payment's ledger id, or the correction's id for a reversal or clawback. */
  id: number;
  awardId: number;
  awardReference: string;
  partnerName: string;
  fundCode: string;
  /** The payment reference; for a reversal, the reference of the payment it reverses. */
  reference: string;
  date: string;
  grossPence: number;
  stage: 'pending_approval' | 'approved';
  /** For a payment waiting for release: when it was approved. */
  approvedOn: string | null;
  reason: string;
  recordedBy: number;
  recordedByUsername: string;
  recordedByName: string;
  recordedByViewer: boolean;
}

/** An entry the viewer recorded that an approver sent back, with why. */
export interface ReturnedRow {
  kind: 'payment' | 'reversal' | 'clawback';
  id: number;
  awardId: number;
  awardReference: string;
  partnerName: string;
  reference: string;
  date: string;
  grossPence: number;
  returnedOn: string;
  returnedByName: string;
  reason: string;
}

/**
 * What waits for a finance approver — payments to approve or release, reversals and clawbacks to
 * approve — with who recorded each (nobody may approve or release what they recorded); and what was
 * returned to the viewer, with the reason.
 */
export async function approvalsQueue(db: Kysely<DB>, viewerUserId: number): Promise<{ waiting: QueueRow[]; returnedToYou: ReturnedRow[] }> {
  const [payments, corrections] = await Promise.all([paymentStates(db), correctionStates(db)]);
  const waitingPayments = payments.filter((p) => (p.stage === 'pending_approval' || p.stage === 'approved') && !p.reversalPending);
  const waitingCorrections = corrections.filter((c) => c.stage === 'pending_approval');
  const returnedPayments = payments.filter((p) => p.stage === 'returned' && p.recordedBy === viewerUserId);
  const returnedCorrections = corrections.filter((c) => c.stage === 'returned' && c.recordedBy === viewerUserId);
  const awardIds = [...new Set([...waitingPayments, ...waitingCorrections, ...returnedPayments, ...returnedCorrections].map((e) => e.awardId))];
  if (!awardIds.length) return { waiting: [], returnedToYou: [] };
  const awards = await db
    .selectFrom('awards')
    .innerJoin('partners', 'partners.id', 'awards.partner_id')
    .innerJoin('funds', 'funds.id', 'awards.fund_id')
    .select(['awards.id', 'awards.reference', 'partners.name', 'funds.code as fund_code'])
    .where('awards.id', 'in', awardIds)
    .execute();
  const awardOf = new Map(awards.map((a) => [a.id, a]));
  const users = new Map((await db.selectFrom('users').select(['id', 'username', 'display_name']).execute()).map((u) => [u.id, u]));
  const paymentRef = new Map(payments.map((p) => [p.id, p.reference]));
  const common = (e: { awardId: number; recordedBy: number }) => {
    const award = awardOf.get(e.awardId)!;
    const user = users.get(e.recordedBy);
    return {
      awardId: e.awardId,
      awardReference: award.reference,
      partnerName: award.name,
      fundCode: award.fund_code,
      recordedBy: e.recordedBy,
      recordedByUsername: user?.username ?? '?',
      recordedByName: user?.display_name ?? '?',
      recordedByViewer: e.recordedBy === viewerUserId,
    };
  };
  const correctionReference = (c: CorrectionState) => (c.kind === 'reversal' ? (paymentRef.get(c.paymentId!) ?? '?') : 'Clawback');
  const waiting: QueueRow[] = [
    ...waitingPayments.map((p) => ({ kind: 'payment' as const, id: p.id, reference: p.reference, date: p.date, grossPence: p.grossPence, stage: p.stage as QueueRow['stage'], approvedOn: p.approvedOn, reason: '', ...common(p) })),
    ...waitingCorrections.map((c) => ({ kind: c.kind, id: c.id, reference: correctionReference(c), date: c.date, grossPence: c.amountPence, stage: 'pending_approval' as const, approvedOn: null, reason: c.reason, ...common(c) })),
  ];
  const returnedBy = (by: number) => users.get(by)?.display_name ?? '?';
  const returnedFields = (e: { awardId: number; returned: ReturnNote | null }) => {
    const award = awardOf.get(e.awardId)!;
    return { awardId: e.awardId, awardReference: award.reference, partnerName: award.name, returnedOn: e.returned!.date, returnedByName: returnedBy(e.returned!.by), reason: e.returned!.reason };
  };
  const returnedToYou: ReturnedRow[] = [
    ...returnedPayments.map((p) => ({ kind: 'payment' as const, id: p.id, reference: p.reference, date: p.date, grossPence: p.grossPence, ...returnedFields(p) })),
    ...returnedCorrections.map((c) => ({ kind: c.kind, id: c.id, reference: correctionReference(c), date: c.date, grossPence: c.amountPence, ...returnedFields(c) })),
  ];
  returnedToYou.sort((a, b) => (a.returnedOn < b.returnedOn ? 1 : a.returnedOn > b.returnedOn ? -1 : 0));
  return { waiting, returnedToYou };
}
