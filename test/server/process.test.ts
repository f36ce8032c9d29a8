import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceDatabase } from '../../db/connection';
import { loadConfig } from '../../core/server/config';
import { startTeamServer } from '../../core/server/team-server';
import { makeSelfSignedCertificate } from '../helpers/self-signed';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';
import { freePort, memoryLogger } from './fixtures';
import { send } from './tls-request';

/** The real entry, `tsx scripts/team-server.ts`, as a service manager would run it. */
const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function runServer(args: string[], env: Record<string, string> = {}) {
  const child = spawn(TSX, ['scripts/team-server.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

describe('team server process', () => {
  it('refuses to listen on 0.0.0.0 without TLS or a trusted proxy: non-zero exit, the reason on stderr', async () => {
    const dir = tempDir('alignment-desk-refuse-');
    const file = join(dir, 'server.json');
    writeFileSync(file, JSON.stringify({ listen: { host: '0.0.0.0', port: await freePort() }, publicUrls: ['https://alignment.example.gov.uk'], workspace: 'workspace.sqlite' }));
    const run = runServer(['--config', file]);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain('Alignment Desk team server did not start.');
    expect(run.stderr()).toContain('Refusing to listen on 0.0.0.0 (reachable from other computers) over plain HTTP');
    expect(run.stdout()).toBe('');
    expect(existsSync(join(dir, 'workspace.sqlite'))).toBe(false);
  }, 60_000);

  it('says to build the renderer when it is missing, and leaves the workspace unlocked', async () => {
    const dir = tempDir('alignment-desk-norenderer-');
    const port = await freePort();
    const config = loadConfig({ env: { ALIGNMENT_DESK_PORT: String(port), ALIGNMENT_DESK_PUBLIC_URLS: `http://localhost:${port}`, ALIGNMENT_DESK_WORKSPACE: join(dir, 'w.sqlite') } });
    const empty = join(dir, 'dist');
    mkdirSync(empty);
    await expect(startTeamServer(config, { logger: memoryLogger().logger, staticDir: empty })).rejects.toThrow(/Run "npm run build:renderer" first/);
    expect(existsSync(join(dir, 'w.sqlite.lock'))).toBe(false);
  });

  it('refuses a workspace that does not exist or has no administrator yet (no first-run set-up over the network)', async () => {
    const dir = tempDir('alignment-desk-unset-');
    const port = await freePort();
    const configFor = (workspace: string) => loadConfig({ env: { ALIGNMENT_DESK_PORT: String(port), ALIGNMENT_DESK_PUBLIC_URLS: `http://localhost:${port}`, ALIGNMENT_DESK_WORKSPACE: workspace, ALIGNMENT_DESK_READERS: '0' } });
    const missing = join(dir, 'missing.sqlite');
    await expect(startTeamServer(configFor(missing), { logger: memoryLogger().logger, staticDir: null })).rejects.toThrow(`The workspace file ${missing} does not exist. A team server only serves a workspace that already has its first administrator.`);
    expect(existsSync(missing)).toBe(false);
    const blank = join(dir, 'blank.sqlite');
    await (await openWorkspaceDatabase(blank)).close(); // migrated, but nobody has set it up
    await expect(startTeamServer(configFor(blank), { logger: memoryLogger().logger, staticDir: null })).rejects.toThrow(`The workspace ${blank} has not been set up yet.`);
    expect(existsSync(`${blank}.lock`)).toBe(false);
    expect((await send(`http://127.0.0.1:${port}`, { path: '/healthz' }).catch((error: Error) => error.message))).toMatch(/ECONNREFUSED/);
  }, 60_000);

  it('logs JSON lines with no passphrase, token or cookie in them, and stops cleanly on SIGTERM', async () => {
    if (!existsSync(join(ROOT, 'renderer', 'dist', 'index.html'))) {
      expect(spawnSync('npm', ['run', '--silent', 'build:renderer', '--', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'ignore' }).status).toBe(0);
    }
    const cert = makeSelfSignedCertificate();
    const dir = tempDir('alignment-desk-logs-');
    const workspace = join(dir, 'workspace.sqlite');
    const ws = await testWorkspace(workspace);
    await ws.actorFor('strategy_officer');
    await ws.close();
    const port = await freePort();
    const origin = `https://localhost:${port}`;
    const file = join(dir, 'server.json');
    writeFileSync(file, JSON.stringify({ listen: { host: '127.0.0.1', port }, publicUrls: [origin], tls: { certFile: cert.certFile, keyFile: cert.keyFile }, workspace, readers: 1, backups: { everyHours: 0 } }));

    const run = runServer(['--config', file]);
    try {
      for (let waited = 0; !run.stdout().includes('team server is running at') && waited < 60_000; waited += 100) {
        if (run.child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(run.stdout()).toContain(`Alignment Desk team server is running at ${origin}`);

      const call = (method: string, path: string, headers: Record<string, string> = {}, body?: string) => send(origin, { method, path, headers, ca: cert.cert, ...(body !== undefined ? { body } : {}) });
      const wrong = `wrong-${randomBytes(9).toString('hex')}`;
      expect((await call('POST', '/trpc/auth.signIn', {}, JSON.stringify({ username: 'strategy-officer', passphrase: wrong }))).status).toBe(401);
      const signIn = await call('POST', '/trpc/auth.signIn', {}, JSON.stringify({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE }));
      expect(signIn.status).toBe(200);
      const token = JSON.parse(signIn.body).result.data.token as string;
      const input = encodeURIComponent(JSON.stringify({ search: token }));
      expect((await call('GET', `/trpc/programmes.list?input=${input}`, { authorization: `Bearer ${token}` })).status).toBe(200);
      const cookie = randomBytes(24).toString('base64url');
      await call('GET', '/trpc/auth.me', { cookie: `__Host-alignment-desk-session=${cookie}; alignment-desk-session=${token}` });
      await call('POST', '/trpc/auth.signIn', {}, `{"username":"admin","passphrase":"${wrong}`); // malformed JSON
      await call('GET', '/readyz');

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      const logs = run.stdout() + run.stderr();
      for (const secret of [token, TEST_PASSPHRASE, wrong, cookie]) expect(logs.includes(secret), 'a secret in the logs').toBe(false);

      // They are JSON lines, and they did record the requests (with ids).
      const lines = run.stdout().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = lines.filter((line) => line.msg === 'request');
      expect(requests.map((line) => `${String(line.method)} ${String(line.path)} ${String(line.status)}`)).toEqual([
        'POST /trpc/auth.signIn 401',
        'POST /trpc/auth.signIn 200',
        'GET /trpc/programmes.list 200',
        'GET /trpc/auth.me 401',
        'POST /trpc/auth.signIn 400',
        'GET /readyz 200',
      ]);
      expect(requests.every((line) => typeof line.requestId === 'string')).toBe(true);
      expect(lines.at(-1)?.msg).toBe('Stopped: the workspace file is closed and unlocked');
      expect(run.stderr()).toBe('');
      const wal = `${workspace}-wal`;
      expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
      expect(existsSync(`${workspace}.lock`)).toBe(false);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      cert.remove();
    }
  }, 120_000);
});
