import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The state of each payment, derived only from the append-only ledger. */
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
  releasedBy: number | null;
  reversed: boolean;
  stage: 'pending_approval' | 'approved' | 'released' | 'reversed';
}

export async function paymentStates(db: Kysely<DB>, filter: { awardIds?: number[]; fundId?: number } = {}): Promise<PaymentState[]> {
  let query = db.selectFrom('ledger_entries as e').innerJoin('awards as a', 'a.id', 'e.award_id').selectAll('e');
  if (filter.awardIds) query = query.where('e.award_id', 'in', filter.awardIds.length ? filter.awardIds : [-1]);
  if (filter.fundId !== undefined) query = query.where('a.fund_id', '=', filter.fundId);
  const entries = await query.orderBy('e.id').execute();
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
        releasedBy: null,
        reversed: false,
        stage: 'pending_approval',
      });
      continue;
    }
    const payment = e.payment_id === null ? undefined : payments.get(e.payment_id);
    if (!payment) continue;
    if (e.entry_type === 'approval') payment.approvedBy = e.actor_user_id;
    if (e.entry_type === 'release') payment.releasedBy = e.actor_user_id;
    if (e.entry_type === 'reversal') payment.reversed = true;
  }
  for (const p of payments.values()) {
    p.stage = p.reversed ? 'reversed' : p.releasedBy !== null ? 'released' : p.approvedBy !== null ? 'approved' : 'pending_approval';
  }
  return [...payments.values()];
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

/** Totals for a set of awards, computed from the ledger (never typed in). */
export async function totalsFor(db: Kysely<DB>, awardIds: number[], allocationPence: number, awardedPence: number): Promise<MoneyTotals> {
  const payments = await paymentStates(db, { awardIds });
  const clawbacks = awardIds.length
    ? await db.selectFrom('ledger_entries').select(['gross_pence', 'fee_pence']).where('entry_type', '=', 'clawback').where('award_id', 'in', awardIds).execute()
    : [];
  const sum = (list: PaymentState[], pick: (p: PaymentState) => number = (p) => p.grossPence) => list.reduce((t, p) => t + pick(p), 0);
  const live = payments.filter((p) => !p.reversed);
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
    feesPence: sum(payments, (p) => p.feePence) + clawbacks.reduce((t, c) => t + c.fee_pence, 0),
    grossReleasedPence: sum(liveReleased),
    netOfFeesReleasedPence: sum(liveReleased, (p) => p.netPence),
  };
}
