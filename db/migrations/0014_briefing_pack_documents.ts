import type { Kysely } from 'kysely';
import { appendOnlyTriggers, runStatements } from './run-statements';

/**
 * Briefing pack documents (issue 10): the composed document of each pack, stored when the pack is
 * generated, so that opening a pack reads about 80 kB instead of parsing and recomposing its frozen
 * figures (tens of MB at Greater Manchester scale). A table of its own rather than a column on
 * briefing_packs: SQLite reaches a column stored after data_json only by walking data_json's overflow
 * pages. For the same reason the row carries a copy of the pack's content hash (content_hash sits after
 * data_json too); a trigger refuses a copy that differs from the pack's own. Append-only, like the
 * packs. Packs generated before this migration have no row here and are recomposed as before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE briefing_pack_documents (
      pack_id INTEGER PRIMARY KEY REFERENCES briefing_packs(id),
      document_json TEXT NOT NULL CHECK (json_valid(document_json)),
      content_hash TEXT NOT NULL CHECK (length(content_hash) = 64)
    ) STRICT`,
    `CREATE TRIGGER briefing_pack_documents_same_hash BEFORE INSERT ON briefing_pack_documents
     WHEN NEW.content_hash IS NOT (SELECT content_hash FROM briefing_packs WHERE id = NEW.pack_id)
     BEGIN SELECT RAISE(ABORT, 'A briefing pack document must carry its pack''s content hash'); END`,
    ...appendOnlyTriggers('briefing_pack_documents', 'Briefing pack document'),
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
