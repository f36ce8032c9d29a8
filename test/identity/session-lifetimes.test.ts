import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nonBlockingToucher } from '../../core/host/session-touch';
import { activeSessionsOf, checkSession, DEFAULT_SESSION_POLICY, resolveSessionPolicy, TOUCH_INTERVAL_MS, type SessionPolicy } from '../../core/identity/sessions';
import { setClock } from '../../core/shared/clock';
import { createTrpcFetchHandler, PASSIVE_HEADER } from '../../core/transport/fetch-handler';
import { BUSY_TIMEOUT_MS, configureConnection, createKysely } from '../../db/connection';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

const START = Date.parse('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;
let now = START;
let ws: TestWorkspace;

beforeEach(async () => {
  now = START;
  setClock(() => now);
  ws = await testWorkspace();
  await ws.actorFor('leader');
});
afterEach(async () => {
  setClock(null);
  await ws.close();
});

/** The transports' handler over the test workspace, with a session policy. */
function api(policy?: SessionPolicy) {
  const handle = createTrpcFetchHandler({ db: ws.db, channel: 'http', logError: () => {}, ...(policy ? { sessionPolicy: policy } : {}) });
  return {
    async signIn(): Promise<{ token: string; expiresAt: string }> {
      const res = await handle(new Request('http://x/trpc/auth.signIn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', passphrase: TEST_PASSPHRASE }) }));
      expect(res.status).toBe(200);
      return ((await res.json()) as { result: { data: { token: string; expiresAt: string } } }).result.data;
    },
    async me(token: string, options: { passive?: boolean } = {}): Promise<{ status: number; message: string | null; code: string | null }> {
      const res = await handle(new Request('http://x/trpc/auth.me', { headers: { authorization: `Bearer ${token}`, ...(options.passive ? { [PASSIVE_HEADER]: '1' } : {}) } }));
      const body = (await res.json()) as { error?: { message: string; data: { code: string } } };
      return { status: res.status, message: body.error?.message ?? null, code: body.error?.data.code ?? null };
    },
  };
}

const lastSeen = () => ws.sqlite.prepare("select last_seen_at from sessions where user_id = (select id from users where username = 'leader') order by id desc limit 1").pluck().get() as string;

describe('session lifetimes', () => {
  it('does not let requests the person did not make (passive) keep an idle session alive', async () => {
    const client = api();
    const { token } = await client.signIn();
    const signedInAt = lastSeen();
    // A live stream re-checking, or a tab refreshing other people's changes, every few minutes.
    for (let i = 0; i < 5; i++) {
      now += 5 * MINUTE;
      expect((await client.me(token, { passive: true })).status).toBe(200);
    }
    expect(lastSeen()).toBe(signedInAt);
    now += 5 * MINUTE; // 30 minutes after the person last did anything
    expect((await client.me(token, { passive: true })).message).toBe('Your session has ended after 30 minutes without activity. Please sign in again.');
  });

  it('counts an ordinary request as use of the session', async () => {
    const client = api();
    const { token } = await client.signIn();
    now += 20 * MINUTE;
    expect((await client.me(token)).status).toBe(200);
    now += 20 * MINUTE; // 40 minutes after sign-in, 20 after the last use
    expect((await client.me(token, { passive: true })).status).toBe(200);
  });

  it('ends a session left idle longer than the idle limit, saying so', async () => {
    const client = api();
    const { token } = await client.signIn();
    now += 29 * MINUTE;
    expect((await client.me(token)).status).toBe(200);
    now += 30 * MINUTE; // 30 minutes after the last request
    expect(await client.me(token)).toEqual({
      status: 401,
      code: 'UNAUTHORIZED',
      message: 'Your session has ended after 30 minutes without activity. Please sign in again.',
    });
  });

  it('keeps a session alive while it is used within the idle window, up to the absolute limit', async () => {
    const client = api({ idleMinutes: 30, absoluteHours: 2 });
    const { token, expiresAt } = await client.signIn();
    expect(expiresAt).toBe(new Date(START + 2 * 60 * MINUTE).toISOString());
    for (let step = 1; step <= 5; step++) {
      now = START + step * 20 * MINUTE; // 20, 40 … 100 minutes: each within 30 of the last
      expect((await client.me(token)).status).toBe(200);
      expect(lastSeen()).toBe(new Date(now).toISOString());
    }
    now = START + 2 * 60 * MINUTE; // 20 minutes after the last request, but two hours after sign-in
    expect(await client.me(token)).toEqual({
      status: 401,
      code: 'UNAUTHORIZED',
      message: 'Your session has ended: sessions last at most 2 hours. Please sign in again.',
    });
  });

  it('uses the defaults of 30 minutes and 12 hours, and the configured limits when given', async () => {
    expect(DEFAULT_SESSION_POLICY).toEqual({ idleMinutes: 30, absoluteHours: 12 });
    expect((await api().signIn()).expiresAt).toBe(new Date(START + 12 * 60 * MINUTE).toISOString());
    const strict = api({ idleMinutes: 5, absoluteHours: 1 });
    const { token } = await strict.signIn();
    now += 6 * MINUTE;
    expect((await strict.me(token)).message).toBe('Your session has ended after 5 minutes without activity. Please sign in again.');
  });

  it('brings last_seen_at forward at most once a minute', async () => {
    const client = api();
    const { token } = await client.signIn();
    const signedIn = new Date(START).toISOString();
    expect(lastSeen()).toBe(signedIn);
    now += TOUCH_INTERVAL_MS - 1;
    await client.me(token);
    expect(lastSeen()).toBe(signedIn);
    now += 1;
    await client.me(token);
    expect(lastSeen()).toBe(new Date(START + TOUCH_INTERVAL_MS).toISOString());
  });

  it('keeps the plain message for a token that never was a session, and for a signed-out one', async () => {
    const client = api();
    expect((await client.me('x'.repeat(43))).message).toBe('Please sign in to continue.');
    const { token } = await client.signIn();
    await ws.db.updateTable('sessions').set({ ended_at: new Date(now).toISOString() }).execute();
    expect((await client.me(token)).message).toBe('Your session has ended. Please sign in again.');
  });

  it('lists only sessions still within both limits', async () => {
    const client = api();
    const first = await client.signIn();
    now += 20 * MINUTE;
    await client.signIn();
    now += 15 * MINUTE; // the first is 35 minutes idle, the second 15
    const leader = (await checkSession(ws.db, first.token)).actor;
    expect(leader).toBeNull();
    const userId = ws.sqlite.prepare("select id from users where username = 'leader'").pluck().get() as number;
    const listed = await activeSessionsOf(ws.db, userId, null);
    expect(listed.map((s) => s.createdAt)).toEqual([new Date(START + 20 * MINUTE).toISOString()]);
  });

  it('refuses limits that are not whole numbers in range', () => {
    expect(resolveSessionPolicy({ idleMinutes: 10 })).toEqual({ idleMinutes: 10, absoluteHours: 12 });
    expect(() => resolveSessionPolicy({ idleMinutes: 0 })).toThrow(/idle limit/);
    expect(() => resolveSessionPolicy({ idleMinutes: 2.5 })).toThrow(/idle limit/);
    expect(() => resolveSessionPolicy({ absoluteHours: 10_000 })).toThrow(/session lifetime/);
  });
});

describe('the database host’s touch', () => {
  it('gives up at once while another connection holds the write lock, and leaves the busy timeout as it was', async () => {
    setClock(null);
    const file = join(tempDir(), 'touch.sqlite');
    const setup = await testWorkspace(file);
    await setup.actorFor('leader');
    await setup.close();

    const reader = new Database(file);
    configureConnection(reader, file);
    const db = createKysely(reader);
    const writer = new Database(file);
    configureConnection(writer, file);
    const touch = nonBlockingToucher(reader, db);
    const seen = () => reader.prepare('select last_seen_at from sessions order by id desc limit 1').pluck().get() as string;
    const id = reader.prepare('select id from sessions order by id desc limit 1').pluck().get() as number;
    const before = seen();

    writer.prepare('begin immediate').run();
    const started = performance.now();
    await touch(id, '2099-01-01T00:00:00.000Z');
    expect(performance.now() - started).toBeLessThan(500); // not the 5 s busy timeout
    expect(seen()).toBe(before);
    expect(reader.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    writer.prepare('rollback').run();

    await touch(id, '2099-01-01T00:00:00.000Z');
    expect(seen()).toBe('2099-01-01T00:00:00.000Z');
    await touch(id, '2098-01-01T00:00:00.000Z'); // never moves back
    expect(seen()).toBe('2099-01-01T00:00:00.000Z');
    writer.close();
    await db.destroy();
  });
});
