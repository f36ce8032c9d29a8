import type { Kysely } from 'kysely';
import { appendOnlyTriggers, runStatements } from './run-statements';

export const ROLES_SQL = `'admin','strategy_officer','finance_officer','finance_approver','leader'`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE workspace_settings (
      key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
      value TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(username) BETWEEN 2 AND 64),
      display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
      role TEXT NOT NULL CHECK (role IN (${ROLES_SQL})),
      passphrase_hash TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      user_id INTEGER NOT NULL REFERENCES users(id),
      channel TEXT NOT NULL CHECK (channel IN ('desktop', 'http')),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      ended_at TEXT
    ) STRICT`,
    `CREATE INDEX sessions_user ON sessions(user_id)`,
    `CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor_user_id INTEGER,
      actor_username TEXT,
      actor_role TEXT,
      channel TEXT NOT NULL CHECK (channel IN ('desktop', 'http', 'system')),
      request_id TEXT NOT NULL,
      action TEXT NOT NULL,
      entity_type TEXT NOT NULL,
      entity_id TEXT,
      before_json TEXT,
      after_json TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    ) STRICT`,
    `CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id)`,
    `CREATE INDEX audit_log_actor ON audit_log(actor_user_id)`,
    `CREATE INDEX audit_log_at ON audit_log(at)`,
    ...appendOnlyTriggers('audit_log', 'Audit log'),
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
