import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Who sent a waiting entry back to its recorder, when and why. */
export interface ReturnNote {
  by: number;
  date: string;
  reason: string;
}

/** The state of each payment, derived only from the append-only ledger, its corrections and returns. */
export interface PaymentState {
  id: number;
  awardId: number;
  instalmentId: number;
  grossPence: number;
  feePence: number;
  netPence: number;
  date: string;
  reference: string;
  recordedBy: number;
  approvedBy: number | null;
  approvedOn: string | null;
  releasedBy: number | null;
  releasedOn: string | null;
  /** A reversal has been approved (or was recorded before reversals needed approval). */
  reversed: boolean;
  /** A reversal is recorded and waits for a second person: the payment is frozen until then. */
  reversalPending: boolean;
  returned: ReturnNote | null;
  stage: 'pending_approval' | 'approved' | 'released' | 'reversed' | 'returned';
}

/** A reversal or clawback recorded by one person; it counts only once a different person approves it. */
export interface CorrectionState {
  id: number;
  kind: 'reversal' | 'clawback';
  awardId: number;
  paymentId: number | null;
  amountPence: number;
  date: string;
  reason: string;
  recordedBy: number;
  recordedAt: string;
  approvedBy: number | null;
  approvedOn: string | null;
  returned: ReturnNote | null;
  stage: 'pending_approval' | 'approved' | 'returned';
}

export async function paymentStates(db: Kysely<DB>, filter: { awardIds?: number[]; fundId?: number } = {}): Promise<PaymentState[]> {
  let query = db.selectFrom('ledger_entries as e').innerJoin('awards as a', 'a.id', 'e.award_id').selectAll('e');
  if (filter.awardIds) query = query.where('e.award_id', 'in', filter.awardIds.length ? filter.awardIds : [-1]);
  if (filter.fundId !== undefined) query = query.where('a.fund_id', '=', filter.fundId);
  const [entries, returns, pendingReversals] = await Promise.all([
    query.orderBy('e.id').execute(),
    returnsFor(db, filter, 'payment'),
    correctionStates(db, filter).then((list) => new Set(list.filter((c) => c.kind === 'reversal' && c.stage === 'pending_approval').map((c) => c.paymentId))),
  ]);
  const payments = new Map<number, PaymentState>();
  for (const e of entries) {
    if (e.entry_type === 'payment') {
      payments.set(e.id, {
        id: e.id,
        awardId: e.award_id,
        instalmentId: e.instalment_id!,
        grossPence: e.gross_pence,
        feePence: e.fee_pence,
        netPence: e.net_pence,
        date: e.entry_date,
        reference: e.reference,
        recordedBy: e.actor_user_id,
        approvedBy: null,
        approvedOn: null,
        releasedBy: null,
        releasedOn: null,
        reversed: false,
        reversalPending: pendingReversals.has(e.id),
        returned: returns.get(e.id) ?? null,
        stage: 'pending_approval',
      });
      continue;
    }
    const payment = e.payment_id === null ? undefined : payments.get(e.payment_id);
    if (!payment) continue;
    if (e.entry_type === 'approval') Object.assign(payment, { approvedBy: e.actor_user_id, approvedOn: e.entry_date });
    if (e.entry_type === 'release') Object.assign(payment, { releasedBy: e.actor_user_id, releasedOn: e.entry_date });
    if (e.entry_type === 'reversal') payment.reversed = true;
  }
  for (const p of payments.values()) {
    p.stage = p.reversed ? 'reversed' : p.returned ? 'returned' : p.releasedBy !== null ? 'released' : p.approvedBy !== null ? 'approved' : 'pending_approval';
  }
  return [...payments.values()];
}

async function returnsFor(db: Kysely<DB>, filter: { awardIds?: number[]; fundId?: number }, target: 'payment' | 'correction'): Promise<Map<number, ReturnNote>> {
  const column = target === 'payment' ? 'r.payment_id' : 'r.correction_id';
  let query = db
    .selectFrom('ledger_returns as r')
    .leftJoin('ledger_entries as e', 'e.id', 'r.payment_id')
    .leftJoin('ledger_corrections as c', 'c.id', 'r.correction_id')
    .select([`${column} as target`, 'r.returned_by', 'r.return_date', 'r.reason'])
    .where(column, 'is not', null);
  const awardId = (eb: ExpressionBuilder<any, any>) => eb.fn.coalesce('e.award_id', 'c.award_id');
  if (filter.awardIds) query = query.where((eb) => eb(awardId(eb), 'in', filter.awardIds!.length ? filter.awardIds! : [-1]));
  if (filter.fundId !== undefined) query = query.where((eb) => eb(awardId(eb), 'in', db.selectFrom('awards').select('id').where('fund_id', '=', filter.fundId!)));
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.target!, { by: r.returned_by, date: r.return_date, reason: r.reason }]));
}

/** Every recorded reversal and clawback with its approval or return, oldest first. */
export async function correctionStates(db: Kysely<DB>, filter: { awardIds?: number[]; fundId?: number; ids?: number[] } = {}): Promise<CorrectionState[]> {
  let query = db
    .selectFrom('ledger_corrections as c')
    .leftJoin('ledger_entries as x', 'x.correction_id', 'c.id')
    .selectAll('c')
    .select(['x.actor_user_id as approved_by', 'x.entry_date as approved_on']);
  if (filter.awardIds) query = query.where('c.award_id', 'in', filter.awardIds.length ? filter.awardIds : [-1]);
  if (filter.ids) query = query.where('c.id', 'in', filter.ids.length ? filter.ids : [-1]);
  if (filter.fundId !== undefined) query = query.where('c.award_id', 'in', db.selectFrom('awards').select('id').where('fund_id', '=', filter.fundId));
  const [rows, returns] = await Promise.all([query.orderBy('c.id').execute(), returnsFor(db, filter, 'correction')]);
  return rows.map((c) => {
    const returned = returns.get(c.id) ?? null;
    return {
      id: c.id,
      kind: c.kind,
      awardId: c.award_id,
      paymentId: c.payment_id,
      amountPence: c.amount_pence,
      date: c.correction_date,
      reason: c.reason,
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at,
      approvedBy: c.approved_by ?? null,
      approvedOn: c.approved_on ?? null,
      returned,
      stage: c.approved_by !== null && c.approved_by !== undefined ? 'approved' : returned ? 'returned' : 'pending_approval',
    };
  });
}

/** Payments that still carry money: neither reversed nor returned. */
export function livePayments(payments: readonly PaymentState[]): PaymentState[] {
  return payments.filter((p) => !p.reversed && !p.returned);
}

export interface MoneyTotals {
  allocationPence: number;
  awardedPence: number;
  recordedPence: number;
  pendingApprovalPence: number;
  approvedPence: number;
  releasedPence: number;
  reversedPence: number;
  reversedAfterReleasePence: number;
  clawedBackPence: number;
  netReleasedPence: number;
  unallocatedPence: number;
  feesPence: number;
  grossReleasedPence: number;
  netOfFeesReleasedPence: number;
}
