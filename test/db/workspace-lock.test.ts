import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireWorkspaceLock, lockPathFor, parseLockHolder, type LockEnvironment } from '../../db/workspace-lock';
import { tempDir } from '../helpers/raw-db';

const env = (pid: number, alive: readonly number[] = [], host = 'desk-01'): LockEnvironment => ({
  pid,
  host,
  now: () => new Date('2026-03-02T09:15:00.000Z'),
  isProcessAlive: (p) => p === pid || alive.includes(p),
});

const workspaceFile = () => join(tempDir(), 'workspace.sqlite');

describe('workspace lock file', () => {
  it('the first server takes the lock; a second is refused with the holder named; release frees it', () => {
    const file = workspaceFile();
    const first = acquireWorkspaceLock(file, env(101));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    first.lock.setUrl('http://127.0.0.1:4780/');
    expect(parseLockHolder(readFileSync(lockPathFor(file), 'utf8'))).toEqual({ pid: 101, host: 'desk-01', startedAt: '2026-03-02T09:15:00.000Z', url: 'http://127.0.0.1:4780/' });

    const second = acquireWorkspaceLock(file, env(202, [101]));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.holder).toMatchObject({ pid: 101, url: 'http://127.0.0.1:4780/' });
    expect(second.message).toContain('process 101');
    expect(second.message).toContain('serving http://127.0.0.1:4780/');
    expect(second.message).toContain('since 2026-03-02T09:15:00.000Z');
    expect(second.message).toContain(`delete ${lockPathFor(file)}`);

    first.lock.release();
    expect(existsSync(lockPathFor(file))).toBe(false);
    expect(acquireWorkspaceLock(file, env(202, [101])).ok).toBe(true);
  });

  it('takes over a lock left by a process that no longer exists on this computer, and says whose it was', () => {
    const file = workspaceFile();
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 999, host: 'desk-01', startedAt: '2026-03-01T08:00:00.000Z', url: 'http://127.0.0.1:4780/' }));
    const result = acquireWorkspaceLock(file, env(303));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tookOverFrom).toMatchObject({ pid: 999, startedAt: '2026-03-01T08:00:00.000Z' });
    expect(parseLockHolder(readFileSync(lockPathFor(file), 'utf8'))?.pid).toBe(303);
  });

  it('never takes over a lock from another computer (it cannot tell whether that process lives) or an unreadable one', () => {
    const file = workspaceFile();
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 999, host: 'desk-02', startedAt: '2026-03-01T08:00:00.000Z', url: null }));
    const other = acquireWorkspaceLock(file, env(303));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.message).toContain('process 999 on computer "desk-02"');

    writeFileSync(lockPathFor(file), 'garbage');
    const unreadable = acquireWorkspaceLock(file, env(303));
    expect(unreadable.ok).toBe(false);
    if (!unreadable.ok) expect(unreadable.message).toContain('unreadable lock file');
    expect(readFileSync(lockPathFor(file), 'utf8')).toBe('garbage');
  });

  it('release leaves alone a lock that another server has since taken', () => {
    const file = workspaceFile();
    const first = acquireWorkspaceLock(file, env(101));
    if (!first.ok) throw new Error('expected the lock');
    // 101 is presumed dead by 202, which takes over.
    const second = acquireWorkspaceLock(file, env(202));
    expect(second.ok).toBe(true);
    first.lock.release();
    expect(parseLockHolder(readFileSync(lockPathFor(file), 'utf8'))?.pid).toBe(202);
  });
});
