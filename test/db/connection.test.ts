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
