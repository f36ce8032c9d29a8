import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/** SQL for a fund's period (see core/grants/fund-period.ts), given the alias of a funds row. */
const fundStart = (f: string) => `(substr(${f}.first_financial_year, 1, 4) || '-04-01')`;
const yearsEnd = (f: string) => `printf('%04d-03-31', CAST(substr(${f}.last_financial_year, 1, 4) AS INTEGER) + 1)`;
const fundEnd = (f: string) => `min(${f}.end_date, ${yearsEnd(f)})`;

/** True when an award row (alias a) breaks its fund's period (alias f). */
const awardOutsideFund = (a: string, f: string) =>
  `(${a}.award_date < ${fundStart(f)} OR ${a}.award_date > ${fundEnd(f)} OR ${a}.planned_start < ${fundStart(f)} OR ${a}.planned_end > ${fundEnd(f)})`;

/** A trigger body's refusal, the message quoted for SQL. */
const raise = (message: string) => `SELECT RAISE(ABORT, '${message.replace(/'/g, "''")}')`;

const FUND_MESSAGE = "A fund's end date must lie within its financial years";
const AWARD_MESSAGE = "An award's date and planned period must lie within its fund's period";
const INSTALMENT_MESSAGE = "An instalment must fall due within its award's planned period";

/**
 * Dates that make sense (issue 9): a fund's end date lies within its financial years; an award's date,
 * planned start and planned end lie within its fund's period (1 April of the first financial year to
 * the earlier of 31 March after the last and the end date); an instalment falls due within its
 * award's planned period. Enforced on every insert and on any update of the dates involved, including
 * a change to a fund or an award that would leave its awards or instalments outside. Rows written
 * before this migration are left as they are (a trigger does not look back); the invariant checker
 * reports those that break a rule. "No new award from a fund that has ended" needs today's date and
 * is left to the awards service.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TRIGGER funds_end_date_in_years BEFORE INSERT ON funds
     WHEN NEW.end_date < ${fundStart('NEW')} OR NEW.end_date > ${yearsEnd('NEW')}
     BEGIN ${raise(FUND_MESSAGE)}; END`,
    `CREATE TRIGGER funds_end_date_in_years_on_update BEFORE UPDATE OF first_financial_year, last_financial_year, end_date ON funds
     WHEN NEW.end_date < ${fundStart('NEW')} OR NEW.end_date > ${yearsEnd('NEW')}
     BEGIN ${raise(FUND_MESSAGE)}; END`,
    `CREATE TRIGGER funds_keep_awards_in_period BEFORE UPDATE OF first_financial_year, last_financial_year, end_date ON funds
     WHEN EXISTS (SELECT 1 FROM awards a WHERE a.fund_id = NEW.id AND ${awardOutsideFund('a', 'NEW')})
     BEGIN ${raise(AWARD_MESSAGE)}; END`,
    `CREATE TRIGGER awards_within_fund BEFORE INSERT ON awards
     WHEN EXISTS (SELECT 1 FROM funds f WHERE f.id = NEW.fund_id AND ${awardOutsideFund('NEW', 'f')})
     BEGIN ${raise(AWARD_MESSAGE)}; END`,
    `CREATE TRIGGER awards_within_fund_on_update BEFORE UPDATE OF fund_id, award_date, planned_start, planned_end ON awards
     WHEN EXISTS (SELECT 1 FROM funds f WHERE f.id = NEW.fund_id AND ${awardOutsideFund('NEW', 'f')})
     BEGIN ${raise(AWARD_MESSAGE)}; END`,
    `CREATE TRIGGER awards_keep_instalments_in_period BEFORE UPDATE OF planned_start, planned_end ON awards
     WHEN EXISTS (SELECT 1 FROM instalments i WHERE i.award_id = NEW.id AND (i.due_date < NEW.planned_start OR i.due_date > NEW.planned_end))
     BEGIN ${raise(INSTALMENT_MESSAGE)}; END`,
    `CREATE TRIGGER instalments_within_award BEFORE INSERT ON instalments
     WHEN EXISTS (SELECT 1 FROM awards a WHERE a.id = NEW.award_id AND (NEW.due_date < a.planned_start OR NEW.due_date > a.planned_end))
     BEGIN ${raise(INSTALMENT_MESSAGE)}; END`,
    `CREATE TRIGGER instalments_within_award_on_update BEFORE UPDATE OF award_id, due_date ON instalments
     WHEN EXISTS (SELECT 1 FROM awards a WHERE a.id = NEW.award_id AND (NEW.due_date < a.planned_start OR NEW.due_date > a.planned_end))
     BEGIN ${raise(INSTALMENT_MESSAGE)}; END`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
