import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { fundPeriod } from './fund-period';
import type { Violation } from './invariants';

/**
 * Date-rule violations among the funds and awards in scope (everything when no scope is given): rules
 * fund_end_within_years, award_within_fund and instalment_within_award (core/grants/fund-period.ts).
 * New rows cannot break them (the services refuse, and migration 0011's triggers back them up); rows
 * written before that migration may, and are reported here. They are reported, not enforced on later
 * writes: an old award dated outside its fund can still be paid (see assertInvariants).
 */
export async function awardDateViolations(db: Kysely<DB>, scope: { fundId?: number; awardId?: number } = {}): Promise<Violation[]> {
  let fundsQuery = db.selectFrom('funds').select(['id', 'code', 'first_financial_year', 'last_financial_year', 'end_date']).orderBy('code');
  if (scope.fundId !== undefined) fundsQuery = fundsQuery.where('id', '=', scope.fundId);
  const funds = await fundsQuery.execute();
  const violations: Violation[] = [];
  // Only the awards that break a rule are read, one query per distinct fund period rather than per
  // fund: a whole-workspace check covers thousands of funds and 200,000 awards.
  const byPeriod = new Map<string, { start: string; end: string; fundIds: number[] }>();
  for (const fund of funds) {
    const period = fundPeriod(fund);
    const key = `${period.start}|${period.end}`;
    const group = byPeriod.get(key) ?? { ...period, fundIds: [] };
    group.fundIds.push(fund.id);
    byPeriod.set(key, group);
  }
  type OutsideRow = { id: number; fund_id: number; reference: string; award_date: string; planned_start: string; planned_end: string };
  const outside: OutsideRow[] = [];
  for (const { start, end, fundIds } of byPeriod.values()) {
    for (let i = 0; i < fundIds.length; i += 500) {
      let query = db
        .selectFrom('awards')
        .select(['id', 'fund_id', 'reference', 'award_date', 'planned_start', 'planned_end'])
        .where('fund_id', 'in', fundIds.slice(i, i + 500))
        .where((eb) => eb.or([eb('award_date', '<', start), eb('award_date', '>', end), eb('planned_start', '<', start), eb('planned_end', '>', end)]));
      if (scope.awardId !== undefined) query = query.where('id', '=', scope.awardId);
      outside.push(...(await query.execute()));
    }
  }
  for (const fund of funds) {
    const period = fundPeriod(fund);
    if (fund.end_date < period.start || fund.end_date > period.yearsEnd) {
      violations.push({ rule: 'fund_end_within_years', fundId: fund.id, message: `Fund ${fund.code} ends on ${fund.end_date}, outside its financial years ${fund.first_financial_year} to ${fund.last_financial_year} (${period.start} to ${period.yearsEnd})` });
    }
    const own = outside.filter((a) => a.fund_id === fund.id).sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
    for (const award of own) {
      const say = (message: string) => violations.push({ rule: 'award_within_fund', fundId: fund.id, awardId: award.id, message });
      if (award.award_date < period.start) say(`Award ${award.reference} is dated ${award.award_date}, before its fund ${fund.code} starts (${period.start})`);
      if (award.award_date > period.end) say(`Award ${award.reference} is dated ${award.award_date}, after its fund ${fund.code} ends (${period.end})`);
      if (award.planned_start < period.start) say(`Award ${award.reference} is planned to start on ${award.planned_start}, before its fund ${fund.code} starts (${period.start})`);
      if (award.planned_end > period.end) say(`Award ${award.reference} is planned to end on ${award.planned_end}, after its fund ${fund.code} ends (${period.end})`);
    }
  }
  let instalments = db
    .selectFrom('instalments as i')
    .innerJoin('awards as a', 'a.id', 'i.award_id')
    .select(['a.id as award_id', 'a.fund_id', 'a.reference', 'a.planned_start', 'a.planned_end', 'i.sequence', 'i.due_date'])
    .where((eb) => eb.or([eb('i.due_date', '<', eb.ref('a.planned_start')), eb('i.due_date', '>', eb.ref('a.planned_end'))]));
  if (scope.fundId !== undefined) instalments = instalments.where('a.fund_id', '=', scope.fundId);
  if (scope.awardId !== undefined) instalments = instalments.where('a.id', '=', scope.awardId);
  for (const row of await instalments.orderBy('a.reference').orderBy('i.sequence').execute()) {
    violations.push({
      rule: 'instalment_within_award',
      fundId: row.fund_id,
      awardId: row.award_id,
      message: `Instalment ${row.sequence} of award ${row.reference} is due on ${row.due_date}, outside its planned period (${row.planned_start} to ${row.planned_end})`,
    });
  }
  return violations;
}
