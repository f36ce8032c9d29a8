import type { Kysely } from 'kysely';
import { appendOnlyTriggers, runStatements } from './run-statements';

/**
 * Briefing packs: each generated pack is a frozen snapshot — the register's figures as of a moment
 * (data_json), the leader's choices (composition_json), the audit chain head at that moment, and the
 * SHA-256 of the composed pack. Packs are never edited: a new version is a new pack.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE briefing_packs (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      audience TEXT NOT NULL CHECK (audience IN ('gmca','cabinet','scrutiny')),
      period_label TEXT NOT NULL,
      as_of TEXT NOT NULL,
      audit_head_hash TEXT NOT NULL CHECK (length(audit_head_hash) = 64),
      audit_entries INTEGER NOT NULL CHECK (audit_entries >= 0),
      composition_json TEXT NOT NULL CHECK (json_valid(composition_json)),
      data_json TEXT NOT NULL CHECK (json_valid(data_json)),
      content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
      created_by INTEGER NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX briefing_packs_audience ON briefing_packs(audience, as_of)`,
    ...appendOnlyTriggers('briefing_packs', 'Briefing pack'),
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
