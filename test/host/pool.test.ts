import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabasePool, workerThreadHost, type DatabasePool } from '../../core/host/pool';
import { HOST_UNAVAILABLE_REASON, type HostChannel, type HostRole, type ToHost } from '../../core/host/protocol';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { programmeInput } from '../helpers/programme-input';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';

/**
 * Browser mode's pool of database hosts, with real worker threads on a workspace file. The hosts run
 * test/helpers/test-host-entry.ts: the real host, plus a header that holds a host's thread (as a long
 * synchronous SQLite call would) or ends it mid-request.
 */
const TEST_ENTRY = join(__dirname, '..', 'helpers', 'test-host-entry.ts');

let file: string;
let pool: DatabasePool;
let server: RunningServer;
let inProcess: RunningServer;
let inProcessClose: () => Promise<void>;
const spawned: Array<{ role: HostRole; channel: HostChannel }> = [];
const routed: Array<{ role: HostRole; method: string; path: string }> = [];
const hostErrors: string[] = [];

function spawn(role: HostRole): HostChannel {
  const channel = workerThreadHost(TEST_ENTRY);
  spawned.push({ role, channel });
  return {
    ...channel,
    post(message: ToHost) {
      if (message.type === 'request') routed.push({ role, method: message.request.method, path: new URL(message.request.url).pathname });
      channel.post(message);
    },
  };
}

beforeAll(async () => {
  file = join(tempDir(), 'pool.sqlite');
  const ws = await testWorkspace(file);
  await ws.actorFor('strategy_officer');
  await ws.close();
  pool = await openDatabasePool({ file, channel: 'http', readers: 2, backups: true, spawn, onHostError: (message) => hostErrors.push(message) });
  server = await startHttpServer({ database: pool, port: 0 });
  const direct = await testWorkspace(':memory:');
  await direct.actorFor('strategy_officer');
  inProcess = await startHttpServer({ db: direct.db, port: 0, logError: () => {} });
  inProcessClose = async () => {
    await inProcess.close();
    await direct.close();
  };
}, 120_000);

afterAll(async () => {
  await server?.close();
  await pool?.close();
  await inProcessClose?.();
});

async function call(target: RunningServer, method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; hint?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.hint) headers['x-test-host'] = options.hint;
  if (method === 'POST') headers['content-type'] = 'application/json';
  const res = await fetch(new URL(path, target.url), { method, headers, ...(method === 'POST' ? { body: JSON.stringify(options.body ?? {}) } : {}) });
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

const signIn = async (target: RunningServer, username = 'strategy-officer') =>
  (await call(target, 'POST', '/trpc/auth.signIn', { body: { username, passphrase: TEST_PASSPHRASE } })).json.result.data.token as string;
const list = (target: RunningServer, token: string, hint?: string) =>
  call(target, 'GET', `/trpc/programmes.list?input=${encodeURIComponent(JSON.stringify({}))}`, { token, ...(hint ? { hint } : {}) });

describe('the pool of database hosts', () => {
  it('sends mutations to the writer and queries to readers, which see every committed write', async () => {
    const token = await signIn(server);
    routed.length = 0;
    const created = await call(server, 'POST', '/trpc/programmes.create', { token, body: programmeInput({ code: 'POOL-1' }) });
    expect(created.status).toBe(200);
    const read = await list(server, token);
    expect(read.status).toBe(200);
    expect(read.json.result.data.rows.map((row: { code: string }) => row.code)).toContain('POOL-1');
    expect(routed).toEqual([
      { role: 'writer', method: 'POST', path: '/trpc/programmes.create' },
      { role: 'reader', method: 'GET', path: '/trpc/programmes.list' },
    ]);
  });

  it('answers errors from a host with the same tRPC error shape as the in-process handler', async () => {
    const anonymous = await Promise.all([server, inProcess].map((target) => list(target, 'not-a-session')));
    expect(anonymous.map((r) => r.status)).toEqual([401, 401]);
    expect(anonymous[0]!.json.error.data.code).toBe('UNAUTHORIZED');
    const refused = await Promise.all(
      [server, inProcess].map(async (target) => call(target, 'POST', '/trpc/programmes.create', { token: await signIn(target), body: { ...programmeInput({ code: 'BAD' }), name: '' } })),
    );
    expect(refused.map((r) => r.status)).toEqual([400, 400]);
    const shape = (json: any) => ({ ...json, error: { ...json.error, data: { ...json.error.data, requestId: typeof json.error.data.requestId } } });
    expect(shape(refused[0]!.json)).toEqual(shape(refused[1]!.json));
    expect(refused[0]!.json.error.data.fieldErrors.name).toBeDefined();
  });

  it('answers a short query while a reader is held by a long synchronous call (least-busy routing)', async () => {
    const token = await signIn(server);
    const release = join(tempDir(), 'release');
    const finished: string[] = [];
    const long = list(server, token, `hold:${release}`).then((r) => (finished.push('long'), r));
    await expect.poll(() => pool.load().readers.some((n) => n === 1)).toBe(true);
    // Two short queries one after the other: both must avoid the held reader (round robin would not).
    for (const name of ['short 1', 'short 2']) {
      const short = await list(server, token);
      expect(short.status).toBe(200);
      finished.push(name);
    }
    writeFileSync(release, '');
    expect((await long).status).toBe(200);
    expect(finished).toEqual(['short 1', 'short 2', 'long']);
  });

  it('with a single reader, the same short query waits behind the long one (what the pool avoids)', async () => {
    const single = await openDatabasePool({ file, channel: 'http', readers: 1, spawn: (role) => workerThreadHost(role === 'reader' ? TEST_ENTRY : undefined) });
    const target = await startHttpServer({ database: single, port: 0 });
    try {
      const token = await signIn(target);
      const release = join(tempDir(), 'release');
      const finished: string[] = [];
      const long = list(target, token, `hold:${release}`).then(() => finished.push('long'));
      await expect.poll(() => single.load().readers[0]).toBe(1);
      const short = list(target, token).then(() => finished.push('short'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      writeFileSync(release, '');
      await Promise.all([long, short]);
      expect(finished).toEqual(['long', 'short']);
    } finally {
      await target.close();
      await single.close();
    }
  });

  it('answers 503 (retry) for the requests of a host that stops, and replaces it', async () => {
    const token = await signIn(server);
    const readersBefore = spawned.filter((s) => s.role === 'reader').length;
    const crashed = await call(server, 'GET', `/trpc/programmes.list,auth.me?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {}, 1: {} }))}`, { token, hint: 'crash' });
    expect(crashed.status).toBe(503);
    expect(crashed.headers.get('retry-after')).toBe('1');
    expect(crashed.json).toHaveLength(2);
    expect(crashed.json[0].error.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, path: 'programmes.list', reason: HOST_UNAVAILABLE_REASON });
    expect(crashed.json[1].error.data.path).toBe('auth.me');
    await expect.poll(() => spawned.filter((s) => s.role === 'reader').length).toBe(readersBefore + 1);
    for (let i = 0; i < 3; i++) expect((await list(server, token)).status).toBe(200);

    const writerCrash = await call(server, 'POST', '/trpc/programmes.create', { token, hint: 'crash', body: programmeInput({ code: 'CRASH-1' }) });
    expect(writerCrash.status).toBe(503);
    const after = await call(server, 'POST', '/trpc/programmes.create', { token, body: programmeInput({ code: 'AFTER-CRASH' }) });
    expect(after.status).toBe(200);
    expect(spawned.filter((s) => s.role === 'writer')).toHaveLength(2);
    expect(hostErrors.filter((m) => /stopped unexpectedly/.test(m))).toHaveLength(2);
  });

  it('makes a backup beside the writer and the HTTP thread streams it, once', async () => {
    const token = await signIn(server, 'admin');
    const offer = await call(server, 'POST', '/trpc/workspace.backup', { token });
    expect(offer.status).toBe(200);
    const { downloadPath, bytes, integrity } = offer.json.result.data;
    expect(integrity).toBe('ok');
    const first = await fetch(new URL(downloadPath, server.url), { headers: { authorization: `Bearer ${token}` } });
    expect(first.status).toBe(200);
    expect((await first.arrayBuffer()).byteLength).toBe(bytes);
    const again = await fetch(new URL(downloadPath, server.url), { headers: { authorization: `Bearer ${token}` } });
    expect(again.status).toBe(404);
    const other = await fetch(new URL(downloadPath, server.url), { headers: { authorization: `Bearer ${await signIn(server)}` } });
    expect(other.status).toBe(403);
  });
});

describe('closing the pool', () => {
  it('closes every connection, so SQLite checkpoints and removes the write-ahead log', async () => {
    const own = join(tempDir(), 'close.sqlite');
    const ws = await testWorkspace(own);
    await ws.close();
    const exits: Array<number | null> = [];
    const closing = await openDatabasePool({
      file: own,
      channel: 'http',
      readers: 2,
      spawn: () => {
        const channel = workerThreadHost();
        return { ...channel, onExit: (listener) => channel.onExit((code) => (exits.push(code), listener(code))) };
      },
    });
    expect(existsSync(`${own}-wal`)).toBe(true);
    await closing.close();
    expect(exits).toEqual([0, 0, 0]);
    expect(existsSync(`${own}-wal`)).toBe(false);
    const late = await closing.handle({ url: 'http://127.0.0.1/trpc/workspace.status', method: 'GET', headers: {}, body: null, clientAddress: null });
    expect(late.status).toBe(503);
  });
});
