import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { BUSY_TIMEOUT_MS } from '../../db/connection';
import type { DB } from '../../db/schema';
import { touchSessionQuery, type SessionToucher } from '../identity/sessions';
import { isWorkspaceBusyError } from '../trpc/error-shape';

/**
 * Keeping `sessions.last_seen_at` fresh without making a read wait for the writer.
 *
 * Queries run on reader hosts, each with its own connection; a write from there would wait up to
 * the busy timeout (5 s) whenever the writer holds the write lock, and better-sqlite3 waits
 * synchronously, so every query queued on that reader would wait too. Handing the touch to the
 * writer would need a second round trip through the pool for a GET. Instead:
 * - a session is touched at most once a minute (TOUCH_INTERVAL_MS in core/identity/sessions.ts),
 *   so almost every request only reads;
 * - the touch is one autocommit UPDATE run with this connection's busy timeout at 0 for that
 *   statement only: if another connection holds the write lock it fails at once with SQLITE_BUSY
 *   and is dropped; the session's next request (it is still a minute stale) tries again.
 *   better-sqlite3 runs the statement synchronously and a host runs one thing at a time, so no other
 *   statement on this connection ever sees the lowered timeout;
 * - while a transaction is open on the connection (another request's, between its statements) the
 *   touch is skipped rather than slipped into that transaction.
 * The writer host uses the same toucher: it never waits on itself, and gives up rather than waits
 * when another process (a second server, a desktop window) is writing.
 * Dropped touches can only make a session end early if every attempt over a whole idle period met
 * a busy database, which a working team never sees.
 */
export function nonBlockingToucher(sqlite: Database.Database, db: Kysely<DB>): SessionToucher {
  return async (sessionId, at) => {
    if (sqlite.inTransaction) return;
    const query = touchSessionQuery(db, sessionId, at).compile();
    sqlite.pragma('busy_timeout = 0');
    try {
      sqlite.prepare(query.sql).run(...(query.parameters as unknown[]));
    } catch (error) {
      if (!isWorkspaceBusyError(error)) throw error;
    } finally {
      sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  };
}
