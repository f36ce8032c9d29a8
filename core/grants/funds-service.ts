import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import { fundEndDateProblem } from './fund-period';
import { totalsFor } from './ledger-state';
import type { FundInput } from './schemas';
import { transactionCostLine } from './transaction-cost';

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

export async function listFunds(db: Kysely<DB>) {
  const funds = await db
    .selectFrom('funds')
    .innerJoin('programmes', 'programmes.id', 'funds.programme_id')
    .selectAll('funds')
    .select(['programmes.name as programme_name', 'programmes.code as programme_code'])
    .orderBy('funds.code')
    .execute();
  return Promise.all(funds.map(async (f) => ({ ...fundView(f), statement: await fundStatement(db, f.id) })));
}

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

/** The fund statement, every figure computed from awards and the ledger. */
export async function fundStatement(db: Kysely<DB>, fundId: number) {
  const fund = await loadFund(db, fundId);
  const awards = await db.selectFrom('awards').select(['id', 'amount_pence', 'status']).where('fund_id', '=', fundId).execute();
  const awarded = awards.filter((a) => a.status !== 'cancelled').reduce((t, a) => t + a.amount_pence, 0);
  const totals = await totalsFor(db, awards.map((a) => a.id), fund.allocation_pence, awarded);
  const costLine = transactionCostLine(totals.feesPence, totals.grossReleasedPence, totals.netOfFeesReleasedPence);
  return { fund: fundView(fund), totals, partnersPaid: await partnersPaid(db, fundId), transactionCostLine: costLine };
}

async function partnersPaid(db: Kysely<DB>, fundId: number): Promise<number> {
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('awards as a', 'a.id', 'e.award_id')
    .select('a.partner_id')
    .distinct()
    .where('a.fund_id', '=', fundId)
    .where('e.entry_type', '=', 'release')
    .execute();
  return rows.length;
}

export async function getFund(db: Kysely<DB>, fundId: number) {
  return fundView(await loadFund(db, fundId));
}
