import { connect } from 'node:net';
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RequestLogEntry, type RunningServer } from '../../core/transport/http-server';
import { teamPolicy } from '../../core/server/policy';
import { makeSelfSignedCertificate, type SelfSigned } from '../helpers/self-signed';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { send } from './tls-request';

/**
 * The HTTP server's operational additions, on an in-memory workspace: HTTPS, a request id per
 * request (made by the server, used by the database side, echoed), one log entry per request without
 * secrets, and a graceful close.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let ws: TestWorkspace;
let cert: SelfSigned;
let server: RunningServer;
const logged: RequestLogEntry[] = [];

beforeAll(async () => {
  ws = await testWorkspace();
  cert = makeSelfSignedCertificate();
  server = await startHttpServer({
    db: ws.db,
    port: 0,
    tls: { cert: cert.cert, key: cert.key },
    policy: teamPolicy({ publicUrls: ['https://localhost'], behindProxy: null }),
    log: (entry) => logged.push(entry),
    logError: () => {},
  });
});
afterAll(async () => {
  await server.close();
  await ws.close();
  cert.remove();
});

const host = () => ({ host: 'localhost' });

describe('HTTP server: TLS, request ids and the request log', () => {
  it('serves HTTPS with the given certificate, on loopback by default', async () => {
    expect(server.url).toBe(`https://127.0.0.1:${server.port}/`);
    const res = await send(server.url, { path: '/trpc/workspace.status', headers: host(), ca: cert.cert });
    expect(res.status).toBe(200);
    // A client that does not trust the certificate is refused by TLS itself.
    await expect(send(server.url, { path: '/trpc/workspace.status', headers: host() })).rejects.toThrow(/self-signed|self signed/);
  });

  it('gives each request its own id, ignores one sent by the client, and records it with the change it made', async () => {
    const spoofed = '11111111-2222-4333-8444-555555555555';
    const res = await send(server.url, {
      method: 'POST',
      path: '/trpc/auth.signIn',
      headers: { ...host(), 'x-request-id': spoofed },
      body: JSON.stringify({ username: 'admin', passphrase: TEST_PASSPHRASE }),
      ca: cert.cert,
    });
    expect(res.status).toBe(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(UUID);
    expect(id).not.toBe(spoofed);
    const audit = ws.sqlite.prepare("select request_id from audit_log where action = 'auth.sign_in' order by id desc limit 1").pluck().get();
    expect(audit).toBe(id);
    const other = await send(server.url, { path: '/trpc/workspace.status', headers: host(), ca: cert.cert });
    expect(other.headers['x-request-id']).toMatch(UUID);
    expect(other.headers['x-request-id']).not.toBe(id);
    // Refusals carry one too.
    const refused = await send(server.url, { path: '/trpc/workspace.status', headers: { host: 'evil.test' }, ca: cert.cert });
    expect(refused.status).toBe(403);
    expect(refused.headers['x-request-id']).toMatch(UUID);
  });

  it('logs one entry per request: method, path without the query, status, time, id and address — nothing else', async () => {
    logged.length = 0;
    const res = await send(server.url, { path: '/trpc/programmes.list?input=%7B%22secret%22%3A1%7D', headers: { ...host(), authorization: 'Bearer abcdef', cookie: 'x=y' }, ca: cert.cert });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged).toHaveLength(1);
    const [entry] = logged;
    expect(Object.keys(entry!).sort()).toEqual(['clientAddress', 'method', 'ms', 'path', 'requestId', 'status']);
    expect(entry).toMatchObject({ method: 'GET', path: '/trpc/programmes.list', status: 401, requestId: res.headers['x-request-id'], clientAddress: '127.0.0.1' });
    expect(entry!.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('HTTP server: graceful close', () => {
  it('stops accepting, finishes a request in flight, and closes idle keep-alive connections', async () => {
    const ws2 = await testWorkspace();
    const plain = await startHttpServer({ db: ws2.db, port: 0, logError: () => {}, closeTimeoutMs: 5000 });
    const own = `127.0.0.1:${plain.port}`;
    // An idle keep-alive connection: one request answered, the socket left open.
    const idle = connect(plain.port, '127.0.0.1');
    let idleClosed = false;
    idle.on('close', () => (idleClosed = true));
    idle.on('data', () => {});
    await new Promise<void>((resolve) => idle.once('connect', () => resolve()));
    idle.write(`GET /trpc/workspace.status HTTP/1.1\r\nHost: ${own}\r\n\r\n`);
    await new Promise((resolve) => idle.once('data', resolve));

    // A sign-in whose body is still arriving when the server is told to close, on a keep-alive connection.
    const agent = new Agent({ keepAlive: true });
    const body = JSON.stringify({ username: 'admin', passphrase: TEST_PASSPHRASE });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: plain.port, method: 'POST', path: '/trpc/auth.signIn', agent, headers: { host: own, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        closing = plain.close();
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    let closing: Promise<void> | null = null;
    const done = await answer;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.text).result.data.token).toMatch(/\S{20,}/);
    const answered = performance.now();
    await closing;
    // The answered connection was told to close rather than kept alive for Node's 5 s keep-alive.
    expect(performance.now() - answered).toBeLessThan(2000);
    expect(idleClosed).toBe(true);
    agent.destroy();
    // Nothing new is accepted.
    await expect(send(`http://${own}/`, { path: '/trpc/workspace.status', headers: { host: own } })).rejects.toThrow(/ECONNREFUSED/);
    await ws2.close();
  });

  it('ends a request that is still unfinished when the close timeout runs out', async () => {
    const ws3 = await testWorkspace();
    const plain = await startHttpServer({ db: ws3.db, port: 0, logError: () => {}, closeTimeoutMs: 300 });
    const stalled = connect(plain.port, '127.0.0.1');
    const ended = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
    stalled.on('error', () => {});
    await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
    stalled.write(`POST /trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1:${plain.port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"user`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await plain.close();
    await ended;
    expect(performance.now() - started).toBeLessThan(2000);
    await ws3.close();
  });
});
