import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/**
 * Alignment: links from programmes to what they serve (a council mission or priority, a GMCA outcome
 * or indicator) and from local indicators to GMCA indicators; acknowledgements of findings; and the
 * funding balance the council aims for per mission and per pillar. Links name their target by
 * framework and code, which stay the same across framework versions, so a renegotiated framework
 * keeps its links. A removed link is kept (removed_at) so its history stays readable.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE alignment_links (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER REFERENCES programmes(id),
      from_indicator_id INTEGER REFERENCES indicator_identities(id),
      target_type TEXT NOT NULL CHECK (target_type IN ('mission','priority','outcome','indicator')),
      target_framework_code TEXT NOT NULL,
      target_code TEXT NOT NULL,
      strength TEXT CHECK (strength IS NULL OR strength IN ('primary','secondary','enabling')),
      relation TEXT CHECK (relation IS NULL OR relation IN ('equivalent','contributes_to','proxy')),
      rationale TEXT NOT NULL DEFAULT '',
      evidence TEXT NOT NULL DEFAULT '',
      created_by INTEGER REFERENCES users(id),
      created_at TEXT NOT NULL,
      removed_by INTEGER REFERENCES users(id),
      removed_at TEXT,
      CHECK ((programme_id IS NULL) <> (from_indicator_id IS NULL)),
      CHECK (programme_id IS NULL OR strength IS NOT NULL),
      CHECK (from_indicator_id IS NULL OR (relation IS NOT NULL AND target_type = 'indicator'))
    ) STRICT`,
    `CREATE INDEX alignment_links_programme ON alignment_links(programme_id)`,
    `CREATE INDEX alignment_links_target ON alignment_links(target_framework_code, target_code)`,
    `CREATE UNIQUE INDEX alignment_links_one_live ON alignment_links(coalesce(programme_id, -from_indicator_id), target_type, target_framework_code, target_code) WHERE removed_at IS NULL`,
    `CREATE TABLE finding_acknowledgements (
      id INTEGER PRIMARY KEY,
      finding_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      acknowledged_by INTEGER NOT NULL REFERENCES users(id),
      acknowledged_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX finding_acknowledgements_key ON finding_acknowledgements(finding_key)`,
    `CREATE TABLE balance_targets (
      id INTEGER PRIMARY KEY,
      dimension TEXT NOT NULL CHECK (dimension IN ('mission','pillar')),
      code TEXT NOT NULL,
      target_share REAL NOT NULL CHECK (target_share >= 0 AND target_share <= 1),
      tolerance REAL NOT NULL DEFAULT 0.05 CHECK (tolerance >= 0 AND tolerance <= 1),
      set_by INTEGER REFERENCES users(id),
      set_at TEXT NOT NULL,
      UNIQUE (dimension, code)
    ) STRICT`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
