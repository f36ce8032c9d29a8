import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * One browser-mode server per workspace file: an exclusive lock file `<workspace>.lock` beside it,
 * created with `wx` (fails if it exists) and holding who took it. SQLite itself copes with two
 * processes on one file (every write transaction begins IMMEDIATE and waits for the lock), but two
 * servers on one file are almost always a mistake — two addresses, two sets of sessions — so the
 * second one stops and says which process has the workspace.
 */

export interface LockHolder {
  pid: number;
  host: string;
  /** UTC ISO timestamp. */
  startedAt: string;
  /** The server's address, once it is listening. */
  url: string | null;
}

export interface LockEnvironment {
  pid: number;
  host: string;
  now(): Date;
  /** False only when the process is known not to exist (on this host). */
  isProcessAlive(pid: number): boolean;
}

export const nodeLockEnvironment: LockEnvironment = {
  pid: process.pid,
  host: hostname(),
  now: () => new Date(),
  isProcessAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists but belongs to someone else.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

export interface WorkspaceLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Records the server's address in the lock, for the message a second server prints. */
  setUrl(url: string): void;
  /** Removes the lock file if it is still ours. Safe to call more than once. */
  release(): void;
}

export type LockResult =
  | { ok: true; lock: WorkspaceLock; tookOverFrom: LockHolder | null }
  | { ok: false; holder: LockHolder | null; message: string };

export function lockPathFor(workspaceFile: string): string {
  return `${workspaceFile}.lock`;
}

export function parseLockHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isInteger(value.pid) || typeof value.host !== 'string' || typeof value.startedAt !== 'string') return null;
    return { pid: value.pid!, host: value.host, startedAt: value.startedAt, url: typeof value.url === 'string' ? value.url : null };
  } catch {
    return null;
  }
}

export function describeHolder(holder: LockHolder, env: Pick<LockEnvironment, 'host'>): string {
  const where = holder.host === env.host ? `process ${holder.pid}` : `process ${holder.pid} on computer "${holder.host}"`;
  const serving = holder.url ? `, serving ${holder.url}` : '';
  return `${where}${serving}, since ${holder.startedAt}`;
}

function refusal(workspaceFile: string, holder: LockHolder | null, env: LockEnvironment): LockResult {
  const lockPath = lockPathFor(workspaceFile);
  const who = holder ? describeHolder(holder, env) : 'a process that left an unreadable lock file';
  return {
    ok: false,
    holder,
    message:
      `Another Alignment Desk server is already using the workspace ${workspaceFile}: ${who}. ` +
      `Use that server${holder?.url ? ` (open ${holder.url})` : ''}, stop it first, or choose another file with --db. ` +
      `If you are sure no such server is running, delete ${lockPath} and start again.`,
  };
}

function readHolder(lockPath: string): { text: string; holder: LockHolder | null } | null {
  try {
    const text = readFileSync(lockPath, 'utf8');
    return { text, holder: parseLockHolder(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Takes the lock for `workspaceFile`, or says who holds it. A lock left by a process that no longer
 * exists on this computer is taken over (the result names it so the caller can say so).
 */
export function acquireWorkspaceLock(workspaceFile: string, env: LockEnvironment = nodeLockEnvironment): LockResult {
  const lockPath = lockPathFor(workspaceFile);
  const holder: LockHolder = { pid: env.pid, host: env.host, startedAt: env.now().toISOString(), url: null };
  let tookOverFrom: LockHolder | null = null;

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(holder), { flag: 'wx' });
      return { ok: true, lock: ownLock(lockPath, holder), tookOverFrom };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = readHolder(lockPath);
    if (existing === null) continue; // released meanwhile: try again
    const stale = existing.holder !== null && existing.holder.host === env.host && existing.holder.pid !== env.pid && !env.isProcessAlive(existing.holder.pid);
    if (!stale) return refusal(workspaceFile, existing.holder, env);
    // Move the stale lock aside and check it is still the one we judged stale: another server may
    // have taken it over in between, and its fresh lock must not be removed.
    const aside = `${lockPath}.${env.pid}.stale`;
    try {
      renameSync(lockPath, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readFileSync(aside, 'utf8');
    if (moved !== existing.text) {
      try {
        writeFileSync(lockPath, moved, { flag: 'wx' }); // put the live lock back
      } catch {
        // someone else has created one meanwhile; theirs stands
      }
      unlinkSync(aside);
      continue;
    }
    unlinkSync(aside);
    tookOverFrom = existing.holder;
  }
  return refusal(workspaceFile, readHolder(lockPath)?.holder ?? null, env);
}

function ownLock(lockPath: string, initial: LockHolder): WorkspaceLock {
  let holder = initial;
  let released = false;
  const stillOurs = () => readHolder(lockPath)?.text === JSON.stringify(holder);
  return {
    path: lockPath,
    get holder() {
      return holder;
    },
    setUrl(url) {
      if (released || !stillOurs()) return;
      holder = { ...holder, url };
      writeFileSync(lockPath, JSON.stringify(holder));
    },
    release() {
      if (released) return;
      released = true;
      if (stillOurs()) unlinkSync(lockPath);
    },
  };
}
