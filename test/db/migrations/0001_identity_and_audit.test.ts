import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0001: identity and audit', () => {
  it('creates users, sessions and an append-only audit log', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0001_identity_and_audit');
    sqlite
      .prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ada', 'Ada', 'admin', 'x', 't', 't')")
      .run();
    sqlite
      .prepare("insert into audit_log (at, channel, request_id, action, entity_type, prev_hash, hash) values ('t', 'system', 'r', 'a', 'e', 'p', 'h')")
      .run();
    expect(() => sqlite.prepare("update audit_log set action = 'changed'").run()).toThrow(/append-only and cannot be changed/);
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only and cannot be deleted/);
    expect(() =>
      sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('bob', 'Bob', 'superuser', 'x', 't', 't')").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ADA', 'Ada 2', 'leader', 'x', 't', 't')").run(),
    ).toThrow(/UNIQUE/);
    await db.destroy();
  });
});
