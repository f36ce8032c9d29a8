/**
 * The hand-written SQL side of the alignment benchmark: every rule of core/alignment/rules (ALL_RULES)
 * as one raw better-sqlite3 prepared statement (SQLite SQL with CTEs) that returns the same finding
 * keys the engine produces, reading the same scope as core/alignment/load (scope.ts).
 *
 * All of it is SQL, including the indicator RAG and staleness that red-indicator-without-progress and
 * stale-evidence need (indicator-status.ts re-expresses core/outcomes/status's period arithmetic in
 * SQL) and funding-balance's weighted shares. JS supplies only constants imported from core (pillar
 * element codes and labels, headline area codes, grace days per frequency) and binds today.
 */
import type Database from 'better-sqlite3';
import { awardsAboveConfirmedFundingSql } from './awards-above-confirmed-funding';
import { fundedOutcomeWithoutProgrammeSql } from './funded-outcome-without-programme';
import { fundingBalanceSql } from './funding-balance';
import { geographyMismatchSql } from './geography-mismatch';
import { INDICATOR_STATUS, INDICATOR_STATUS_QUERY } from './indicator-status';
import { outcomeWithoutProgrammeSql } from './outcome-without-programme';
import { pillarMismatchSql } from './pillar-mismatch';
import { programmeWithoutGmcaOutcomeSql } from './programme-without-gmca-outcome';
import { programmeWithoutMissionSql } from './programme-without-mission';
import { redIndicatorWithoutProgressSql } from './red-indicator-without-progress';
import type { SqlRule } from './rule';
import { SCOPE } from './scope';
import { staleEvidenceSql } from './stale-evidence';
import { zeroCostFundNotSpentSql } from './zero-cost-fund-not-spent';

export type { SqlRule } from './rule';

/** Every rule, in ALL_RULES order. */
export const SQL_RULES: readonly SqlRule[] = [
  programmeWithoutMissionSql,
  programmeWithoutGmcaOutcomeSql,
  outcomeWithoutProgrammeSql,
  fundedOutcomeWithoutProgrammeSql,
  pillarMismatchSql,
  redIndicatorWithoutProgressSql,
  staleEvidenceSql,
  geographyMismatchSql,
  awardsAboveConfirmedFundingSql,
  zeroCostFundNotSpentSql,
  fundingBalanceSql,
];

const usesToday = (sql: string) => sql.includes('@today');

/** Prepared statements per connection, so repeated runs (the benchmark) do not re-prepare. */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statementFor(sqlite: Database.Database, sql: string): Database.Statement {
  let statements = prepared.get(sqlite);
  if (!statements) prepared.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = sqlite.prepare(sql).pluck()));
  return statement;
}

function run(sqlite: Database.Database, sql: string, today: string): unknown[] {
  const statement = statementFor(sqlite, sql);
  return usesToday(sql) ? statement.all({ today }) : statement.all();
}

/** Finding keys per rule id, for every rule (an empty list when a rule finds nothing). */
export function alignmentFindingKeysBySql(sqlite: Database.Database, today: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const rule of SQL_RULES) keys.set(rule.id, run(sqlite, rule.sql, today) as string[]);
  return keys;
}

export interface IndicatorStatusRow {
  /** Indicator identity id (the snapshot's indicator id). */
  id: number;
  /** The published version's indicators.id. */
  row_id: number;
  latest_period: string | null;
  rag: 'green' | 'amber' | 'red' | null;
  stale: 0 | 1;
  due_by: string | null;
  period_start: string | null;
  period_end: string | null;
}

/** The SQL assessment of every published indicator (for checking it against core/outcomes/status). */
export function indicatorStatusBySql(sqlite: Database.Database, today: string): IndicatorStatusRow[] {
  return sqlite.prepare(`WITH ${SCOPE}, ${INDICATOR_STATUS} ${INDICATOR_STATUS_QUERY}`).all({ today }) as IndicatorStatusRow[];
}
