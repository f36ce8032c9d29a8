import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatPence } from '../shared/money';
import { livePayments, paymentStates, type PaymentState } from './ledger-state';
import { awardDateViolations } from './date-invariants';

/** What award_ledger_totals should hold for one award, derived from its payment states and clawbacks. */
function ledgerTotalsOf(payments: PaymentState[], clawbacks: Array<{ gross_pence: number; fee_pence: number }>) {
  const released = payments.filter((p) => p.releasedBy !== null);
  const live = livePayments(payments);
  const reversedAfter = released.filter((p) => p.reversed);
  const sum = (list: PaymentState[], pick: (p: PaymentState) => number) => list.reduce((t, p) => t + pick(p), 0);
  return {
    released_pence: sum(released, (p) => p.grossPence),
    released_net_pence: sum(released, (p) => p.netPence),
    reversed_after_release_pence: sum(reversedAfter, (p) => p.grossPence),
    reversed_after_release_net_pence: sum(reversedAfter, (p) => p.netPence),
    clawed_back_pence: clawbacks.reduce((t, c) => t + c.gross_pence, 0),
    fees_pence: sum(payments.filter((p) => !p.returned), (p) => p.feePence) + clawbacks.reduce((t, c) => t + c.fee_pence, 0),
    recorded_pence: sum(live, (p) => p.grossPence),
    pending_approval_pence: sum(live.filter((p) => p.stage === 'pending_approval'), (p) => p.grossPence),
    approved_pence: sum(live.filter((p) => p.stage === 'approved'), (p) => p.grossPence),
    reversed_pence: sum(payments.filter((p) => p.reversed), (p) => p.grossPence),
  };
}

export interface Violation {
  rule: string;
  message: string;
  fundId?: number;
  awardId?: number;
}

/**
 * Re-checks every money rule from the stored data: released ≤ awarded ≤ allocated, instalments sum to
 * their award, payments stay within their instalment, clawback never exceeds what was released, and a
 * zero-transaction-cost fund carries no fee anywhere and pays gross = net, and each award's running
 * totals (award_ledger_totals, kept by a trigger) equal its ledger; and the date rules for funds,
 * awards and instalments (date-invariants.ts; `dateRules: false` leaves them out). Run inside each
 * write's transaction (any violation rolls the write back) and on demand.
 */
export async function checkInvariants(db: Kysely<DB>, scope: { fundId?: number; awardId?: number } = {}, options: { dateRules?: boolean } = {}): Promise<Violation[]> {
  let fundsQuery = db.selectFrom('funds').selectAll();
  if (scope.fundId !== undefined) fundsQuery = fundsQuery.where('id', '=', scope.fundId);
  const funds = await fundsQuery.execute();
  const violations: Violation[] = [];
  for (const fund of funds) {
    const awardedRow = await db
      .selectFrom('awards')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_pence'), eb.lit(0)).as('total'))
      .where('fund_id', '=', fund.id)
      .where('status', '!=', 'cancelled')
      .executeTakeFirstOrThrow();
    const awarded = Number(awardedRow.total);
    // A write checks only the award it touched (plus the fund's totals); an on-demand check reads everything.
    let awardsQuery = db.selectFrom('awards').selectAll().where('fund_id', '=', fund.id);
    if (scope.awardId !== undefined) awardsQuery = awardsQuery.where('id', '=', scope.awardId);
    const awards = await awardsQuery.execute();
    if (awarded > fund.allocation_pence) {
      violations.push({ rule: 'awarded_within_allocation', fundId: fund.id, message: `Fund ${fund.code} has ${formatPence(awarded)} awarded against an allocation of ${formatPence(fund.allocation_pence)}` });
    }
    const payments = await paymentStates(db, scope.awardId !== undefined ? { awardIds: [scope.awardId] } : { fundId: fund.id });
    const instalments = awards.length ? await db.selectFrom('instalments').selectAll().where('award_id', 'in', awards.map((a) => a.id)).execute() : [];
    const clawbacks = awards.length
      ? await db.selectFrom('ledger_entries').select(['award_id', 'gross_pence', 'fee_pence', 'net_pence']).where('entry_type', '=', 'clawback').where('award_id', 'in', awards.map((a) => a.id)).execute()
      : [];
    const totals = awards.length ? await db.selectFrom('award_ledger_totals').selectAll().where('award_id', 'in', awards.map((a) => a.id)).execute() : [];
    for (const award of awards) {
      const kept = totals.find((t) => t.award_id === award.id);
      const derived = ledgerTotalsOf(payments.filter((p) => p.awardId === award.id), clawbacks.filter((c) => c.award_id === award.id));
      if (!kept || (Object.keys(derived) as Array<keyof typeof derived>).some((k) => kept[k] !== derived[k])) {
        violations.push({ rule: 'ledger_totals_match', fundId: fund.id, awardId: award.id, message: `Award ${award.reference}'s running totals do not match its ledger entries` });
      }
      const own = livePayments(payments).filter((p) => p.awardId === award.id);
      const committed = own.reduce((t, p) => t + p.grossPence, 0);
      if (committed > award.amount_pence) {
        violations.push({ rule: 'paid_within_award', fundId: fund.id, awardId: award.id, message: `Award ${award.reference} has ${formatPence(committed)} of payments against its total of ${formatPence(award.amount_pence)}` });
      }
      const schedule = instalments.filter((i) => i.award_id === award.id);
      const scheduled = schedule.reduce((t, i) => t + i.amount_pence, 0);
      if (scheduled !== award.amount_pence) {
        violations.push({ rule: 'instalments_sum_to_award', fundId: fund.id, awardId: award.id, message: `Award ${award.reference}'s instalments add up to ${formatPence(scheduled)}, not its ${formatPence(award.amount_pence)}` });
      }
      for (const instalment of schedule) {
        const paid = own.filter((p) => p.instalmentId === instalment.id).reduce((t, p) => t + p.grossPence, 0);
        if (paid > instalment.amount_pence) {
          violations.push({ rule: 'paid_within_instalment', fundId: fund.id, awardId: award.id, message: `Instalment ${instalment.sequence} of award ${award.reference} has ${formatPence(paid)} of payments against ${formatPence(instalment.amount_pence)}` });
        }
      }
      const released = own.filter((p) => p.releasedBy !== null).reduce((t, p) => t + p.grossPence, 0);
      const clawedBack = clawbacks.filter((c) => c.award_id === award.id).reduce((t, c) => t + c.gross_pence, 0);
      if (clawedBack > released) {
        violations.push({ rule: 'clawback_within_released', fundId: fund.id, awardId: award.id, message: `Award ${award.reference} has ${formatPence(clawedBack)} clawed back but only ${formatPence(released)} released` });
      }
    }
    if (fund.zero_transaction_cost === 1) {
      const withFees = payments.filter((p) => p.feePence !== 0 || p.grossPence !== p.netPence).length + clawbacks.filter((c) => c.fee_pence !== 0).length;
      if (withFees) violations.push({ rule: 'zero_transaction_cost', fundId: fund.id, message: `Fund ${fund.code} is zero-transaction-cost but ${withFees} ledger entries carry a fee or a deduction` });
    }
  }
  if (options.dateRules !== false) violations.push(...(await awardDateViolations(db, scope)));
  return violations;
}

/**
 * Rows that were valid when written but break a rule added later (reversals and clawbacks that count
 * without a second person's approval, dates out of order). They are reported, never deleted or
 * rewritten, and they do not block new writes.
 */
export async function checkRuleExceptions(db: Kysely<DB>): Promise<Violation[]> {
  const exceptions: Violation[] = [];
  const unapproved = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .select(['e.id', 'e.entry_type', 'e.gross_pence', 'e.entry_date', 'a.id as award_id', 'a.fund_id', 'a.reference'])
    .where('e.entry_type', 'in', ['reversal', 'clawback'])
    .where('e.correction_id', 'is', null)
    .orderBy('e.id')
    .execute();
  for (const e of unapproved) {
    exceptions.push({
      rule: 'correction_without_second_person',
      fundId: e.fund_id,
      awardId: e.award_id,
      message: `The ${e.entry_type} of ${formatPence(e.gross_pence)} on award ${e.reference} (ledger entry ${e.id}, ${e.entry_date}) was recorded before reversals and clawbacks needed a second person's approval; it counts without one`,
    });
  }
  const outOfOrder = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .leftJoin('ledger_entries as p', 'p.id', 'e.payment_id')
    .select(['e.id', 'e.entry_type', 'e.entry_date', 'p.entry_date as payment_date', 'a.award_date', 'a.id as award_id', 'a.fund_id', 'a.reference'])
    .where((eb) =>
      eb.or([
        eb.and([eb('e.entry_type', '=', 'payment'), eb('e.entry_date', '<', eb.ref('a.award_date'))]),
        eb.and([eb('e.entry_type', 'in', ['approval', 'release', 'reversal']), eb('e.entry_date', '<', eb.ref('p.entry_date'))]),
      ]),
    )
    .orderBy('e.id')
    .execute();
  for (const e of outOfOrder) {
    const before = e.entry_type === 'payment' ? `its award date ${e.award_date}` : `its payment's date ${e.payment_date ?? '?'}`;
    exceptions.push({
      rule: 'ledger_dates_in_order',
      fundId: e.fund_id,
      awardId: e.award_id,
      message: `The ${e.entry_type} on award ${e.reference} (ledger entry ${e.id}) is dated ${e.entry_date}, before ${before}`,
    });
  }
  return exceptions;
}
