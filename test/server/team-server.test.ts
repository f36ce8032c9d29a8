import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { verifyAuditChain } from '../../core/audit/service';
import { loadConfig, type TeamServerConfig } from '../../core/server/config';
import { SCHEDULED_PREFIX } from '../../core/server/backups';
import { startTeamServer, type TeamServer } from '../../core/server/team-server';
import { makeSelfSignedCertificate, type SelfSigned } from '../helpers/self-signed';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';
import { fakeRenderer, freePort, memoryLogger } from './fixtures';
import { send } from './tls-request';

/**
 * The team server end to end in this process (its database hosts are worker threads): HTTPS with a
 * self-signed certificate the client trusts through `ca`, the public-URL Host/Origin checks, health
 * checks, scheduled verified backups with retention, JSON logs, and a graceful stop.
 */

let cert: SelfSigned;
let dir: string;
let config: TeamServerConfig;
let team: TeamServer;
let origin: string;
const log = memoryLogger();
let stopped = false;

beforeAll(async () => {
  cert = makeSelfSignedCertificate();
  dir = tempDir('alignment-desk-team-');
  const workspace = join(dir, 'workspace.sqlite');
  const ws = await testWorkspace(workspace);
  await ws.actorFor('strategy_officer');
  await ws.close();
  const port = await freePort();
  origin = `https://localhost:${port}`;
  config = loadConfig({
    env: {
      ALIGNMENT_DESK_PORT: String(port),
      ALIGNMENT_DESK_PUBLIC_URLS: origin,
      ALIGNMENT_DESK_TLS_CERT: cert.certFile,
      ALIGNMENT_DESK_TLS_KEY: cert.keyFile,
      ALIGNMENT_DESK_WORKSPACE: workspace,
      ALIGNMENT_DESK_BACKUP_EVERY_HOURS: '0.0004', // every 1.44 s
      ALIGNMENT_DESK_BACKUP_KEEP: '2',
      ALIGNMENT_DESK_READERS: '1',
    },
  });
  team = await startTeamServer(config, { logger: log.logger, staticDir: fakeRenderer() });
}, 120_000);

afterAll(async () => {
  if (!stopped) await team?.stop();
  cert?.remove();
}, 60_000);

const get = (path: string, headers: Record<string, string> = {}) => send(origin, { path, headers, ca: cert.cert });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => send(origin, { method: 'POST', path, headers, body: JSON.stringify(body), ca: cert.cert });

describe('team server over HTTPS', () => {
  it('serves the app and the API at its public URL, with a certificate the client trusts', async () => {
    expect(team.listenUrl).toBe(`https://127.0.0.1:${config.listen.port}/`);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Alignment Desk</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const signIn = await post('/trpc/auth.signIn', { username: 'strategy-officer', passphrase: TEST_PASSPHRASE });
    expect(signIn.status).toBe(200);
    const token = JSON.parse(signIn.body).result.data.token as string;
    const list = await get('/trpc/programmes.list?input=%7B%7D', { authorization: `Bearer ${token}` });
    expect(list.status).toBe(200);
  });

  it('answers 403 to a Host that is not one of the public URLs (DNS rebinding)', async () => {
    for (const host of ['evil.test', `127.0.0.1:${config.listen.port}`, 'localhost']) {
      const res = await get('/trpc/workspace.status', { host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body).error.message).toBe(`This server answers only at its public address (${origin}).`);
    }
  });

  it('answers 403 to an Origin that is not one of the public URLs', async () => {
    const res = await post('/trpc/auth.signIn', { username: 'strategy-officer', passphrase: TEST_PASSPHRASE }, { origin: 'https://evil.test' });
    expect(res.status).toBe(403);
    // A page of this server sends its Origin and the app's CSRF header (core/transport/cookie-sessions.ts).
    const own = await post('/trpc/auth.signIn', { username: 'strategy-officer', passphrase: TEST_PASSPHRASE }, { origin, 'x-alignment-desk-csrf': '1' });
    expect(own.status).toBe(200);
  });

  it('says it is up (/healthz) and ready (/readyz: migrations applied, the audit head)', async () => {
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    const sqlite = new Database(config.workspace, { readonly: true });
    const head = sqlite.prepare('select id, hash from audit_log order by id desc limit 1').get() as { id: number; hash: string };
    sqlite.close();
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready', migrations: Object.keys(migrations).length, auditHead: head });
    expect((await get('/readyz', { host: 'evil.test' })).status).toBe(403);
  });

  it('makes scheduled backups into the folder, each verified, keeping only the newest 2', async () => {
    const folder = config.backups.folder;
    const scheduled = () => (existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith(SCHEDULED_PREFIX)) : []);
    const madeLines = () => log.lines().filter((line) => line.msg === 'Scheduled backup made and verified');
    for (let waited = 0; madeLines().length < 3 && waited < 30_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    await team.backups!.stop(); // no more, so the folder and the log can be compared
    expect(madeLines().length).toBeGreaterThanOrEqual(3);
    const files = scheduled().sort();
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    // The oldest were deleted: the two kept are the two made last.
    const logged = madeLines().map((line) => String(line.file).split('/').at(-1)!);
    expect(files).toEqual(logged.slice(-2).sort());
    expect(madeLines().at(-1)?.removed).toEqual([join(folder, logged.at(-3)!)]);
    for (const name of files) {
      const copy = new Database(join(folder, name), { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const db = createKysely(copy);
      expect((await verifyAuditChain(db)).ok).toBe(true);
      await db.destroy();
      expect(existsSync(join(folder, `${name}-wal`))).toBe(false); // self-contained
    }
  }, 60_000);

  it('logs JSON lines: the startup line with its URL, then one line per request with its id', async () => {
    const lines = log.lines();
    const started = lines.find((line) => String(line.msg).startsWith('Alignment Desk team server is running at'));
    expect(started).toMatchObject({ level: 'info', service: 'alignment-desk-server', urls: [origin], tls: true, workspace: config.workspace });
    const res = await get('/healthz');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const entry = log.lines().find((line) => line.requestId === res.headers['x-request-id']);
    expect(entry).toMatchObject({ msg: 'request', method: 'GET', path: '/healthz', status: 200, clientAddress: '127.0.0.1' });
  });

  it('stops gracefully: finishes a request in flight, checkpoints the WAL, closes and unlocks the workspace', async () => {
    const signIns = () => {
      const sqlite = new Database(config.workspace, { readonly: true });
      try {
        return sqlite.prepare("select count(*) from audit_log where action = 'auth.sign_in'").pluck().get() as number;
      } finally {
        sqlite.close();
      }
    };
    const before = signIns();
    const body = JSON.stringify({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE });
    let stopping: Promise<void> | null = null;
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpsRequest(
        { host: '127.0.0.1', port: config.listen.port, servername: 'localhost', ca: cert.cert, method: 'POST', path: '/trpc/auth.signIn', headers: { host: new URL(origin).host, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 8));
      setTimeout(() => {
        stopping = team.stop();
        stopped = true;
        setTimeout(() => req.end(body.slice(8)), 300);
      }, 300);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).result.data.token).toEqual(expect.any(String));
    await stopping;
    const wal = `${config.workspace}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    expect(existsSync(`${config.workspace}.lock`)).toBe(false);
    expect(log.lines().at(-1)?.msg).toBe('Stopped: the workspace file is closed and unlocked');
    // The sign-in that finished during shutdown is in the file.
    expect(signIns()).toBe(before + 1);
  }, 60_000);
});
