import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0006: briefing packs', () => {
  it('applies over 0005 holding data, keeps it, and stores packs append-only', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0005_alignment_links');
    const user = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('leader', 'L', 'leader', 'x', 't', 't')").run().lastInsertRowid;
    sqlite.prepare("insert into balance_targets (dimension, code, target_share, set_at) values ('mission', 'M1', 0.5, 't')").run();

    await migrateTo(db, '0006_briefing_packs');
    expect(sqlite.prepare('select code from balance_targets').pluck().all()).toEqual(['M1']);

    const hash = 'a'.repeat(64);
    const insert = sqlite.prepare(
      'insert into briefing_packs (title, audience, period_label, as_of, audit_head_hash, audit_entries, composition_json, data_json, content_hash, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const row = ['GMCA briefing: 2025/26', 'gmca', '2025/26', 't', hash, 10, '{}', '{}', hash, user, 't'];
    insert.run(...row);
    expect(() => insert.run(...row.map((v, i) => (i === 1 ? 'press' : v)))).toThrow(/CHECK/);
    expect(() => insert.run(...row.map((v, i) => (i === 4 ? 'short' : v)))).toThrow(/CHECK/);
    expect(() => insert.run(...row.map((v, i) => (i === 7 ? 'not json' : v)))).toThrow(/CHECK/);
    expect(() => sqlite.prepare("update briefing_packs set title = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from briefing_packs').run()).toThrow(/append-only/);
    await db.destroy();
  });
});
