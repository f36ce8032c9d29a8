import Database from 'better-sqlite3';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLE } from '../../core/identity/throttle';
import { loadConfig } from '../../core/server/config';
import { startTeamServer, type TeamServer } from '../../core/server/team-server';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';
import { freePort, memoryLogger } from './fixtures';

/**
 * The sign-in throttle per client address as seen through a trusted reverse proxy. The server listens
 * on 127.0.0.1 and trusts 127.0.0.2 as its proxy (all of 127/8 is this computer, so the test connects
 * from either): X-Forwarded-For is believed from 127.0.0.2 and ignored from 127.0.0.1.
 */

let team: TeamServer;
let port: number;
let workspace: string;

beforeAll(async () => {
  const dir = tempDir('alignment-desk-proxy-');
  workspace = join(dir, 'workspace.sqlite');
  const ws = await testWorkspace(workspace);
  await ws.actorFor('strategy_officer');
  await ws.close();
  port = await freePort();
  const config = loadConfig({
    env: {
      ALIGNMENT_DESK_PORT: String(port),
      ALIGNMENT_DESK_PUBLIC_URLS: `http://localhost:${port}`,
      ALIGNMENT_DESK_TRUSTED_PROXIES: '127.0.0.2',
      ALIGNMENT_DESK_WORKSPACE: workspace,
      ALIGNMENT_DESK_BACKUP_EVERY_HOURS: '0',
      ALIGNMENT_DESK_READERS: '0',
    },
  });
  team = await startTeamServer(config, { logger: memoryLogger().logger, staticDir: null });
}, 120_000);
afterAll(async () => {
  await team?.stop();
}, 60_000);

function signIn(from: '127.0.0.1' | '127.0.0.2', forwardedFor: string | null, username: string, passphrase: string): Promise<{ status: number; retryAfter: number; message: string }> {
  const body = JSON.stringify({ username, passphrase });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path: '/trpc/auth.signIn',
        agent: false,
        headers: { host: `localhost:${port}`, 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, retryAfter: Number(res.headers['retry-after'] ?? 0), message: res.statusCode === 200 ? '' : String(JSON.parse(text).error?.message ?? text) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('sign-in throttle behind a trusted proxy', () => {
  it(`locks a forwarded address after ${THROTTLE.lockAfter} failures, not another forwarded address, and ignores X-Forwarded-For from anyone else`, async () => {
    // Ten wrong guesses from one client, each at a different (made-up) username so only the address
    // counts; the proxy adds the client after whatever the client itself claimed.
    let failures = 0;
    let last = { status: 0, retryAfter: 0, message: '' };
    for (let attempt = 0; failures < THROTTLE.lockAfter && attempt < 40; attempt++) {
      last = await signIn('127.0.0.2', '198.51.100.77, 203.0.113.9', `nobody-${attempt}`, 'wrong passphrase, long enough');
      if (last.status === 429 && !/locked/.test(last.message)) {
        await new Promise((resolve) => setTimeout(resolve, last.retryAfter * 1000 + 50)); // the throttle's growing wait
        continue;
      }
      failures++;
    }
    expect(failures).toBe(THROTTLE.lockAfter);
    expect(last.message).toMatch(/locked/);

    // That address is locked, even with the right passphrase…
    const locked = await signIn('127.0.0.2', '203.0.113.9', 'strategy-officer', TEST_PASSPHRASE);
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/^Signing in from this address is locked after 10 failed attempts\./);
    // …but another client of the same proxy is not…
    expect((await signIn('127.0.0.2', '203.0.113.10', 'strategy-officer', TEST_PASSPHRASE)).status).toBe(200);
    // …and a client claiming to be the locked address without coming through the proxy is judged by its own address.
    expect((await signIn('127.0.0.1', '203.0.113.9', 'strategy-officer', TEST_PASSPHRASE)).status).toBe(200);

    const sqlite = new Database(workspace, { readonly: true });
    const rows = sqlite.prepare("select key, failures, locked_until is not null as locked from sign_in_throttle where scope = 'address' order by key").all();
    const lockAudit = sqlite.prepare("select entity_id from audit_log where action = 'auth.sign_in_locked'").pluck().all();
    sqlite.close();
    // Each attempt was counted against the address the server believed (the right ones un-counted again).
    expect(rows).toEqual([
      { key: '127.0.0.1', failures: 0, locked: 0 },
      { key: '203.0.113.10', failures: 0, locked: 0 },
      { key: '203.0.113.9', failures: THROTTLE.lockAfter, locked: 1 },
    ]);
    expect(lockAudit).toEqual(['203.0.113.9']);
  }, 120_000);
});
