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
  // Per partner, from the running totals per award: net released to date (summed) and whether any
  // one award has reached the partner (largest award net > 0). One pass over the 200,000 awards
  // serves both "organisations paid" and the ward table, which used to scan them once each.
  const awardNet = sql<number>`t.released_pence - t.reversed_after_release_pence - t.clawed_back_pence`;
  const [funds, awarded, money, periodByPartner, byPartner] = await Promise.all([
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
    // Money in the period per partner: the period's total is their sum (one scan of the period's entries).
    db
      .selectFrom(netMovements(db).as('m'))
      .select(['m.partner_id', sql<number>`sum(m.pence)`.as('pence')])
      .where('m.entry_date', '>=', period.start)
      .where('m.entry_date', '<=', period.end)
      .groupBy('m.partner_id')
      .execute(),
    db
      .selectFrom('award_ledger_totals as t')
      .innerJoin('awards as a', 'a.id', 't.award_id')
      .select(['a.partner_id', sql<number>`sum(${awardNet})`.as('net'), sql<number>`max(${awardNet})`.as('largest')])
      .groupBy('a.partner_id')
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
  // Each partner's ward and its name (20,000 short rows: cheaper than joining them to every award).
  const places = byPartner.length ? await db.selectFrom('partners as p').leftJoin('areas as w', 'w.code', 'p.ward_code').select(['p.id', 'p.ward_code', 'w.name']).execute() : [];
  const placeOf = new Map(places.map((p) => [p.id, p]));
  const wards = new Map<string, { wardCode: string | null; wardName: string; pence: number; organisations: number }>();
  for (const partner of byPartner) {
    const place = placeOf.get(partner.partner_id);
    const wardCode = place?.ward_code ?? null;
    const key = wardCode ?? '';
    const ward = wards.get(key) ?? { wardCode, wardName: place?.name ?? (wardCode ? wardCode : 'Ward not recorded'), pence: 0, organisations: 0 };
    ward.pence += Number(partner.net);
    if (Number(partner.largest) > 0) ward.organisations += 1;
    wards.set(key, ward);
  }
  return {
    funds: packFunds,
    releasedInPeriodPence: periodByPartner.reduce((total, p) => total + Number(p.pence), 0),
    organisationsPaid: byPartner.filter((p) => Number(p.net) > 0).length,
    organisationsPaidInPeriod: periodByPartner.filter((p) => Number(p.pence) > 0).length,
    byWard: [...wards.values()].filter((w) => w.pence !== 0).sort((a, b) => b.pence - a.pence || a.wardName.localeCompare(b.wardName)),
  };
}
