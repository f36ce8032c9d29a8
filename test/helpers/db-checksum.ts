import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Tables a refused call may still touch: the audit log (refusals can be audited) and sessions. */
const IGNORED = new Set(['audit_log', 'sessions', 'kysely_migration', 'kysely_migration_lock', 'sqlite_sequence']);

/**
 * SHA-256 over every row of every table but the audit log and sessions, in rowid or primary-key
 * order: equal before and after a call means the call wrote nothing that matters.
 */
export function databaseChecksum(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  for (const table of tables) {
    if (IGNORED.has(table)) continue;
    hash.update(`\u0000${table}\u0000`);
    for (const row of sqlite.prepare(`select * from "${table}" order by 1`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
