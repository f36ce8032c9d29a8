import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backUpDatabaseFile } from '../../electron/main/workspace-backup';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'alignment-desk-backup-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backUpDatabaseFile', () => {
  it('writes a readable copy of a live WAL database', async () => {
    const source = new Database(path.join(dir, 'workspace.sqlite'));
    source.pragma('journal_mode = WAL');
    source.exec("create table programme (id integer primary key, title text); insert into programme (title) values ('Bee Network'), ('Adult skills')");
    const target = path.join(dir, 'alignment-desk-backup-2026-11-25T2210Z.sqlite');

    await backUpDatabaseFile(source, target);
    source.close();

    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('select title from programme order by id').pluck().all()).toEqual(['Bee Network', 'Adult skills']);
    copy.close();
    expect((await readdir(dir)).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('replaces an existing file at the target', async () => {
    const old = new Database(path.join(dir, 'old.sqlite'));
    old.exec('create table stale (x)');
    old.close();
    const source = new Database(':memory:');
    source.exec('create table fresh (x)');
    await backUpDatabaseFile(source, path.join(dir, 'old.sqlite'));
    const copy = new Database(path.join(dir, 'old.sqlite'), { readonly: true });
    expect(copy.prepare("select name from sqlite_master where type = 'table'").pluck().all()).toEqual(['fresh']);
    copy.close();
  });

  it('removes the partial file and rethrows when the backup fails', async () => {
    const fs = { rename: vi.fn(async () => undefined), rm: vi.fn(async () => undefined) };
    const source = { backup: vi.fn(async () => Promise.reject(new Error('SQLITE_FULL'))) };
    await expect(backUpDatabaseFile(source, '/backups/b.sqlite', fs)).rejects.toThrow('SQLITE_FULL');
    expect(fs.rename).not.toHaveBeenCalled();
    const [partial] = fs.rm.mock.calls[0] as unknown as [string];
    expect(partial).toMatch(/^\/backups\/b\.sqlite\..+\.partial$/);
    expect(source.backup).toHaveBeenCalledWith(partial);
  });
});
