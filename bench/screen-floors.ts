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

/** Every fund with its statement totals: awarded, released, reversed, clawed back, fees, partners paid. */
const FUNDS_SQL = `
  select f.id, f.code, f.name, f.source, f.programme_id, p.name as programme_name, p.code as programme_code, f.allocation_pence,
         f.first_financial_year, f.last_financial_year, f.end_date, f.zero_transaction_cost,
         coalesce(a.awarded, 0) as awarded_pence, coalesce(t.released, 0) as released_pence, coalesce(t.released_net, 0) as released_net_pence,
         coalesce(t.reversed, 0) as reversed_pence, coalesce(t.clawed_back, 0) as clawed_back_pence, coalesce(t.fees, 0) as fees_pence,
         coalesce(t.partners_paid, 0) as partners_paid
  from funds f
  join programmes p on p.id = f.programme_id
  left join (select fund_id, sum(case when status <> 'cancelled' then amount_pence else 0 end) as awarded from awards group by fund_id) a on a.fund_id = f.id
  left join (select t.fund_id, sum(t.released_pence) as released, sum(t.released_net_pence) as released_net,
                    sum(t.reversed_after_release_pence) as reversed, sum(t.clawed_back_pence) as clawed_back, sum(t.fees_pence) as fees,
                    count(distinct case when t.released_pence > 0 then aw.partner_id end) as partners_paid
             from award_ledger_totals t join awards aw on aw.id = t.award_id group by t.fund_id) t on t.fund_id = f.id
  order by f.code`;

/** Payments waiting for approval or release (no release, reversal, return or pending reversal), then pending corrections. */
const APPROVALS_SQL = `
  select 'payment' as kind, e.id, e.reference, e.entry_date, e.gross_pence, a.reference as award_reference, pa.name as partner_name, f.code as fund_code,
         u.username, u.display_name, exists (select 1 from ledger_entries x where x.payment_id = e.id and x.entry_type = 'approval') as approved
  from ledger_entries e
  join awards a on a.id = e.award_id join partners pa on pa.id = a.partner_id join funds f on f.id = a.fund_id join users u on u.id = e.actor_user_id
  where e.entry_type = 'payment'
    and not exists (select 1 from ledger_entries x where x.payment_id = e.id and x.entry_type in ('release', 'reversal'))
    and not exists (select 1 from ledger_returns r where r.payment_id = e.id)
    and not exists (select 1 from ledger_corrections c where c.kind = 'reversal' and c.payment_id = e.id
                      and not exists (select 1 from ledger_entries x where x.correction_id = c.id)
                      and not exists (select 1 from ledger_returns r where r.correction_id = c.id))
  union all
  select c.kind, c.id, '', c.correction_date, c.amount_pence, a.reference, pa.name, f.code, u.username, u.display_name, 0
  from ledger_corrections c
  join awards a on a.id = c.award_id join partners pa on pa.id = a.partner_id join funds f on f.id = a.fund_id join users u on u.id = c.recorded_by
  where not exists (select 1 from ledger_entries x where x.correction_id = c.id)
    and not exists (select 1 from ledger_returns r where r.correction_id = c.id)`;

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
  { route: 'grants', what: 'funds with totals from award_ledger_totals, one grouped query', run: (s, input) => all(s, FUNDS_SQL + pageClause(input)).length, apiRows: (d) => rowsOf(d) },
  { route: 'approvals', what: 'waiting payments and corrections, one query', run: (s, input) => all(s, APPROVALS_SQL + pageClause(input)).length, apiRows: (d) => rowsOf(d, 'waiting') },
  { route: 'alignment', what: 'finding keys of the 11 rule queries (keys only)', run: (s, _input, today) => findingCount(s, today), apiRows: (d) => rowsOf(d, 'findings') },
  {
    route: 'alignment-findings',
    what: 'finding keys of the 11 rule queries (keys only)',
    run: (s, _input, today) => findingCount(s, today),
    apiRows: (d) => (d as { total: number }).total,
  },
  { route: 'partners', what: 'partners with latest due diligence, one query', run: (s, input) => all(s, PARTNERS_SQL + pageClause(input)).length, apiRows: (d) => rowsOf(d) },
];
