import { sql, type Kysely } from 'kysely';

/** Runs DDL statements one at a time (the driver prepares a single statement per call). */
export async function runStatements(db: Kysely<any>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

/** Triggers that make a table append-only: every UPDATE or DELETE is aborted. */
export function appendOnlyTriggers(table: string, label: string): string[] {
  return [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${label} entries are append-only and cannot be changed'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${label} entries are append-only and cannot be deleted'); END`,
  ];
}

/** CHECK body: the column holds a real calendar date written YYYY-MM-DD. */
export function isoDateCheck(column: string): string {
  return `(${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(${column}) = ${column})`;
}

/** CHECK body: the column is empty or holds a real calendar date written YYYY-MM-DD. */
export function optionalIsoDateCheck(column: string): string {
  return `(${column} IS NULL OR ${isoDateCheck(column)})`;
}
