import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WarmReport } from '../../core/host/warm';
import { openDatabasePool, workerThreadHost, type DatabasePool } from '../../core/host/pool';
import type { FromHost, HostChannel, HostRole, ToHost } from '../../core/host/protocol';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { programmeInput } from '../helpers/programme-input';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';

/**
 * After a write the pool brings the readers' caches (the alignment check) up to date, one reader at
 * a time and the writer last, so the next screen (or acknowledgement, or pack) is served warm; queries
 * and refused writes start nothing.
 */
interface Warm {
  role: HostRole;
  host: number;
  report: WarmReport | null;
  /** When the pool asked for it. */
  at: number;
}

let pool: DatabasePool;
let server: RunningServer;
const warms: Warm[] = [];
let hosts = 0;
let warmingAtOnce = 0;
let mostWarmingAtOnce = 0;

function spawn(role: HostRole): HostChannel {
  const channel = workerThreadHost();
  const host = ++hosts;
  const pendingWarm = new Map<number, Warm>();
  return {
    ...channel,
    post(message: ToHost) {
      if (message.type === 'warm') {
        const warm: Warm = { role, host, report: null, at: Date.now() };
        warms.push(warm);
        pendingWarm.set(message.id, warm);
        mostWarmingAtOnce = Math.max(mostWarmingAtOnce, ++warmingAtOnce);
      }
      channel.post(message);
    },
    onMessage(listener: (message: FromHost) => void) {
      channel.onMessage((message) => {
        if (message.type === 'reply' && pendingWarm.has(message.id)) {
          warmingAtOnce -= 1;
          pendingWarm.get(message.id)!.report = message.ok ? (message.value as WarmReport) : null;
          pendingWarm.delete(message.id);
        }
        listener(message);
      });
    },
  };
}

beforeAll(async () => {
  const file = join(tempDir(), 'warm.sqlite');
  const ws = await testWorkspace(file);
  await ws.actorFor('strategy_officer');
  await ws.close();
  pool = await openDatabasePool({ file, channel: 'http', readers: 2, spawn, warmAfterWriteMs: 0 });
  server = await startHttpServer({ database: pool, port: 0 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await pool?.close();
});

async function call(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (method === 'POST') headers['content-type'] = 'application/json';
  const res = await fetch(new URL(path, server.url), { method, headers, ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}) });
  return { status: res.status, json: (await res.json()) as any };
}

describe('warming the readers after a write', () => {
  it('warms each reader and then the writer, one at a time, after a write that moves the alignment check', async () => {
    const token = (await call('POST', '/trpc/auth.signIn', null, { username: 'strategy-officer', passphrase: TEST_PASSPHRASE })).json.result.data.token as string;
    await pool.warmed();
    warms.length = 0;
    // Reads start nothing.
    expect((await call('GET', `/trpc/alignment.report`, token)).status).toBe(200);
    expect((await call('GET', `/trpc/programmes.list?input=${encodeURIComponent('{}')}`, token)).status).toBe(200);
    await pool.warmed();
    expect(warms).toEqual([]);

    // A write the check reads (a programme): both readers rebuild the programmes part and its rules.
    expect((await call('POST', '/trpc/programmes.create', token, programmeInput({ code: 'WARM-1' }))).status).toBe(200);
    await pool.warmed();
    expect(warms.map((w) => w.role)).toEqual(['reader', 'reader', 'writer']);
    expect(new Set(warms.map((w) => w.host)).size).toBe(3);
    expect(mostWarmingAtOnce).toBe(1);
    for (const warm of warms) {
      expect(warm.report?.reloadedParts).toContain('programmes');
      expect(warm.report?.rerunRules.length).toBeGreaterThan(0);
    }

    // A refused write starts nothing; a write the check does not read (a sign-in) finds the caches current.
    warms.length = 0;
    expect((await call('POST', '/trpc/programmes.create', token, { code: '' })).status).toBe(400);
    await pool.warmed();
    expect(warms).toEqual([]);
    await call('POST', '/trpc/auth.signIn', null, { username: 'strategy-officer', passphrase: TEST_PASSPHRASE });
    await pool.warmed();
    expect(warms).toHaveLength(3);
    for (const warm of warms) expect(warm.report).toMatchObject({ reloadedParts: [], rerunRules: [] });
  }, 120_000);

  it('while changes keep coming, warms the readers between them but leaves the writer to take them, warming it after a longer quiet', async () => {
    const token = (await call('POST', '/trpc/auth.signIn', null, { username: 'strategy-officer', passphrase: TEST_PASSPHRASE })).json.result.data.token as string;
    await pool.warmed();
    warms.length = 0;
    let lastWriteAt = 0;
    for (let i = 0; i < 4; i++) {
      expect((await call('POST', '/trpc/programmes.create', token, programmeInput({ code: `STEADY-${i}` }))).status).toBe(200);
      lastWriteAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 600)); // a change every ~0.6 s: well inside the writer's 2 s
    }
    await pool.warmed();
    const writerWarms = warms.filter((w) => w.role === 'writer');
    expect(warms.filter((w) => w.role === 'reader').length).toBeGreaterThanOrEqual(2 * 4);
    expect(writerWarms).toHaveLength(1);
    expect(writerWarms[0]!.at).toBeGreaterThanOrEqual(lastWriteAt + 1900);
    expect(mostWarmingAtOnce).toBe(1);
  }, 120_000);
});
