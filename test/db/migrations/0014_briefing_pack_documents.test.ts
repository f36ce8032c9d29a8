import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { rawDatabase } from '../../helpers/raw-db';

const THIS = '0014_briefing_pack_documents';
const names = Object.keys(migrations);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;

describe('migration 0014: briefing pack documents', () => {
  it('adds an append-only documents table beside existing packs, changing none of them', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, PREVIOUS);
    const user = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('leader', 'L', 'leader', 'x', 't', 't')").run().lastInsertRowid;
    const hash = 'a'.repeat(64);
    const addPack = sqlite.prepare(
      "insert into briefing_packs (title, audience, period_label, as_of, audit_head_hash, audit_entries, composition_json, data_json, content_hash, created_by, created_at) values ('Pack', 'gmca', '2025/26', 't', ?, 1, '{}', '{}', ?, ?, 't')",
    );
    const older = addPack.run(hash, hash, user).lastInsertRowid;
    const packsBefore = sqlite.prepare('select * from briefing_packs order by id').all();

    await migrateTo(db, THIS);
    expect(sqlite.prepare('select * from briefing_packs order by id').all()).toEqual(packsBefore);
    expect(sqlite.prepare('select count(*) from briefing_pack_documents').pluck().get()).toBe(0);
    expect(sqlite.prepare("select strict from pragma_table_list where name = 'briefing_pack_documents'").pluck().get()).toBe(1);

    const newer = addPack.run(hash, 'c'.repeat(64), user).lastInsertRowid;
    const insert = sqlite.prepare('insert into briefing_pack_documents (pack_id, document_json, content_hash) values (?, ?, ?)');
    expect(() => insert.run(newer, '{"title":"Pack"}', hash)).toThrow(/content hash/);
    expect(() => insert.run(999, '{"title":"Pack"}', hash)).toThrow(/content hash|FOREIGN KEY/);
    expect(() => insert.run(newer, 'not json', 'c'.repeat(64))).toThrow(/CHECK/);
    insert.run(newer, '{"title":"Pack"}', 'c'.repeat(64));
    expect(() => insert.run(newer, '{"title":"Again"}', 'c'.repeat(64))).toThrow(/UNIQUE|PRIMARY KEY/);
    insert.run(older, '{"title":"Pack"}', hash);

    expect(() => sqlite.prepare("update briefing_pack_documents set document_json = '{}'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from briefing_pack_documents').run()).toThrow(/append-only/);
    // The packs stay append-only too, so a pack cannot be deleted from under its document.
    expect(() => sqlite.prepare('delete from briefing_packs where id = ?').run(newer)).toThrow(/append-only/);
    await db.destroy();
  });
});
