/**
 * The grants part of an alignment snapshot: funds with what is awarded and what has reached partners
 * (net of reversals after release and clawbacks, as ledger-state.ts totals it), and every award that
 * is not cancelled with its partner's ward. The money is summed by the database: one pass over the
 * ledger, grouped by fund.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { SnapshotAward, SnapshotFund } from '../rules/snapshot';

export async function loadGrants(db: Kysely<DB>): Promise<{ funds: SnapshotFund[]; awards: SnapshotAward[] }> {
  const [fundRows, awarded, released, awardRows] = await Promise.all([
    db.selectFrom('funds').select(['id', 'programme_id', 'code', 'name', 'allocation_pence', 'end_date', 'zero_transaction_cost']).orderBy('code').execute(),
    db
      .selectFrom('awards')
      .select(['fund_id', sql<number>`sum(amount_pence)`.as('pence')])
      .where('status', '!=', 'cancelled')
      .groupBy('fund_id')
      .execute(),
    netReleasedByFund(db),
    db
      .selectFrom('awards as a')
      .innerJoin('partners as p', 'p.id', 'a.partner_id')
      .select(['a.id', 'a.fund_id', 'a.reference', 'a.partner_id', 'p.name as partner_name', 'p.ward_code', 'a.amount_pence'])
      .where('a.status', '!=', 'cancelled')
      .orderBy('a.id')
      .execute(),
  ]);
  const awardedBy = new Map(awarded.map((r) => [r.fund_id, Number(r.pence)]));
  const funds: SnapshotFund[] = fundRows.map((f) => ({
    id: f.id,
    programmeId: f.programme_id,
    code: f.code,
    name: f.name,
    allocationPence: f.allocation_pence,
    endDate: f.end_date,
    zeroTransactionCost: f.zero_transaction_cost === 1,
    awardedPence: awardedBy.get(f.id) ?? 0,
    netReleasedPence: released.get(f.id) ?? 0,
  }));
  const awards: SnapshotAward[] = awardRows.map((a) => ({
    id: a.id,
    fundId: a.fund_id,
    reference: a.reference,
    partnerId: a.partner_id,
    partnerName: a.partner_name,
    partnerWardCode: a.ward_code,
    amountPence: a.amount_pence,
  }));
  return { funds, awards };
}

/**
 * Per fund: released payments' gross, less those reversed after release, less clawbacks. A release
 * or reversal entry points at its payment; the payment carries the gross. A reversal counts here only
 * when its payment was released (reversing an unreleased payment never moved money).
 */
export async function netReleasedByFund(db: Kysely<DB>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .leftJoin('ledger_entries as p', 'p.id', 'e.payment_id')
    .select([
      'a.fund_id',
      sql<number>`sum(case
        when e.entry_type = 'release' then p.gross_pence
        when e.entry_type = 'reversal' and exists (select 1 from ledger_entries r where r.payment_id = e.payment_id and r.entry_type = 'release') then -p.gross_pence
        when e.entry_type = 'clawback' then -e.gross_pence
        else 0 end)`.as('pence'),
    ])
    .where('e.entry_type', 'in', ['release', 'reversal', 'clawback'])
    .groupBy('a.fund_id')
    .execute();
  return new Map(rows.map((r) => [r.fund_id, Number(r.pence)]));
}
