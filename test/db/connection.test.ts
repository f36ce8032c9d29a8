import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, configureConnection, DatabaseSettingsError, openWorkspaceDatabase } from '../../db/connection';
import { assertLocalDatabasePath, isNetworkSharePath, UnsafeDatabasePathError } from '../../db/path-guard';
import { tempDir } from '../helpers/raw-db';

describe('openWorkspaceDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout, and they read back after a reopen', async () => {
    const file = join(tempDir(), 'workspace.sqlite');
    for (let round = 0; round < 2; round++) {
      const workspace = await openWorkspaceDatabase(file);
      expect(workspace.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(workspace.sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(workspace.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(workspace.sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
      await workspace.close();
    }
  });

  it('applies every migration so the register tables exist', async () => {
    const workspace = await openWorkspaceDatabase(join(tempDir(), 'w.sqlite'));
    const tables = workspace.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'audit_log', 'programmes', 'programme_funding_lines', 'areas']));
    await workspace.close();
  });

  it('refuses a connection whose settings do not read back as expected', () => {
    const sqlite = new Database(':memory:');
    const lying = new Proxy(sqlite, {
      get(target, prop) {
        if (prop === 'pragma') {
          return (text: string, options?: { simple?: boolean }) => (text === 'synchronous' ? 1 : target.pragma(text, options));
        }
        return Reflect.get(target, prop, target);
      },
    });
    expect(() => configureConnection(lying, ':memory:')).toThrow(DatabaseSettingsError);
    expect(() => configureConnection(lying, ':memory:')).toThrow(/synchronous should be 2 \(FULL\) but SQLite reports 1/);
    sqlite.close();
  });
});

describe('network share paths', () => {
  it.each([
    '\\\\server\\share\\workspace.sqlite',
    '//server/share/workspace.sqlite',
    '\\\\?\\UNC\\server\\share\\w.sqlite',
    'smb://server/share/w.sqlite',
  ])('refuses %s with a reason', async (path) => {
    expect(isNetworkSharePath(path)).toBe(true);
    expect(() => assertLocalDatabasePath(path)).toThrow(UnsafeDatabasePathError);
    await expect(openWorkspaceDatabase(path)).rejects.toThrow(/network share.*write-ahead logging/);
  });

  it.each(['C:\\Users\\officer\\workspace.sqlite', '/home/officer/workspace.sqlite', 'workspace.sqlite', ':memory:'])(
    'accepts the local path %s',
    (path) => {
      expect(isNetworkSharePath(path)).toBe(false);
      expect(() => assertLocalDatabasePath(path)).not.toThrow();
    },
  );
});

describe('write transactions take the write lock at BEGIN', () => {
  async function withSecondConnection(run: (workspace: Awaited<ReturnType<typeof openWorkspaceDatabase>>, other: Database.Database) => Promise<void>) {
    const file = join(tempDir(), 'two-connections.sqlite');
    const workspace = await openWorkspaceDatabase(file);
    const other = new Database(file);
    other.pragma('busy_timeout = 0'); // refuse at once rather than wait
    try {
      await run(workspace, other);
    } finally {
      other.close();
      await workspace.close();
    }
  }

  it('a second connection cannot write once a transaction has begun, before it runs any statement', async () => {
    await withSecondConnection(async (workspace, other) => {
      const trx = await workspace.db.startTransaction().execute();
      expect(() => other.prepare("insert into workspace_settings (key, value) values ('probe', '1')").run()).toThrow(/database is locked/);
      await trx.rollback().execute();
      // Released at the end of the transaction: the same write now goes through.
      other.prepare("insert into workspace_settings (key, value) values ('probe', '1')").run();
    });
  });

  it('a transaction begun by db.transaction() holds the lock for its whole life', async () => {
    await withSecondConnection(async (workspace, other) => {
      const refused: string[] = [];
      await workspace.db.transaction().execute(async (trx) => {
        try {
          other.exec('begin immediate');
          other.exec('rollback');
        } catch (error) {
          refused.push((error as { code?: string }).code ?? 'no code');
        }
        await trx.selectFrom('users').select('id').execute();
      });
      expect(refused).toEqual(['SQLITE_BUSY']);
    });
  });

  it('a read-only transaction stays deferred and blocks no writer', async () => {
    await withSecondConnection(async (workspace, other) => {
      const trx = await workspace.db.startTransaction().setAccessMode('read only').execute();
      other.prepare("insert into workspace_settings (key, value) values ('probe', '1')").run();
      await trx.rollback().execute();
    });
  });
});
