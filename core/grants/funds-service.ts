import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { sql } from 'kysely';
import { nowIso, todayIso } from '../shared/clock';
import { pageOf, type Page } from '../shared/paging';
import { fieldError, notFound } from '../shared/field-errors';
import { fundEndDateProblem } from './fund-period';
import { fundMoney, statementOf } from './fund-money';
import { containsText } from './list-filters';
import type { FundInput, FundListInput } from './schemas';

export async function createFund(db: Kysely<DB>, who: AuditActor, input: FundInput) {
  return db.transaction().execute(async (trx) => {
    const programme = await trx.selectFrom('programmes').select('id').where('id', '=', input.programmeId).executeTakeFirst();
    if (!programme) throw fieldError({ programmeId: ['That programme is not in the register'] });
    if (await trx.selectFrom('funds').select('id').where('code', '=', input.code).executeTakeFirst()) throw fieldError({ code: [`Another fund already uses the code ${input.code}`] });
    const endDateProblem = fundEndDateProblem({ first_financial_year: input.firstFinancialYear, last_financial_year: input.lastFinancialYear, end_date: input.endDate });
    if (endDateProblem) throw fieldError({ endDate: [endDateProblem] });
    const now = nowIso();
    const row = await trx
      .insertInto('funds')
      .values({
        programme_id: input.programmeId,
        code: input.code,
        name: input.name,
        source: input.source,
        allocation_pence: input.allocationPence,
        first_financial_year: input.firstFinancialYear,
        last_financial_year: input.lastFinancialYear,
        end_date: input.endDate,
        zero_transaction_cost: input.zeroTransactionCost ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, who, { action: 'fund.create', entityType: 'fund', entityId: row.id, after: row });
    return { id: row.id };
  });
}

/**
 * A page of funds with their statements in brief, sorted and filtered on the server. The page's money
 * comes from one grouped query over the running totals (fund-money.ts); sorting by a money figure
 * joins the same grouping for every fund that matches.
 */
export async function listFunds(db: Kysely<DB>, input: FundListInput, today = todayIso()): Promise<Page<FundSummary>> {
  let filtered = db.selectFrom('funds').innerJoin('programmes', 'programmes.id', 'funds.programme_id');
  if (input.search) filtered = filtered.where((eb) => eb.or([containsText('funds.code', input.search), containsText('funds.name', input.search)]));
  if (input.programmeId !== null) filtered = filtered.where('funds.programme_id', '=', input.programmeId);
  if (input.period === 'open') filtered = filtered.where('funds.end_date', '>=', today);
  if (input.period === 'ended') filtered = filtered.where('funds.end_date', '<', today);
  const counted = await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const dir = input.direction;
  let query = filtered.selectAll('funds').select(['programmes.name as programme_name', 'programmes.code as programme_code']);
  if (input.sort === 'awarded' || input.sort === 'netReleased' || input.sort === 'inApproval') {
    // Each money sort groups one table by fund over a covering index (migrations 0007, 0012).
    const key =
      input.sort === 'awarded'
        ? db.selectFrom('awards').where('status', '!=', 'cancelled').groupBy('fund_id').select((eb) => ['fund_id', eb.fn.sum<number>('amount_pence').as('k')])
        : db
            .selectFrom('award_ledger_totals')
            .groupBy('fund_id')
            .select([
              'fund_id',
              (input.sort === 'netReleased'
                ? sql<number>`sum(${sql.ref('released_pence')}) - sum(${sql.ref('reversed_after_release_pence')}) - sum(${sql.ref('clawed_back_pence')})`
                : sql<number>`sum(${sql.ref('pending_approval_pence')}) + sum(${sql.ref('approved_pence')})`
              ).as('k'),
            ]);
    query = query.leftJoin(key.as('m'), 'm.fund_id', 'funds.id').orderBy(sql`coalesce(${sql.ref('m.k')}, 0)`, dir) as unknown as typeof query;
  } else {
    const column = { code: 'funds.code', name: 'funds.name', programme: 'programmes.name', allocation: 'funds.allocation_pence', endDate: 'funds.end_date' } as const;
    query = query.orderBy(column[input.sort], dir);
  }
  const funds = await query.orderBy('funds.code').orderBy('funds.id').limit(input.page.limit).offset(input.page.offset).execute();
  const moneyOf = await fundMoney(db, funds.map((f) => f.id));
  const rows = funds.map((f) => ({ ...fundView(f), statement: statementOf(f.allocation_pence, moneyOf.get(f.id)) }));
  return pageOf(rows, Number(counted.n), input.page);
}

export type FundSummary = ReturnType<typeof fundView> & { statement: ReturnType<typeof statementOf> };

function fundView(f: Awaited<ReturnType<typeof loadFund>>) {
  return {
    id: f.id,
    code: f.code,
    name: f.name,
    source: f.source,
    programmeId: f.programme_id,
    programmeName: f.programme_name,
    programmeCode: f.programme_code,
    allocationPence: f.allocation_pence,
    firstFinancialYear: f.first_financial_year,
    lastFinancialYear: f.last_financial_year,
    endDate: f.end_date,
    zeroTransactionCost: f.zero_transaction_cost === 1,
  };
}

async function loadFund(db: Kysely<DB>, fundId: number) {
  const fund = await db
    .selectFrom('funds')
    .innerJoin('programmes', 'programmes.id', 'funds.programme_id')
    .selectAll('funds')
    .select(['programmes.name as programme_name', 'programmes.code as programme_code'])
    .where('funds.id', '=', fundId)
    .executeTakeFirst();
  if (!fund) throw notFound('That fund');
  return fund;
}

/** The fund statement: every figure from the awards and the running totals kept from the ledger (fund-money.ts). */
export async function fundStatement(db: Kysely<DB>, fundId: number) {
  const fund = await loadFund(db, fundId);
  const money = await fundMoney(db, [fundId]);
  return { fund: fundView(fund), ...statementOf(fund.allocation_pence, money.get(fundId)) };
}

export async function getFund(db: Kysely<DB>, fundId: number) {
  return fundView(await loadFund(db, fundId));
}
