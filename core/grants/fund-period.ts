/**
 * The dates a fund, its awards and their instalments must keep to (issue 9, "Dates that make sense").
 *
 * A fund runs from 1 April of its first financial year to the earlier of 31 March after its last
 * financial year and its end date, both days included. Its end date must lie in its financial years.
 * An award's date, planned start and planned end lie in its fund's period; each instalment falls due
 * between its award's planned start and planned end, both included. No new award is made from a fund
 * whose period has ended (today is after its last day). Migration 0011 enforces the same rules, except
 * the one that needs today, with triggers; the invariant checker reports older rows that break them.
 */

import { longDate } from '../shared/calendar';

export interface FundDates {
  first_financial_year: string;
  last_financial_year: string;
  end_date: string;
}

export interface FundPeriod {
  /** 1 April of the first financial year. */
  start: string;
  /** 31 March after the last financial year. */
  yearsEnd: string;
  /** The fund's last day: the earlier of yearsEnd and its end date. */
  end: string;
}

/** '2025/26' → '2025-04-01'. */
function financialYearStartDate(financialYear: string): string {
  return `${financialYear.slice(0, 4)}-04-01`;
}

/** '2026/27' → '2027-03-31'. */
function financialYearEndDate(financialYear: string): string {
  return `${String(Number(financialYear.slice(0, 4)) + 1).padStart(4, '0')}-03-31`;
}

export function fundPeriod(fund: FundDates): FundPeriod {
  const start = financialYearStartDate(fund.first_financial_year);
  const yearsEnd = financialYearEndDate(fund.last_financial_year);
  return { start, yearsEnd, end: fund.end_date < yearsEnd ? fund.end_date : yearsEnd };
}

/** The message for a fund whose end date is outside its financial years, or null. */
export function fundEndDateProblem(fund: FundDates): string | null {
  const { start, yearsEnd } = fundPeriod(fund);
  if (fund.end_date < start) return `The end date must be on or after ${longDate(start)}, when the fund's first financial year (${fund.first_financial_year}) starts`;
  if (fund.end_date > yearsEnd) return `The end date must be on or before ${longDate(yearsEnd)}, when the fund's last financial year (${fund.last_financial_year}) ends`;
  return null;
}

export interface AwardDates {
  awardDate: string;
  plannedStart: string;
  plannedEnd: string;
  instalments: ReadonlyArray<{ dueDate: string }>;
}

/**
 * Field messages for an award's dates against its fund (code and dates) and `today`; empty when all
 * is well. Keys are the award form's field paths: fundId, awardDate, plannedStart, plannedEnd and
 * instalments.N.dueDate (N from 0).
 */
export function awardDateProblems(fund: FundDates & { code: string }, award: AwardDates, today: string): Record<string, string[]> {
  const period = fundPeriod(fund);
  const problems: Record<string, string[]> = {};
  const add = (path: string, message: string) => (problems[path] ??= []).push(message);
  if (today > period.end) add('fundId', `Fund ${fund.code} ended on ${longDate(period.end)}: no new awards can be made from it`);
  const inFund = (path: string, what: string, date: string) => {
    if (date < period.start) add(path, `${what} must be on or after ${longDate(period.start)}, when fund ${fund.code} starts`);
    else if (date > period.end) add(path, `${what} must be on or before ${longDate(period.end)}, when fund ${fund.code} ends`);
  };
  inFund('awardDate', 'The award date', award.awardDate);
  inFund('plannedStart', 'The planned start', award.plannedStart);
  inFund('plannedEnd', 'The planned end', award.plannedEnd);
  award.instalments.forEach((instalment, index) => {
    if (instalment.dueDate < award.plannedStart || instalment.dueDate > award.plannedEnd) {
      add(`instalments.${index}.dueDate`, `The due date must be within the award's planned period, ${longDate(award.plannedStart)} to ${longDate(award.plannedEnd)}`);
    }
  });
  return problems;
}
