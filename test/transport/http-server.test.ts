import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/raw-db';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { rawRequest } from '../helpers/http';
import { programmeInput } from '../helpers/programme-input';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let server: RunningServer;
let token: string;

const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  ws = await testWorkspace();
  await ws.actorFor('strategy_officer');
  server = await startHttpServer({ db: ws.db, port: 0, logError: () => {} });
  const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/auth.signIn', headers: json, body: JSON.stringify({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE }) });
  expect(res.status).toBe(200);
  token = JSON.parse(res.body).result.data.token;
});
afterAll(async () => {
  await server.close();
  await ws.close();
});

const auth = () => ({ authorization: `Bearer ${token}` });
const noLeaks = (body: string) => {
  expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(body).not.toMatch(/"stack"/);
  expect(body).not.toMatch(/SQLITE_|constraint failed|select |insert into/i);
};

describe('HTTP API hardening', () => {
  it('needs a bearer session token: none gives UNAUTHORIZED', async () => {
    const res = await rawRequest(server.port, { path: '/trpc/programmes.list?input=%7B%7D' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.data.code).toBe('UNAUTHORIZED');
    const bad = await rawRequest(server.port, { path: '/trpc/programmes.list?input=%7B%7D', headers: { authorization: 'Bearer not-a-session-token-at-all' } });
    expect(bad.status).toBe(401);
    noLeaks(res.body);
  });

  it('serves a signed-in caller', async () => {
    const res = await rawRequest(server.port, { path: '/trpc/programmes.list?input=%7B%7D', headers: auth() });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).result.data).toMatchObject({ total: 0, rows: [] });
  });

  it.each(['evil.test', '127.0.0.1.evil.test', 'localhost', '127.0.0.1:1'])('answers Host "%s" with 403 (DNS rebinding)', async (host) => {
    const res = await rawRequest(server.port, { path: '/trpc/programmes.list?input=%7B%7D', headers: { ...auth(), host } });
    expect(res.status).toBe(403);
  });

  it('refuses a request with no Host at all', async () => {
    const res = await rawRequest(server.port, { path: '/trpc/programmes.list?input=%7B%7D', headers: { ...auth(), host: '' } });
    expect([400, 403]).toContain(res.status);
  });

  /** Sends the request text as written (fetch and http.request cannot repeat a Host header) and returns the status. */
  function rawSocketStatus(lines: string[]): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', reject);
      socket.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? -1), text });
      });
      socket.end(`${lines.join('\r\n')}\r\nConnection: close\r\n\r\n`);
    });
  }

  it('refuses two Host, two Origin or two Authorization headers with 400', async () => {
    const own = `127.0.0.1:${server.port}`;
    const get = 'GET /trpc/programmes.list?input=%7B%7D HTTP/1.1';
    const ok = await rawSocketStatus([get, `Host: ${own}`, `Authorization: Bearer ${token}`]);
    expect(ok.status).toBe(200);
    // Node keeps only the first Host: an allowed one first must not smuggle a second past the guard.
    for (const headers of [
      [`Host: ${own}`, 'Host: evil.test', `Authorization: Bearer ${token}`],
      [`Host: ${own}`, `host: ${own}`, `Authorization: Bearer ${token}`],
      [`Host: ${own}`, `Origin: http://${own}`, 'Origin: http://evil.test', `Authorization: Bearer ${token}`],
      [`Host: ${own}`, `Authorization: Bearer ${token}`, 'Authorization: Bearer someone-elses-token-entirely'],
    ]) {
      const res = await rawSocketStatus([get, ...headers]);
      expect(res.status, headers.join(' | ')).toBe(400);
      expect(res.text).toMatch(/only one (Host|Origin|Authorization) header/);
    }
  });

  it('answers a foreign Origin (including null) with 403', async () => {
    for (const origin of ['http://evil.test', 'null', `http://127.0.0.1:${server.port + 1}`]) {
      const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/programmes.create', headers: { ...json, ...auth(), origin }, body: JSON.stringify(programmeInput()) });
      expect(res.status).toBe(403);
    }
    const own = await rawRequest(server.port, { path: '/trpc/programmes.list?input=%7B%7D', headers: { ...auth(), origin: `http://127.0.0.1:${server.port}` } });
    expect(own.status).toBe(200);
  });

  it('refuses form-encoded, plain-text and multipart mutations with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/programmes.create', headers: { ...auth(), 'content-type': type }, body: 'code=X&name=Y' });
      expect(res.status).toBe(415);
    }
    expect(ws.sqlite.prepare('select count(*) from programmes').pluck().get()).toBe(0);
  });

  it('refuses an oversized body with 413 and a batch that is too long', async () => {
    const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/programmes.create', headers: { ...json, ...auth() }, body: JSON.stringify(programmeInput({ summary: 'x'.repeat(29 * 1024 * 1024) })) });
    expect(res.status).toBe(413);
    const paths = Array.from({ length: 21 }, () => 'programmes.list').join(',');
    const batch = await rawRequest(server.port, { path: `/trpc/${paths}?batch=1&input=%7B%7D`, headers: auth() });
    expect(batch.status).toBe(413);
    expect(ws.sqlite.prepare('select count(*) from programmes').pluck().get()).toBe(0);
  });

  it('refuses a mutation sent as GET', async () => {
    const res = await rawRequest(server.port, { path: `/trpc/programmes.create?input=${encodeURIComponent(JSON.stringify(programmeInput()))}`, headers: auth() });
    expect(res.status).toBe(405);
  });

  it('returns field messages for bad input and never a stack trace or SQL', async () => {
    const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/programmes.create', headers: { ...json, ...auth() }, body: JSON.stringify(programmeInput({ name: '', extra: 1 })) });
    expect(res.status).toBe(400);
    const error = JSON.parse(res.body).error;
    expect(error.data.fieldErrors.name).toEqual(['Enter a name']);
    expect(error.data.fieldErrors._form[0]).toMatch(/Unexpected field/);
    noLeaks(res.body);
  });

  it('masks an unexpected database failure as a generic message with a reference', async () => {
    ws.sqlite.exec('CREATE TRIGGER fail_insert BEFORE INSERT ON programmes BEGIN SELECT RAISE(ABORT, \'SQLITE_BOOM constraint failed\'); END');
    try {
      const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/programmes.create', headers: { ...json, ...auth() }, body: JSON.stringify(programmeInput()) });
      expect(res.status).toBe(500);
      const error = JSON.parse(res.body).error;
      expect(error.message).toMatch(/^Something went wrong on our side\. Nothing was changed\. Quote reference [0-9a-f-]{36}\.$/);
      noLeaks(res.body);
    } finally {
      ws.sqlite.exec('DROP TRIGGER fail_insert');
    }
  });

  it('serves the renderer with a CSP, falls back to index.html for app routes, and refuses traversal', async () => {
    const root = join(tempDir(), 'public');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Alignment Desk</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'do not serve');
    const staticServer = await startHttpServer({ db: ws.db, port: 0, staticDir: root });
    try {
      const index = await rawRequest(staticServer.port, { path: '/' });
      expect(index.status).toBe(200);
      expect(index.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(index.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
      expect((await rawRequest(staticServer.port, { path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
      expect((await rawRequest(staticServer.port, { path: '/programmes/12' })).body).toContain('<title>Alignment Desk</title>');
      expect((await rawRequest(staticServer.port, { path: '//' })).status).toBe(200);
      expect((await rawRequest(staticServer.port, { path: '//evil.test/x' })).body).not.toContain('do not serve');
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/missing.js']) {
        const res = await rawRequest(staticServer.port, { path });
        expect(res.status, path).toBe(404);
        expect(res.body).not.toContain('do not serve');
      }
    } finally {
      await staticServer.close();
    }
  });
});
