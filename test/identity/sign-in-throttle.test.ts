import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../core/identity/service';
import { THROTTLE } from '../../core/identity/throttle';
import { setClock } from '../../core/shared/clock';
import { createTrpcFetchHandler } from '../../core/transport/fetch-handler';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { rawRequest, type RawResponse } from '../helpers/http';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';

/** Sign-in throttling over real HTTP, against a workspace file, with the app's clock under test control. */
const file = join(tempDir(), 'throttle.sqlite');
let now = Date.parse('2026-03-02T09:00:00.000Z');
let workspace: Workspace;
let server: RunningServer;

const advance = (seconds: number) => {
  now += seconds * 1000;
};
/** Starts each test on a clean slate: every earlier run and lock has been served. */
const afterEveryLock = () => advance(THROTTLE.lockMinutes * 60 + THROTTLE.forgetMinutes * 60 + 1);

beforeAll(async () => {
  setClock(() => now);
  const ws = await testWorkspace(file);
  await ws.actorFor('leader'); // creates "leader" with TEST_PASSPHRASE
  await ws.close();
  workspace = await openWorkspaceDatabase(file);
  server = await startHttpServer({ db: workspace.db, port: 0, logError: () => {} });
});
afterEach(afterEveryLock);
afterAll(async () => {
  await server.close();
  await workspace.close();
  setClock(null);
});

function attempt(username: string, passphrase: string): Promise<RawResponse> {
  return rawRequest(server.port, { method: 'POST', path: '/trpc/auth.signIn', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, passphrase }) });
}

const count = (sql: string, ...params: unknown[]) => workspace.sqlite.prepare(sql).pluck().get(...params) as number;
const auditCount = () => count('select count(*) from audit_log');

/** Makes attempts until `failures` wrong passphrases were checked, waiting out each delay; returns what it saw. */
async function failUntil(failures: number, username: (i: number) => string): Promise<string[]> {
  const seen: string[] = [];
  let failed = 0;
  while (failed < failures) {
    const res = await attempt(username(failed), 'not the right passphrase');
    if (res.status === 401) failed += 1;
    else {
      expect(res.status).toBe(429);
      advance(Number(res.headers['retry-after']));
    }
    seen.push(res.status === 429 ? `429 after ${res.headers['retry-after']}s` : String(res.status));
  }
  return seen;
}

describe('sign-in throttling over HTTP', () => {
  it('30 wrong passphrases: delays after 5, a lock after 10, even the right passphrase refused until the lock ends', async () => {
    const auditBefore = auditCount();
    const statuses: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await attempt('leader', `wrong guess ${i}`);
      if (res.status === 429) {
        const body = JSON.parse(res.body);
        expect(body.error.data.code).toBe('TOO_MANY_REQUESTS');
        expect(body.error.data.retryAfterSeconds).toBe(Number(res.headers['retry-after']));
        expect(body.error.message).toMatch(/Try again after \d\d:\d\d:\d\d UK time \(in \d+ (seconds?|minutes)\)/);
        statuses.push(`429 after ${res.headers['retry-after']}s`);
        // Wait out the short delays; once locked, keep knocking without waiting.
        if (Number(res.headers['retry-after']) <= THROTTLE.maxDelaySeconds) advance(Number(res.headers['retry-after']));
      } else {
        statuses.push(String(res.status));
      }
    }
    expect(statuses).toEqual([
      '401', '401', '401', '401', '401',
      '429 after 1s', '401',
      '429 after 2s', '401',
      '429 after 4s', '401',
      '429 after 8s', '401',
      '429 after 16s', '401', // the 10th failure: locked for 15 minutes
      ...Array.from({ length: 15 }, () => '429 after 900s'),
    ]);

    const locked = await attempt('leader', TEST_PASSPHRASE);
    expect(locked.status).toBe(429);
    expect(JSON.parse(locked.body).error.message).toMatch(/^Signing in for this username is locked after 10 failed attempts\. Try again after/);
    advance(THROTTLE.lockMinutes * 60 - 1);
    const almost = await attempt('leader', TEST_PASSPHRASE);
    expect(almost.status).toBe(429);
    expect(almost.headers['retry-after']).toBe('1');
    advance(1);
    const accepted = await attempt('leader', TEST_PASSPHRASE);
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body).result.data.token).toEqual(expect.any(String));

    // One audit entry per lock (the username's and the address's), none per guess.
    const locks = workspace.sqlite.prepare("select entity_type, after_json from audit_log where action = 'auth.sign_in_locked' and id > ?").all(auditBefore) as Array<{ entity_type: string; after_json: string }>;
    expect(locks.map((l) => [l.entity_type, JSON.parse(l.after_json).scope])).toEqual([
      ['user', 'username'],
      ['client_address', 'address'],
    ]);
    expect(count("select count(*) from audit_log where action = 'auth.sign_in_refused'")).toBe(0);
    expect(auditCount() - auditBefore).toBe(3); // two locks and the successful sign-in
  });

  it('a parallel burst of guesses is counted before the passphrases are checked', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt('leader', `parallel guess ${i}`)));
    const checked = results.filter((r) => r.status === 401).length;
    expect(checked).toBeLessThanOrEqual(THROTTLE.delayAfter);
    expect(results.filter((r) => r.status === 429)).toHaveLength(20 - checked);
  });

  it('keeps a lock when the workspace file is closed and opened again', async () => {
    await failUntil(THROTTLE.lockAfter, () => 'leader');
    expect((await attempt('leader', TEST_PASSPHRASE)).status).toBe(429);

    await server.close();
    await workspace.close();
    workspace = await openWorkspaceDatabase(file);
    server = await startHttpServer({ db: workspace.db, port: 0, logError: () => {} });

    const afterRestart = await attempt('leader', TEST_PASSPHRASE);
    expect(afterRestart.status).toBe(429);
    expect(Number(afterRestart.headers['retry-after'])).toBeGreaterThan(THROTTLE.lockMinutes * 60 - 60);
    advance(THROTTLE.lockMinutes * 60);
    expect((await attempt('leader', TEST_PASSPHRASE)).status).toBe(200);
  });

  it('throttles an address across usernames, and only that address', async () => {
    const auditBefore = auditCount();
    const seen = await failUntil(THROTTLE.lockAfter, (i) => `nobody-${i}`);
    expect(seen.filter((s) => s === '401')).toHaveLength(10);
    // Each made-up username failed once, so only the address scope holds anyone back now.
    const refused = await attempt('leader', TEST_PASSPHRASE);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error.message).toMatch(/from this address is locked/);
    // The desktop (no client address) still lets the right passphrase in.
    await expect(signIn(workspace.db, 'desktop-test', 'desktop', 'leader', TEST_PASSPHRASE, null)).resolves.toMatchObject({ user: { username: 'leader' } });
    const locks = workspace.sqlite.prepare("select entity_type, entity_id from audit_log where action = 'auth.sign_in_locked' and id > ?").all(auditBefore);
    expect(locks).toEqual([{ entity_type: 'client_address', entity_id: expect.stringMatching(/127\.0\.0\.1/) }]);
  });

  it('a successful sign-in clears the username’s count (desktop, so only the username scope counts)', async () => {
    for (let i = 0; i < THROTTLE.delayAfter - 1; i++) {
      await expect(signIn(workspace.db, 'r', 'desktop', 'Leader', 'wrong passphrase here')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await signIn(workspace.db, 'r', 'desktop', 'leader', TEST_PASSPHRASE);
    expect(count("select count(*) from sign_in_throttle where scope = 'username' and key = 'leader'")).toBe(0);
    // A fresh run: five more failures pass straight to the passphrase check before any delay.
    for (let i = 0; i < THROTTLE.delayAfter; i++) {
      await expect(signIn(workspace.db, 'r', 'desktop', 'leader', 'wrong passphrase here')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await expect(signIn(workspace.db, 'r', 'desktop', 'leader', TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('the desktop path carries the wait in the error data and the Retry-After header', async () => {
    const handle = createTrpcFetchHandler({ db: workspace.db, channel: 'desktop', logError: () => {} });
    const call = (passphrase: string) =>
      handle(new Request('app://alignment-desk/trpc/auth.signIn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', passphrase }) }));
    for (let i = 0; i < THROTTLE.delayAfter; i++) expect((await call('wrong passphrase here')).status).toBe(401);
    const res = await call(TEST_PASSPHRASE);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { error: { data: unknown } }).error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
  });

  it('forgets stale runs, so guesses at made-up usernames do not grow the table for ever', async () => {
    for (let i = 0; i < 3; i++) await attempt(`made-up-${i}`, 'not the right passphrase');
    expect(count("select count(*) from sign_in_throttle where key like 'made-up-%'")).toBe(3);
    advance(THROTTLE.forgetMinutes * 60 + 1);
    await attempt('leader', TEST_PASSPHRASE);
    expect(count("select count(*) from sign_in_throttle where key like 'made-up-%'")).toBe(0);
  });
});
