/**
 * The grants read model as it was before issue 10, kept as a test oracle: every figure derived in
 * JavaScript from every payment's state (core/grants/ledger-state.ts). The services now read running
 * totals and the waiting entries kept by triggers (migration 0012); tests compare the two on every
 * fund, award and state change. Not used by the app: it reads the whole ledger.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { getFund } from '../../../core/grants/funds-service';
import { correctionStates, livePayments, paymentStates, type CorrectionState, type MoneyTotals, type PaymentState, type ReturnNote } from '../../../core/grants/ledger-state';
import type { QueueRow, ReturnedRow } from '../../../core/grants/ledger-read';
import { transactionCostLine } from '../../../core/grants/transaction-cost';

/** Totals for a set of awards, computed from the ledger (never typed in). */
export async function oracleTotalsFor(db: Kysely<DB>, awardIds: number[], allocationPence: number, awardedPence: number): Promise<MoneyTotals> {
  const payments = await paymentStates(db, { awardIds });
  const clawbacks = awardIds.length
    ? await db.selectFrom('ledger_entries').select(['gross_pence', 'fee_pence']).where('entry_type', '=', 'clawback').where('award_id', 'in', awardIds).execute()
    : [];
  const sum = (list: PaymentState[], pick: (p: PaymentState) => number = (p) => p.grossPence) => list.reduce((t, p) => t + pick(p), 0);
  const live = livePayments(payments);
  const released = payments.filter((p) => p.releasedBy !== null);
  const reversedAfterRelease = released.filter((p) => p.reversed);
  const clawedBackPence = clawbacks.reduce((t, c) => t + c.gross_pence, 0);
  const liveReleased = released.filter((p) => !p.reversed);
  return {
    allocationPence,
    awardedPence,
    recordedPence: sum(live),
    pendingApprovalPence: sum(live.filter((p) => p.stage === 'pending_approval')),
    approvedPence: sum(live.filter((p) => p.stage === 'approved')),
    releasedPence: sum(released),
    reversedPence: sum(payments.filter((p) => p.reversed)),
    reversedAfterReleasePence: sum(reversedAfterRelease),
    clawedBackPence,
    netReleasedPence: sum(released) - sum(reversedAfterRelease) - clawedBackPence,
    unallocatedPence: allocationPence - awardedPence,
    feesPence: sum(payments.filter((p) => !p.returned), (p) => p.feePence) + clawbacks.reduce((t, c) => t + c.fee_pence, 0),
    grossReleasedPence: sum(liveReleased),
    netOfFeesReleasedPence: sum(liveReleased, (p) => p.netPence),
  };
}

/** The fund statement, every figure computed from awards and the ledger. */
export async function oracleFundStatement(db: Kysely<DB>, fundId: number) {
  const fund = await db.selectFrom('funds').selectAll().where('id', '=', fundId).executeTakeFirstOrThrow();
  const awards = await db.selectFrom('awards').select(['id', 'amount_pence', 'status']).where('fund_id', '=', fundId).execute();
  const awarded = awards.filter((a) => a.status !== 'cancelled').reduce((t, a) => t + a.amount_pence, 0);
  const totals = await oracleTotalsFor(db, awards.map((a) => a.id), fund.allocation_pence, awarded);
  const costLine = transactionCostLine(totals.feesPence, totals.grossReleasedPence, totals.netOfFeesReleasedPence);
  return { fund: await getFund(db, fundId), totals, partnersPaid: await partnersPaid(db, fundId), transactionCostLine: costLine };
}
async function partnersPaid(db: Kysely<DB>, fundId: number): Promise<number> {
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .select('a.partner_id')
    .distinct()
    .where('a.fund_id', '=', fundId)
    .where('e.entry_type', '=', 'release')
    .execute();
  return rows.length;
}

export async function oracleListAwards(db: Kysely<DB>, fundId: number | null) {
  let query = db
    .selectFrom('awards')
    .innerJoin('partners', 'partners.id', 'awards.partner_id')
    .select(['awards.id', 'awards.reference', 'awards.title', 'awards.amount_pence', 'awards.status', 'awards.fund_id', 'awards.partner_id', 'partners.name as partner_name']);
  if (fundId !== null) query = query.where('awards.fund_id', '=', fundId);
  const rows = await query.orderBy('awards.reference').execute();
  const payments = await paymentStates(db, { awardIds: rows.map((r) => r.id) });
  return rows.map((r) => {
    const own = livePayments(payments).filter((p) => p.awardId === r.id);
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      amountPence: r.amount_pence,
      status: r.status,
      fundId: r.fund_id,
      releasedPence: own.filter((p) => p.stage === 'released').reduce((t, p) => t + p.grossPence, 0),
      recordedPence: own.reduce((t, p) => t + p.grossPence, 0),
    };
  });
}


/** The ledger of a fund in order, each entry with what it did to the released running total. */
export async function oracleFundLedger(db: Kysely<DB>, fundId: number) {
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


/**
 * What waits for a finance approver — payments to approve or release, reversals and clawbacks to
 * approve — with who recorded each (nobody may approve or release what they recorded); and what was
 * returned to the viewer, with the reason.
 */
export async function oracleApprovalsQueue(db: Kysely<DB>, viewerUserId: number): Promise<{ waiting: QueueRow[]; returnedToYou: ReturnedRow[] }> {
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
