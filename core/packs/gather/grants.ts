/**
 * Grants figures for a pack, summed by the database in one pass per measure (no per-fund loops):
 * to-date money from the running totals per award (award_ledger_totals), money in the period from
 * the dated ledger entries. Definitions as the fund statement's (ledger-state.ts): net released =
 * released − reversed after release − clawed back; fees over payments and clawbacks.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { PackFund, PackGrants, PackPeriod } from '../data';

/** Net money that reached partners, one signed row per release, reversal-after-release and clawback. */
function netMovements(db: Kysely<DB>) {
  return db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .leftJoin('ledger_entries as p', 'p.id', 'e.payment_id')
    .where('e.entry_type', 'in', ['release', 'reversal', 'clawback'])
    .select([
      'a.partner_id',
      'e.entry_date',
      sql<number>`case
        when e.entry_type = 'release' then p.gross_pence
        when e.entry_type = 'reversal' and exists (select 1 from ledger_entries r where r.payment_id = e.payment_id and r.entry_type = 'release') then -p.gross_pence
        when e.entry_type = 'clawback' then -e.gross_pence
        else 0 end`.as('pence'),
    ]);
}

export async function gatherGrants(db: Kysely<DB>, period: PackPeriod): Promise<PackGrants> {
  // Net released to date per award, with its partner and the partner's ward.
  const totals = db
    .selectFrom('award_ledger_totals as t')
    .innerJoin('awards as a', 'a.id', 't.award_id')
    .innerJoin('partners as partner', 'partner.id', 'a.partner_id')
    .select(['a.partner_id', 'partner.ward_code', sql<number>`t.released_pence - t.reversed_after_release_pence - t.clawed_back_pence`.as('net')]);
  const [funds, awarded, money, inPeriod, paid, paidInPeriod, wards] = await Promise.all([
    db
      .selectFrom('funds as f')
      .innerJoin('programmes as p', 'p.id', 'f.programme_id')
      .select(['f.id', 'f.code', 'f.name', 'p.code as programme_code', 'f.zero_transaction_cost', 'f.allocation_pence'])
      .orderBy('f.code')
      .execute(),
    db.selectFrom('awards').select(['fund_id', sql<number>`sum(amount_pence)`.as('pence')]).where('status', '!=', 'cancelled').groupBy('fund_id').execute(),
    db
      .selectFrom('award_ledger_totals as t')
      .select([
        't.fund_id',
        sql<number>`sum(t.released_pence - t.reversed_after_release_pence - t.clawed_back_pence)`.as('net'),
        sql<number>`sum(t.released_pence - t.reversed_after_release_pence)`.as('gross'),
        sql<number>`sum(t.released_net_pence - t.reversed_after_release_net_pence)`.as('net_of_fees'),
        sql<number>`sum(t.fees_pence)`.as('fees'),
      ])
      .groupBy('t.fund_id')
      .execute(),
    db
      .selectFrom(netMovements(db).as('m'))
      .select(sql<number>`coalesce(sum(m.pence), 0)`.as('pence'))
      .where('m.entry_date', '>=', period.start)
      .where('m.entry_date', '<=', period.end)
      .executeTakeFirstOrThrow(),
    db.selectFrom(totals.as('m')).select('m.partner_id').groupBy('m.partner_id').having(sql`sum(m.net)`, '>', 0).execute(),
    db
      .selectFrom(netMovements(db).as('m'))
      .select('m.partner_id')
      .where('m.entry_date', '>=', period.start)
      .where('m.entry_date', '<=', period.end)
      .groupBy('m.partner_id')
      .having(sql`sum(m.pence)`, '>', 0)
      .execute(),
    db
      .selectFrom(totals.as('m'))
      .leftJoin('areas as w', 'w.code', 'm.ward_code')
      .select(['m.ward_code', 'w.name', sql<number>`sum(m.net)`.as('pence'), sql<number>`count(distinct case when m.net > 0 then m.partner_id end)`.as('organisations')])
      .groupBy(['m.ward_code', 'w.name'])
      .execute(),
  ]);
  const by = <T extends { fund_id: number }>(rows: T[], pick: (r: T) => number) => new Map(rows.map((r) => [r.fund_id, Number(pick(r))]));
  const awardedBy = by(awarded, (r) => r.pence);
  const grossBy = by(money, (r) => r.gross);
  const netOfFeesBy = by(money, (r) => r.net_of_fees);
  const feesBy = by(money, (r) => r.fees);
  const netBy = by(money, (r) => r.net);
  const packFunds: PackFund[] = funds.map((f) => ({
    code: f.code,
    name: f.name,
    programmeCode: f.programme_code,
    zeroTransactionCost: f.zero_transaction_cost === 1,
    allocationPence: f.allocation_pence,
    awardedPence: awardedBy.get(f.id) ?? 0,
    netReleasedPence: netBy.get(f.id) ?? 0,
    grossReleasedPence: grossBy.get(f.id) ?? 0,
    netOfFeesReleasedPence: netOfFeesBy.get(f.id) ?? 0,
    feesPence: feesBy.get(f.id) ?? 0,
  }));
  return {
    funds: packFunds,
    releasedInPeriodPence: Number(inPeriod.pence),
    organisationsPaid: paid.length,
    organisationsPaidInPeriod: paidInPeriod.length,
    byWard: wards
      .map((w) => ({ wardCode: w.ward_code, wardName: w.name ?? (w.ward_code ? w.ward_code : 'Ward not recorded'), pence: Number(w.pence), organisations: Number(w.organisations) }))
      .filter((w) => w.pence !== 0)
      .sort((a, b) => b.pence - a.pence || a.wardName.localeCompare(b.wardName)),
  };
}
