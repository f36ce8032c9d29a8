import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabasePool, type DatabasePool } from '../../core/host/pool';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { configureConnection } from '../../db/connection';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';

/**
 * Session limits through browser mode's pool of worker threads: the policy given to the pool reaches
 * every host, and queries (answered by readers) keep last_seen_at fresh without waiting for the lock.
 */
let file: string;
let pool: DatabasePool;
let server: RunningServer;
let side: Database.Database;

beforeAll(async () => {
  file = join(tempDir(), 'sessions.sqlite');
  const ws = await testWorkspace(file);
  await ws.actorFor('leader');
  await ws.close();
  pool = await openDatabasePool({ file, channel: 'http', readers: 2, sessionPolicy: { idleMinutes: 5, absoluteHours: 2 }, warmAfterWriteMs: null });
  server = await startHttpServer({ database: pool, port: 0 });
  side = new Database(file);
  configureConnection(side, file);
}, 60_000);

afterAll(async () => {
  side?.close();
  await server?.close();
  await pool?.close();
});

async function signIn(): Promise<{ token: string; expiresAt: string }> {
  const res = await fetch(new URL('/trpc/auth.signIn', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', passphrase: TEST_PASSPHRASE }) });
  return ((await res.json()) as { result: { data: { token: string; expiresAt: string } } }).result.data;
}

async function me(token: string): Promise<{ status: number; message: string | null }> {
  const res = await fetch(new URL('/trpc/auth.me', server.url), { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { error?: { message: string } };
  return { status: res.status, message: body.error?.message ?? null };
}

const setLastSeen = (minutesAgo: number) => side.prepare('update sessions set last_seen_at = ? where id = (select max(id) from sessions)').run(new Date(Date.now() - minutesAgo * 60_000).toISOString());
const lastSeen = () => Date.parse(side.prepare('select last_seen_at from sessions where id = (select max(id) from sessions)').pluck().get() as string);

describe('session limits through the pool', () => {
  it('sign-in on the writer uses the configured absolute limit', async () => {
    const before = Date.now();
    const { expiresAt } = await signIn();
    const lifetime = Date.parse(expiresAt) - before;
    expect(lifetime).toBeGreaterThanOrEqual(2 * 3600_000 - 1000);
    expect(lifetime).toBeLessThan(2 * 3600_000 + 5000);
  });

  it('a reader refuses a session idle past the configured limit and touches one within it', async () => {
    const { token } = await signIn();
    setLastSeen(3);
    expect((await me(token)).status).toBe(200);
    expect(Date.now() - lastSeen()).toBeLessThan(5000); // brought forward by the reader
    setLastSeen(6);
    expect(await me(token)).toEqual({ status: 401, message: 'Your session has ended after 5 minutes without activity. Please sign in again.' });
  });

  it('a query answers at once while another connection holds the write lock (the touch gives up)', async () => {
    const { token } = await signIn();
    setLastSeen(2);
    const stale = lastSeen();
    side.prepare('begin immediate').run();
    try {
      const started = performance.now();
      expect((await me(token)).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(2000); // the busy timeout is 5 s
    } finally {
      side.prepare('rollback').run();
    }
    expect(lastSeen()).toBe(stale);
    expect((await me(token)).status).toBe(200); // the next request tries again
    expect(lastSeen()).toBeGreaterThan(stale);
  });
});
