/**
 * The raw-SQL floor of the five heaviest screens: the same result computed straight with
 * better-sqlite3 (hand-written SQL, prepared once), to set beside the screen's load over HTTP.
 * A paged procedure's floor reads the same page: `pageClause` takes `page: { offset, limit }` from the
 * very input the screen sends (bench/screens.ts), so when the lead changes a screen's input to a page,
 * the floor follows. Each floor also says how many rows the API answered, and the bench prints a
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

/** " limit ? offset ?" for an input with `page: { offset, limit }` (core/shared/paging.ts), else "". */
export function pageClause(input: unknown): string {
  const page = (input as { page?: { offset?: number; limit?: number } } | undefined)?.page;
  if (!page || typeof page !== 'object') return '';
  return ` limit ${Math.trunc(page.limit ?? 50)} offset ${Math.trunc(page.offset ?? 0)}`;
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

/** One page of payments waiting for approval, from the trigger-kept table of waiting entries; plus their count. */
const APPROVALS_PAGE_SQL = `
  select w.entry_id, e.reference, e.entry_date, e.gross_pence, e.fee_pence, a.reference as award_reference, pa.name as partner_name,
         f.code as fund_code, u.username, u.display_name
  from ledger_waiting w
  join ledger_entries e on e.id = w.entry_id join awards a on a.id = w.award_id join partners pa on pa.id = a.partner_id
  join funds f on f.id = a.fund_id join users u on u.id = e.actor_user_id
  where w.kind = 'payment' and w.stage = 'pending_approval'
  order by w.entry_id limit ? offset ?`;

/** [limit, offset] of an input with `page: { offset, limit }` (core/shared/paging.ts). */
function pageParams(input: unknown): [number, number] {
  const page = (input as { page?: { offset?: number; limit?: number } } | undefined)?.page;
  return [Math.trunc(page?.limit ?? 50), Math.trunc(page?.offset ?? 0)];
}

/** Unarchived partners by name, each with its latest due-diligence check. */
const PARTNERS_SQL = `
  select p.id, p.name, p.organisation_type, p.org_id, p.ward_code, p.locality, p.archived_at, d.checked_on, d.expires_on
  from partners p
  left join (select partner_id, max(id) as id from partner_due_diligence group by partner_id) l on l.partner_id = p.id
  left join partner_due_diligence d on d.id = l.id
  where p.archived_at is null
  order by p.name, p.id`;

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
    what: 'a page of payments waiting for approval, from ledger_waiting, and the count',
    run: (s, input) => {
      all(s, "select count(*) from ledger_waiting where kind = 'payment' and stage = 'pending_approval'");
      return all(s, APPROVALS_PAGE_SQL, pageParams(input)).length;
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
    run: (s, input) => {
      all(s, 'select count(*) from partners where archived_at is null');
      return all(s, PARTNERS_SQL + pageClause(input)).length;
    },
    apiRows: (d) => rowsOf(d),
  },
];
