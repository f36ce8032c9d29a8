/**
 * The grants part of an alignment snapshot: funds with what is awarded and what has reached partners
 * (net of reversals after release and clawbacks, as ledger-state.ts totals it), and the awards not
 * cancelled whose partner is registered outside their programme's wards. The money is summed by the database from the running
 * totals per award, grouped by fund.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { SnapshotAward, SnapshotFund } from '../rules/snapshot';

export async function loadGrants(db: Kysely<DB>): Promise<{ funds: SnapshotFund[]; awards: SnapshotAward[] }> {
  const [funds, awards] = await Promise.all([loadFunds(db), loadAwards(db)]);
  return { funds, awards };
}

/** Every fund with what is awarded (awards not cancelled) and what has reached partners. */
export async function loadFunds(db: Kysely<DB>): Promise<SnapshotFund[]> {
  const [fundRows, awarded, released] = await Promise.all([
    db.selectFrom('funds').select(['id', 'programme_id', 'code', 'name', 'allocation_pence', 'end_date', 'zero_transaction_cost']).orderBy('code').execute(),
    db
      .selectFrom('awards')
      .select(['fund_id', sql<number>`sum(amount_pence)`.as('pence')])
      .where('status', '!=', 'cancelled')
      .groupBy('fund_id')
      .execute(),
    netReleasedByFund(db),
  ]);
  const awardedBy = new Map(awarded.map((r) => [r.fund_id, Number(r.pence)]));
  return fundRows.map((f) => ({
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
}

/** The awards not cancelled whose partner is registered in a ward outside their programme's wards. */
export async function loadAwards(db: Kysely<DB>): Promise<SnapshotAward[]> {
  // Only awards the geography rule can act on: the partner's ward is recorded, the programme lists
  // wards, and the ward is not one of them. The rule applies the same test again, so its findings
  // are the same as over every award; the database just saves reading the other 90%.
  const awardRows = await db
    .with('ward_programmes', (w) =>
      w.selectFrom('programme_areas as pa').innerJoin('areas as ward', 'ward.code', 'pa.area_code').select('pa.programme_id').distinct().where('ward.area_type', '=', 'ward'),
    )
    .with('ward_funds', (w) => w.selectFrom('funds as f').innerJoin('ward_programmes as wp', 'wp.programme_id', 'f.programme_id').select(['f.id', 'f.programme_id']))
    .selectFrom('ward_funds as wf')
    // CROSS JOIN fixes the order in SQLite: funds with ward programmes first, then their awards by index.
    .crossJoin('awards as a')
    .whereRef('a.fund_id', '=', 'wf.id')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .select(['a.id', 'a.fund_id', 'a.reference', 'a.partner_id', 'p.name as partner_name', 'p.ward_code', 'a.amount_pence'])
    .where('a.status', '!=', 'cancelled')
    .where('p.ward_code', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('programme_areas as pa')
            .innerJoin('areas as ward', 'ward.code', 'pa.area_code')
            .select('pa.area_code')
            .whereRef('pa.programme_id', '=', 'wf.programme_id')
            .whereRef('pa.area_code', '=', 'p.ward_code')
            .where('ward.area_type', '=', 'ward'),
        ),
      ),
    )
    .orderBy('a.id')
    .execute();
  return awardRows.map((a) => ({
    id: a.id,
    fundId: a.fund_id,
    reference: a.reference,
    partnerId: a.partner_id,
    partnerName: a.partner_name,
    partnerWardCode: a.ward_code,
    amountPence: a.amount_pence,
  }));
}

/**
 * Per fund: released − reversed after release − clawed back, from the running totals a trigger keeps
 * per award (award_ledger_totals; the invariant checker proves them equal to the ledger).
 */
export async function netReleasedByFund(db: Kysely<DB>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('award_ledger_totals')
    .select(['fund_id', sql<number>`sum(released_pence - reversed_after_release_pence - clawed_back_pence)`.as('pence')])
    .groupBy('fund_id')
    .execute();
  return new Map(rows.map((r) => [r.fund_id, Number(r.pence)]));
}
