import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOST_UNAVAILABLE_REASON, type PlainResponse } from '../../core/host/protocol';
import { openHostedWorkspace, type HostedWorkspace } from '../../electron/main/database-host-process';
import { backUpDatabaseFile } from '../../electron/main/workspace-backup';
import { createWorkspaceSession } from '../../electron/main/workspace-session';
import { TRPC_IPC_ENDPOINT } from '../../electron/shared/ipc-contract';
import { liveUtilityProcess, scriptedUtilityProcess, type FakeUtilityProcess } from './helpers/fake-utility-process';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'alignment-desk-host-process-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (procedure: string) => new Request(`${TRPC_IPC_ENDPOINT}/${procedure}`);
const post = (procedure: string, body: unknown, token?: string) =>
  new Request(`${TRPC_IPC_ENDPOINT}/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
const answer = (id: number, body: string): PlainResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body });

function scripted() {
  const forked: FakeUtilityProcess[] = [];
  const fork = () => {
    const fake = scriptedUtilityProcess();
    forked.push(fake);
    return fake;
  };
  return { forked, fork };
}

describe('the desktop database host process (fakes of utilityProcess)', () => {
  it('forwards each request as plain data and matches answers to callers by request id', async () => {
    const { forked, fork } = scripted();
    const hosted = await openHostedWorkspace('/tmp/workspace.sqlite', { fork, readers: 0 });
    expect(forked).toHaveLength(1);
    expect(forked[0]!.posted[0]).toEqual({ type: 'open', file: '/tmp/workspace.sqlite', role: 'writer', channel: 'desktop', backups: false });
    const first = hosted.handle(get('auth.me'));
    const second = hosted.handle(post('auth.signOut', {}, 'token-1'));
    await expect.poll(() => forked[0]!.requests().length).toBe(2);
    const [a, b] = forked[0]!.requests();
    expect(a!.request).toEqual({ url: `${TRPC_IPC_ENDPOINT}/auth.me`, method: 'GET', headers: {}, body: null, clientAddress: null });
    expect(b!.request).toMatchObject({ method: 'POST', body: '{}', headers: { authorization: 'Bearer token-1', 'content-type': 'application/json' } });
    expect(a!.id).not.toBe(b!.id);
    // Answers arrive the other way round.
    forked[0]!.reply({ type: 'reply', id: b!.id, ok: true, value: answer(b!.id, '"second"') });
    forked[0]!.reply({ type: 'reply', id: a!.id, ok: true, value: answer(a!.id, '"first"') });
    expect(await (await first).text()).toBe('"first"');
    expect(await (await second).text()).toBe('"second"');
    await hosted.close();
  });

  it('sends queries to the reader process and mutations to the writer process', async () => {
    const { forked, fork } = scripted();
    const hosted = await openHostedWorkspace('/tmp/workspace.sqlite', { fork });
    expect(forked.map((f) => (f.posted[0] as { role: string }).role)).toEqual(['writer', 'reader']);
    void hosted.handle(get('programmes.list'));
    void hosted.handle(post('programmes.create', {}));
    await expect.poll(() => forked.map((f) => f.requests().map((r) => r.request.url.split('/').pop()))).toEqual([['programmes.create'], ['programmes.list']]);
    await hosted.close();
  });

  it('answers 503 when the host does not answer in time, and ignores the late answer', async () => {
    const { forked, fork } = scripted();
    const hosted = await openHostedWorkspace('/tmp/workspace.sqlite', { fork, readers: 0, requestTimeoutMs: 30 });
    const response = await hosted.handle(get('grants.funds'));
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { data: { reason: string } } }).error.data.reason).toBe(HOST_UNAVAILABLE_REASON);
    const late = forked[0]!.requests()[0]!;
    expect(() => forked[0]!.reply({ type: 'reply', id: late.id, ok: true, value: answer(late.id, '"late"') })).not.toThrow();
    await hosted.close();
  });

  it('answers 503 for the requests of a host that stops, forks another and uses it', async () => {
    const { forked, fork } = scripted();
    const errors: string[] = [];
    const hosted = await openHostedWorkspace('/tmp/workspace.sqlite', { fork, readers: 0, onHostError: (m) => errors.push(m) });
    const pending = hosted.handle(post('programmes.create', {}));
    await expect.poll(() => forked[0]!.requests().length).toBe(1);
    forked[0]!.exit(1); // the utility process crashed mid-request
    expect((await pending).status).toBe(503);
    expect(forked).toHaveLength(2);
    expect(forked[1]!.posted[0]).toMatchObject({ type: 'open', role: 'writer' });
    expect(errors).toEqual([expect.stringMatching(/writer stopped unexpectedly \(exit code 1\)/)]);
    const next = hosted.handle(get('auth.me'));
    await expect.poll(() => forked[1]!.requests().length).toBe(1);
    const { id } = forked[1]!.requests()[0]!;
    forked[1]!.reply({ type: 'reply', id, ok: true, value: answer(id, '"from the new host"') });
    expect(await (await next).text()).toBe('"from the new host"');
    await hosted.close();
  });

  it('reports a file the host refuses, and forks nothing more', async () => {
    const forked: FakeUtilityProcess[] = [];
    const fork = () => {
      const fake = liveUtilityProcess();
      forked.push(fake);
      return fake;
    };
    await expect(openHostedWorkspace('//fileserver/finance/workspace.sqlite', { fork })).rejects.toThrow(/network share/);
    await expect.poll(() => forked.every((f) => f.exited)).toBe(true);
  });
});

describe('the real database host behind the fake process boundary', () => {
  it('serves a workspace, backs it up through the writer, and restarts with another file when switching', async () => {
    const forked: FakeUtilityProcess[] = [];
    const session = createWorkspaceSession<HostedWorkspace>({
      open: (file) =>
        openHostedWorkspace(file, {
          fork: () => {
            const fake = liveUtilityProcess();
            forked.push(fake);
            return fake;
          },
        }),
      createHandler: (workspace) => workspace.handle,
    });
    const first = path.join(dir, 'first.sqlite');
    await session.switchTo(first);
    const opened = await session.handle(post('workspace.createEmpty', { councilName: 'Wigan', admin: { username: 'admin', displayName: 'Admin', passphrase: 'a long enough passphrase 2026' } }));
    expect(opened.status).toBe(200);
    const status = (await (await session.handle(get('workspace.status'))).json()) as { result: { data: { initialised: boolean; councilName: string } } };
    expect(status.result.data).toMatchObject({ initialised: true, councilName: 'Wigan' });
    // The write went to the writer process and the read to the reader process.
    expect(forked.map((f) => f.requests().map((r) => r.request.method))).toEqual([['POST'], ['GET']]);

    const target = path.join(dir, 'backup.sqlite');
    await backUpDatabaseFile(session.current()!.workspace, target);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare("select value from workspace_settings where key = 'council_name'").pluck().get()).toBe('Wigan');
    copy.close();

    const second = path.join(dir, 'second.sqlite');
    await session.switchTo(second);
    expect(forked.slice(0, 2).every((f) => f.exited)).toBe(true);
    expect(forked.slice(2).map((f) => (f.posted[0] as { file: string }).file)).toEqual([second, second]);
    expect(existsSync(`${first}-wal`)).toBe(false); // both connections to the first file were closed
    const fresh = (await (await session.handle(get('workspace.status'))).json()) as { result: { data: { initialised: boolean } } };
    expect(fresh.result.data.initialised).toBe(false);
    await session.close();
    expect(forked.every((f) => f.exited)).toBe(true);
  });
});

describe('the main process never opens SQLite', () => {
  it('reaches neither better-sqlite3 nor the database code from electron/main/index.ts', () => {
    const root = path.resolve(__dirname, '..', '..');
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // Value imports only: `import type` brings no code along.
      for (const match of text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = match[1]!;
        if (!spec.startsWith('.')) {
          reached.push(spec);
          continue;
        }
        const resolved = path.resolve(path.dirname(file), spec);
        visit(existsSync(`${resolved}.ts`) ? `${resolved}.ts` : path.join(resolved, 'index.ts'));
      }
    };
    visit(path.join(root, 'electron', 'main', 'index.ts'));
    const local = [...seen].map((f) => path.relative(root, f));
    expect(reached).not.toContain('better-sqlite3');
    expect(reached).not.toContain('kysely');
    // db/path-guard.ts (refusing network shares) is plain path checking, used by the File menu too.
    expect(local.filter((f) => (f.startsWith('db/') && f !== 'db/path-guard.ts') || f === 'core/router.ts' || f.startsWith('core/host/database-host'))).toEqual([]);
    expect(local).toContain('core/host/pool.ts');
  });
});
