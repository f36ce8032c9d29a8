import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { MoneyTotals } from './ledger-state';
import { transactionCostLine } from './transaction-cost';

/** A fund's money summed over its awards' running totals (award_ledger_totals, kept by triggers from the ledger). */
export interface FundMoney {
  awarded: number;
  recorded: number;
  pendingApproval: number;
  approved: number;
  released: number;
  releasedNet: number;
  reversed: number;
  reversedAfterRelease: number;
  reversedAfterReleaseNet: number;
  clawedBack: number;
  fees: number;
  partnersPaid: number;
}

const NONE: FundMoney = {
  awarded: 0,
  recorded: 0,
  pendingApproval: 0,
  approved: 0,
  released: 0,
  releasedNet: 0,
  reversed: 0,
  reversedAfterRelease: 0,
  reversedAfterReleaseNet: 0,
  clawedBack: 0,
  fees: 0,
  partnersPaid: 0,
};

/**
 * The money of the given funds in one grouped query over their awards and running totals (about 54
 * awards a fund at Greater Manchester scale), keyed by fund id; a fund without awards is absent.
 * Awarded counts awards that are not cancelled; every ledger figure counts every award, as the
 * ledger does. Partners paid: partners with at least one release (a release never leaves a total at 0).
 */
export async function fundMoney(db: Kysely<DB>, fundIds: readonly number[]): Promise<Map<number, FundMoney>> {
  if (!fundIds.length) return new Map();
  const rows = await fundMoneyQuery(db).where('a.fund_id', 'in', [...fundIds]).execute();
  return new Map(rows.map((r) => [r.fund_id, moneyOf(r)]));
}

/** The grouped query over awards and their running totals, for the funds a caller then picks. */
function fundMoneyQuery(db: Kysely<DB>) {
  return db
    .selectFrom('awards as a')
    .innerJoin('award_ledger_totals as t', 't.award_id', 'a.id')
    .groupBy('a.fund_id')
    .select((eb) => [
      'a.fund_id',
      eb.fn.sum<number>(eb.case().when('a.status', '!=', 'cancelled').then(eb.ref('a.amount_pence')).else(0).end()).as('awarded'),
      eb.fn.sum<number>('t.recorded_pence').as('recorded'),
      eb.fn.sum<number>('t.pending_approval_pence').as('pending_approval'),
      eb.fn.sum<number>('t.approved_pence').as('approved'),
      eb.fn.sum<number>('t.released_pence').as('released'),
      eb.fn.sum<number>('t.released_net_pence').as('released_net'),
      eb.fn.sum<number>('t.reversed_pence').as('reversed'),
      eb.fn.sum<number>('t.reversed_after_release_pence').as('reversed_after_release'),
      eb.fn.sum<number>('t.reversed_after_release_net_pence').as('reversed_after_release_net'),
      eb.fn.sum<number>('t.clawed_back_pence').as('clawed_back'),
      eb.fn.sum<number>('t.fees_pence').as('fees'),
      eb.fn.count<number>(eb.case().when('t.released_pence', '>', 0).then(eb.ref('a.partner_id')).end()).distinct().as('partners_paid'),
    ]);
}

type MoneyRow = Awaited<ReturnType<ReturnType<typeof fundMoneyQuery>['executeTakeFirstOrThrow']>>;

function moneyOf(r: MoneyRow): FundMoney {
  return {
    awarded: Number(r.awarded),
    recorded: Number(r.recorded),
    pendingApproval: Number(r.pending_approval),
    approved: Number(r.approved),
    released: Number(r.released),
    releasedNet: Number(r.released_net),
    reversed: Number(r.reversed),
    reversedAfterRelease: Number(r.reversed_after_release),
    reversedAfterReleaseNet: Number(r.reversed_after_release_net),
    clawedBack: Number(r.clawed_back),
    fees: Number(r.fees),
    partnersPaid: Number(r.partners_paid),
  };
}

/** The statement's figures (the definitions of ledger-state.ts) from a fund's summed running totals. */
export function statementOf(allocationPence: number, money: FundMoney = NONE) {
  const grossReleasedPence = money.released - money.reversedAfterRelease;
  const totals: MoneyTotals = {
    allocationPence,
    awardedPence: money.awarded,
    recordedPence: money.recorded,
    pendingApprovalPence: money.pendingApproval,
    approvedPence: money.approved,
    releasedPence: money.released,
    reversedPence: money.reversed,
    reversedAfterReleasePence: money.reversedAfterRelease,
    clawedBackPence: money.clawedBack,
    netReleasedPence: money.released - money.reversedAfterRelease - money.clawedBack,
    unallocatedPence: allocationPence - money.awarded,
    feesPence: money.fees,
    grossReleasedPence,
    netOfFeesReleasedPence: money.releasedNet - money.reversedAfterReleaseNet,
  };
  return { totals, partnersPaid: money.partnersPaid, transactionCostLine: transactionCostLine(totals.feesPence, grossReleasedPence, totals.netOfFeesReleasedPence) };
}
