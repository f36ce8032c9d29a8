import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { rawDatabase } from '../../helpers/raw-db';

const THIS = '0016_session_last_seen';
const names = Object.keys(migrations);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;

describe('migration 0016: sessions.last_seen_at', () => {
  it('adds the column and counts existing sessions as last used when they began', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, PREVIOUS);
    const user = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ada', 'Ada', 'admin', 'x', 't', 't')").run().lastInsertRowid;
    const session = sqlite.prepare("insert into sessions (token_hash, user_id, channel, created_at, expires_at, ended_at) values (?, ?, 'http', ?, ?, ?)");
    session.run('h1', user, '2026-01-05T09:00:00.000Z', '2026-01-05T21:00:00.000Z', null);
    session.run('h2', user, '2026-01-06T10:30:00.000Z', '2026-01-06T22:30:00.000Z', '2026-01-06T11:00:00.000Z');
    expect(sqlite.prepare("select count(*) from pragma_table_info('sessions') where name = 'last_seen_at'").pluck().get()).toBe(0);

    await migrateTo(db, THIS);
    expect(sqlite.prepare('select token_hash, created_at, last_seen_at from sessions order by id').all()).toEqual([
      { token_hash: 'h1', created_at: '2026-01-05T09:00:00.000Z', last_seen_at: '2026-01-05T09:00:00.000Z' },
      { token_hash: 'h2', created_at: '2026-01-06T10:30:00.000Z', last_seen_at: '2026-01-06T10:30:00.000Z' },
    ]);
    // The table stays STRICT: the new column takes text only.
    expect(() => sqlite.prepare('update sessions set last_seen_at = ? where token_hash = ?').run(Buffer.from('x'), 'h1')).toThrow(/cannot store BLOB value in TEXT column/);
    sqlite.prepare("insert into sessions (token_hash, user_id, channel, created_at, expires_at, last_seen_at) values ('h3', ?, 'desktop', 't', 't', 't')").run(user);
    await db.destroy();
  });
});
