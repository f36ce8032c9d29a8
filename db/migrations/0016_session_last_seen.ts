import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/**
 * Session lifetimes (issue 11): `sessions.last_seen_at` is when the session was last used, so that a
 * session left alone longer than the idle limit ends (core/identity/sessions.ts checks it on every
 * request). It lives in the database rather than in a process's memory, so every process serving
 * the workspace sees the same answer. Existing sessions count as last used when they began.
 * SQLite can only add a column that may be empty (or has a constant default); new sessions always
 * fill it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`ALTER TABLE sessions ADD COLUMN last_seen_at TEXT`, `UPDATE sessions SET last_seen_at = created_at`]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
