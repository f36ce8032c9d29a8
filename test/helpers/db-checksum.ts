import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { DB } from '../../db/schema';

/**
 * Tables left out of the checksum: the audit log (a refused call may sit beside audited reads or
 * sign-ins in a test) and sessions (touched by signing in). Named by db/schema.ts, so a rename fails
 * to compile here rather than silently checksumming a missing table.
 */
const LEFT_OUT: ReadonlyArray<keyof DB> = ['audit_log', 'sessions'];

/**
 * SHA-256 over every row of every table (each table's name, its columns and its rows in primary-key
 * order), except LEFT_OUT and SQLite's and Kysely's own bookkeeping. Tables are found in the database
 * itself, so tables added by later migrations are covered without editing this list. Equal before and
 * after a refused call means the call wrote nothing.
 */
export function databaseChecksum(sqlite: Database.Database): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    if ((LEFT_OUT as readonly string[]).includes(table)) continue;
    const columns = sqlite.prepare('select name, pk from pragma_table_info(?) order by cid').all(table) as Array<{ name: string; pk: number }>;
    const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const withoutRowid = /without\s+rowid/i.test(String(sqlite.prepare("select sql from sqlite_master where type = 'table' and name = ?").pluck().get(table)));
    const orderBy = key.length ? key.map((c) => `"${c.name}"`).join(', ') : withoutRowid ? columns.map((c) => `"${c.name}"`).join(', ') : 'rowid';
    hash.update(`${table}\n${JSON.stringify(columns.map((c) => c.name))}\n`);
    for (const row of sqlite.prepare(`select * from "${table}" order by ${orderBy}`).raw(true).iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
