import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/**
 * Sign-in protection:
 * - `sign_in_throttle` keeps the failed sign-ins per username and per client address, so a restart
 *   does not forget a lock (core/identity/throttle.ts holds the rules; rows are pruned once stale);
 * - `users.must_change_passphrase` marks a passphrase an administrator set (new user or reset): the
 *   user must choose their own at the next sign-in;
 * - a trigger refuses moving a user between administrator and a finance role in either direction
 *   (defence in depth behind the service's rule: one person never holds both).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE sign_in_throttle (
      scope TEXT NOT NULL CHECK (scope IN ('username', 'address')),
      key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
      failures INTEGER NOT NULL CHECK (failures >= 0),
      first_failure_at TEXT NOT NULL,
      last_failure_at TEXT NOT NULL,
      locked_until TEXT,
      PRIMARY KEY (scope, key)
    ) STRICT`,
    `CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle(last_failure_at)`,
    `ALTER TABLE users ADD COLUMN must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1))`,
    `CREATE TRIGGER users_no_admin_finance_role BEFORE UPDATE OF role ON users
     WHEN (OLD.role = 'admin' AND NEW.role IN ('finance_officer', 'finance_approver'))
       OR (NEW.role = 'admin' AND OLD.role IN ('finance_officer', 'finance_approver'))
     BEGIN SELECT RAISE(ABORT, 'An administrator cannot also hold a finance role: use a separate account'); END`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
