/**
 * The raw-SQL floor of the five heaviest screens: the same result computed straight with
 * better-sqlite3 (hand-written SQL, prepared once), to set beside the screen's load over HTTP.
 * A paged procedure's floor reads the same page: `pageParams` takes `page: { offset, limit }` from the
 * very input the screen sends (bench/screens.ts), so when a screen's page changes, the floor follows. Each floor also says how many rows the API answered, and the bench prints a
 * MISMATCH when the two counts differ.
 */
import type Database from 'better-sqlite3';
import { alignmentFindingKeysBySql } from './alignment-sql';
import type { Route } from '../renderer/src/routing/routes';

export interface ScreenFloor {
  route: Route['name'];
  /** What the SQL side computes, printed beside the ratio. */
  what: string;
  /** Rows of the raw SQL result, given the first call's input. */
  run(sqlite: Database.Database, input: unknown, today: string): number;
  /** Rows in the screen's first call's answer (the number the SQL must match). */
  apiRows(data: unknown): number;
}

/** Rows of a list answer: an array, or `rows` of a Page. */
function rowsOf(data: unknown, key?: string): number {
  const value = key ? (data as Record<string, unknown>)[key] : data;
  if (Array.isArray(value)) return value.length;
  const rows = (value as { rows?: unknown[] } | null)?.rows;
  return Array.isArray(rows) ? rows.length : NaN;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function all(sqlite: Database.Database, sql: string, params: unknown[] = []): unknown[] {
  let map = statements.get(sqlite);
  if (!map) statements.set(sqlite, (map = new Map()));
  let statement = map.get(sql);
  if (!statement) map.set(sql, (statement = sqlite.prepare(sql)));
  return statement.all(...params);
}

/**
 * One page of funds by code, each with its statement totals summed from the running totals
 * (award_ledger_totals, kept by triggers) and its awarded total; plus the count of funds.
 */
const FUNDS_PAGE_SQL = `
  with page as (select id from funds order by code, id limit ? offset ?)
  select f.id, f.code, f.name, f.source, f.programme_id, p.name as programme_name, p.code as programme_code, f.allocation_pence,
         f.first_financial_year, f.last_financial_year, f.end_date, f.zero_transaction_cost,
         (select coalesce(sum(amount_pence), 0) from awards a where a.fund_id = f.id and a.status <> 'cancelled') as awarded_pence,
         t.released, t.released_net, t.reversed, t.clawed_back, t.fees, t.partners_paid
  from page join funds f on f.id = page.id
  join programmes p on p.id = f.programme_id
  left join (select t.fund_id, sum(t.released_pence) as released, sum(t.released_net_pence) as released_net,
                    sum(t.reversed_after_release_pence) as reversed, sum(t.clawed_back_pence) as clawed_back, sum(t.fees_pence) as fees,
                    count(distinct case when t.released_net_pence > 0 then aw.partner_id end) as partners_paid
             from award_ledger_totals t join awards aw on aw.id = t.award_id
             where t.fund_id in (select id from page) group by t.fund_id) t on t.fund_id = f.id
  order by f.code, f.id`;

/**
 * The approvals queue's three lists, each a page with its count, from the trigger-kept table of
 * waiting entries: payments waiting for approval, reversals and clawbacks, payments waiting for
 * release. (The fourth call, returns to the viewer, reads ledger_returns, empty at GM scale.)
 */
const WAITING_PAYMENTS_SQL = `
  select e.id, e.award_id, a.reference as award_reference, pa.name as partner_name, f.code as fund_code, e.reference, e.entry_date, e.gross_pence,
         w.stage, ap.entry_date as approved_on, e.actor_user_id, u.username, u.display_name
  from ledger_waiting w
  join ledger_entries e on e.id = w.entry_id join awards a on a.id = e.award_id join partners pa on pa.id = a.partner_id
  join funds f on f.id = a.fund_id join users u on u.id = e.actor_user_id
  left join ledger_entries ap on ap.payment_id = e.id and ap.entry_type = 'approval'
  where w.kind = 'payment' and w.stage = ?
    and not exists (select 1 from ledger_waiting h where h.kind = 'reversal' and h.payment_id = w.entry_id)
  order by e.id limit ? offset ?`;
const WAITING_PAYMENTS_COUNT_SQL = `select count(*) from ledger_waiting w where w.kind = 'payment' and w.stage = ?
  and not exists (select 1 from ledger_waiting h where h.kind = 'reversal' and h.payment_id = w.entry_id)`;
const WAITING_CORRECTIONS_SQL = `
  select c.id, c.kind, c.award_id, a.reference as award_reference, pa.name as partner_name, f.code as fund_code, pay.reference, c.correction_date,
         c.amount_pence, c.reason, c.recorded_by, u.username, u.display_name
  from ledger_waiting w
  join ledger_corrections c on c.id = w.entry_id join awards a on a.id = c.award_id join partners pa on pa.id = a.partner_id
  join funds f on f.id = a.fund_id join users u on u.id = c.recorded_by left join ledger_entries pay on pay.id = c.payment_id
  where w.kind in ('reversal', 'clawback')
  order by c.id limit ? offset ?`;

/** [limit, offset] of an input with `page: { offset, limit }` (core/shared/paging.ts). */
function pageParams(input: unknown): [number, number] {
  const page = (input as { page?: { offset?: number; limit?: number } } | undefined)?.page;
  return [Math.trunc(page?.limit ?? 50), Math.trunc(page?.offset ?? 0)];
}

/** A page of unarchived partners by name, each with its ward and its latest due-diligence check. */
const PARTNERS_PAGE_SQL = `
  with page as (select id from partners where archived_at is null order by name, id limit ? offset ?)
  select p.id, p.name, p.organisation_type, p.org_id, p.charity_number, p.company_number, p.ward_code, w.name as ward_name, p.locality, p.archived_at,
         (select d.checked_on || ' ' || d.expires_on from partner_due_diligence d where d.partner_id = p.id order by d.checked_on desc, d.id desc limit 1) as latest_check
  from page join partners p on p.id = page.id left join areas w on w.code = p.ward_code
  order by p.name, p.id`;

/** The partners list's two counts: unarchived partners, and those without a check valid on `today`. */
const PARTNERS_COUNTS_SQL = `
  select count(*) as n,
         coalesce(sum(case when (select d.expires_on from partner_due_diligence d where d.partner_id = p.id order by d.checked_on desc, d.id desc limit 1) > ? then 0 else 1 end), 0) as not_valid
  from partners p where p.archived_at is null`;

const findingCount = (sqlite: Database.Database, today: string) => [...alignmentFindingKeysBySql(sqlite, today).values()].reduce((n, keys) => n + keys.length, 0);

export const SCREEN_FLOORS: readonly ScreenFloor[] = [
  {
    route: 'grants',
    what: 'a page of funds with totals from award_ledger_totals, and the count',
    run: (s, input) => {
      all(s, 'select count(*) from funds');
      return all(s, FUNDS_PAGE_SQL, pageParams(input)).length;
    },
    apiRows: (d) => rowsOf(d),
  },
  {
    route: 'approvals',
    what: 'three pages of waiting entries from ledger_waiting, with their counts',
    run: (s, input) => {
      const [limit, offset] = pageParams(input);
      all(s, WAITING_PAYMENTS_COUNT_SQL, ['approved']);
      all(s, WAITING_PAYMENTS_SQL, ['approved', limit, offset]);
      all(s, "select count(*) from ledger_waiting where kind in ('reversal', 'clawback')");
      all(s, WAITING_CORRECTIONS_SQL, [limit, offset]);
      all(s, WAITING_PAYMENTS_COUNT_SQL, ['pending_approval']);
      return all(s, WAITING_PAYMENTS_SQL, ['pending_approval', limit, offset]).length;
    },
    apiRows: (d) => rowsOf(d),
  },
  // The alignment screens are served from the findings cache (core/alignment/check.ts); their floor is
  // the whole check done straight in SQL, so their ratio shows what the cache saves.
  { route: 'alignment', what: 'finding keys of the 11 rule queries (keys only)', run: (s, _input, today) => findingCount(s, today), apiRows: (d) => (d as { findings: { all: number } }).findings.all },
  {
    route: 'alignment-findings',
    what: 'finding keys of the 11 rule queries (keys only)',
    run: (s, _input, today) => findingCount(s, today),
    apiRows: (d) => (d as { all: number }).all,
  },
  {
    route: 'partners',
    what: 'a page of partners with latest due diligence, and the count',
    run: (s, input, today) => {
      all(s, PARTNERS_COUNTS_SQL, [today]);
      return all(s, PARTNERS_PAGE_SQL, pageParams(input)).length;
    },
    apiRows: (d) => rowsOf(d),
  },
];
