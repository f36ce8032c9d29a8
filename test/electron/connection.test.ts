import { describe, expect, it, vi } from 'vitest';
import type { DesktopConnection } from '../../electron/preload/bridge-types';
import { HOST_UNAVAILABLE_REASON } from '../../core/host/protocol';
import { createDesktopConnections } from '../../electron/main/desktop-connections';
import type { FetchLike } from '../../electron/main/server-probe';
import { HTTPS_ONLY } from '../../electron/main/server-address';
import { registerStreamIpc } from '../../electron/main/stream-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createBridge } from '../../electron/preload/bridge';
import { TRPC_IPC_ENDPOINT } from '../../electron/shared/ipc-contract';
import { createFakeIpc, TOP_FRAME } from './helpers/fake-ipc';
import { scriptedUtilityProcess, type FakeUtilityProcess } from './helpers/fake-utility-process';

const SERVER = 'https://desk.example.gov.uk';
const get = (procedure: string, token?: string) => new Request(`${TRPC_IPC_ENDPOINT}/${procedure}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const post = (procedure: string, body: unknown, token: string) =>
  new Request(`${TRPC_IPC_ENDPOINT}/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

/** Local database hosts (fake utility processes) that answer every request with their file's name. */
function localHosts() {
  const forked: FakeUtilityProcess[] = [];
  const fork = () => {
    const fake = scriptedUtilityProcess();
    const opened = fake.onPost;
    let file = '?';
    fake.onPost = (message) => {
      opened?.(message);
      if (message.type === 'open') file = message.file;
      if (message.type === 'request') {
        const { id } = message;
        queueMicrotask(() => fake.reply({ type: 'reply', id, ok: true, value: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: file }) } }));
      }
    };
    forked.push(fake);
    return fake;
  };
  const requestsTo = () => forked.reduce((sum, fake) => sum + fake.requests().length, 0);
  return { forked, fork, requestsTo };
}

type ServerBehaviour = (url: string, init: RequestInit) => Response | Promise<Response>;

function setup(server: ServerBehaviour) {
  const local = localHosts();
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const serverFetch = vi.fn<FetchLike>(async (url, init = {}) => {
    calls.push({ url, init });
    return server(url, init);
  });
  const changes: DesktopConnection[] = [];
  const errors: unknown[] = [];
  const connections = createDesktopConnections({
    fork: local.fork,
    serverFetch,
    onChange: (connection) => changes.push(connection),
    onError: () => (error) => errors.push(error),
  });
  return { connections, local, calls, serverFetch, changes, errors };
}

const healthy: ServerBehaviour = (url, init) => {
  if (url.endsWith('/healthz')) return Response.json({ status: 'ok' });
  return Response.json({ from: 'server', authorization: (init.headers as Record<string, string>).authorization ?? null });
};

describe('File → Connect to a team server (main process, with fakes)', () => {
  it('refuses a certificate the computer does not trust: clear message, no switch, the local file stays open', async () => {
    const { connections, local, changes, calls } = setup(() => {
      throw new Error('net::ERR_CERT_AUTHORITY_INVALID');
    });
    await connections.openLocal('/data/workspace.sqlite');
    const result = await connections.connectToServer(SERVER);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('The server’s certificate is not trusted by this computer (ERR_CERT_AUTHORITY_INVALID)') });
    expect(calls.map((call) => call.url)).toEqual([`${SERVER}/healthz`]);
    expect(connections.current()).toEqual({ kind: 'local', file: '/data/workspace.sqlite' });
    expect(changes).toEqual([{ kind: 'local', file: '/data/workspace.sqlite' }]);
    expect(local.forked.some((fake) => fake.exited)).toBe(false);
    expect(await (await connections.handle(get('auth.me'))).json()).toEqual({ from: '/data/workspace.sqlite' });
    await connections.close();
  });

  it('refuses http:// before anything is fetched', async () => {
    const { connections, serverFetch } = setup(healthy);
    await connections.openLocal('/data/workspace.sqlite');
    expect(await connections.connectToServer('http://desk.example.gov.uk')).toEqual({ ok: false, message: HTTPS_ONLY });
    expect(serverFetch).not.toHaveBeenCalled();
    expect(connections.current()?.kind).toBe('local');
    await connections.close();
  });

  it('once connected, sends requests to the server with the bearer token; the local database is closed and gets nothing more', async () => {
    const { connections, local, calls, changes } = setup(healthy);
    await connections.openLocal('/data/workspace.sqlite');
    await connections.handle(get('auth.me'));
    const localRequestsBefore = local.requestsTo();
    expect(localRequestsBefore).toBe(1);

    const result = await connections.connectToServer(' https://desk.example.gov.uk/ ');
    expect(result).toEqual({ ok: true, connection: { kind: 'server', url: SERVER } });
    expect(connections.current()).toEqual({ kind: 'server', url: SERVER });
    expect(changes.at(-1)).toEqual({ kind: 'server', url: SERVER });
    // Every local database process has been told to close and has gone.
    await expect.poll(() => local.forked.every((fake) => fake.exited)).toBe(true);
    expect(local.forked.every((fake) => fake.posted.some((message) => message.type === 'close'))).toBe(true);

    const read = await connections.handle(get('auth.me', 'server-token'));
    expect(await read.json()).toEqual({ from: 'server', authorization: 'Bearer server-token' });
    const write = await connections.handle(post('programmes.create', { code: 'P1' }, 'server-token'));
    expect(await write.json()).toEqual({ from: 'server', authorization: 'Bearer server-token' });
    expect(calls.slice(1).map((call) => [call.init.method, call.url])).toEqual([
      ['GET', `${SERVER}/trpc/auth.me`],
      ['POST', `${SERVER}/trpc/programmes.create`],
    ]);
    expect(calls[2]!.init.body).toBe('{"code":"P1"}');
    expect(local.requestsTo()).toBe(localRequestsBefore);
    // No backup of a server's data on this computer.
    expect(connections.currentBackend()?.backup).toBeUndefined();
    await connections.close();
  });

  it('answers the 503 workspace_unavailable shape when the server drops mid-session', async () => {
    let up = true;
    const { connections } = setup((url, init) => {
      if (!up) throw new Error('net::ERR_CONNECTION_RESET');
      return healthy(url, init);
    });
    await connections.openLocal('/data/workspace.sqlite');
    await connections.connectToServer(SERVER);
    up = false;
    const response = await connections.handle(get('programmes.list?batch=1&input=%7B%7D', 'server-token'));
    expect(response.status).toBe(503);
    const body = (await response.json()) as Array<{ error: { data: { reason: string; path: string } } }>;
    expect(body.map((entry) => [entry.error.data.path, entry.error.data.reason])).toEqual([['programmes.list', HOST_UNAVAILABLE_REASON]]);
    expect(connections.current()).toEqual({ kind: 'server', url: SERVER });
    await connections.close();
  });

  it('File → Open workspace returns to a local file and sends nothing more to the server', async () => {
    const { connections, local, serverFetch, changes } = setup(healthy);
    await connections.openLocal('/data/workspace.sqlite');
    await connections.connectToServer(SERVER);
    const fetchesWhileConnected = serverFetch.mock.calls.length;

    await connections.openLocal('/data/other.sqlite');
    expect(connections.current()).toEqual({ kind: 'local', file: '/data/other.sqlite' });
    expect(changes).toEqual([
      { kind: 'local', file: '/data/workspace.sqlite' },
      { kind: 'server', url: SERVER },
      { kind: 'local', file: '/data/other.sqlite' },
    ]);
    expect(await (await connections.handle(get('auth.me', 'local-token'))).json()).toEqual({ from: '/data/other.sqlite' });
    expect(serverFetch.mock.calls.length).toBe(fetchesWhileConnected);
    expect(connections.currentBackend()?.backup).toBeTypeOf('function');
    expect(local.forked.filter((fake) => !fake.exited).map((fake) => (fake.posted[0] as { file: string }).file)).toEqual(['/data/other.sqlite', '/data/other.sqlite']);
    await connections.close();
  });

  it('connecting to the server already in use changes nothing', async () => {
    const { connections, changes } = setup(healthy);
    await connections.connectToServer(SERVER);
    await connections.connectToServer(`${SERVER}/`);
    expect(changes).toEqual([{ kind: 'server', url: SERVER }]);
    await connections.close();
  });
});

describe('live-update streams follow the connection', () => {
  it('connected: streams <server>/trpc/live.changes with the token; cancelling stops the server’s stream', async () => {
    const state = { cancelled: false };
    let push!: (text: string) => void;
    const { connections, calls } = setup((url, init) => {
      if (!url.includes('/trpc/live.changes')) return healthy(url, init);
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start: (sink) => void (push = (text) => sink.enqueue(encoder.encode(text))),
        cancel: () => void (state.cancelled = true),
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    });
    await connections.connectToServer(SERVER);
    const ipc = createFakeIpc();
    registerStreamIpc(ipc.ipcMain, { stream: connections.stream, isTrusted: isTrustedIpcEvent });
    const bridge = createBridge(ipc.rendererFor(TOP_FRAME));
    const chunks: string[] = [];
    const head = await bridge.trpcStream('live-1', { url: `${TRPC_IPC_ENDPOINT}/live.changes?input=%7B%7D`, method: 'GET', headers: { authorization: 'Bearer server-token' }, body: null }, (event) => {
      if (event.type === 'chunk') chunks.push(event.data);
    });
    expect(head.status).toBe(200);
    const streamCall = calls.find((call) => call.url.includes('live.changes'))!;
    expect(streamCall.url).toBe(`${SERVER}/trpc/live.changes?input=%7B%7D`);
    expect(streamCall.init.headers).toEqual({ authorization: 'Bearer server-token' });
    push('data: a\n\n');
    push('data: b\n\n');
    await vi.waitFor(() => expect(chunks).toEqual(['data: a\n\n', 'data: b\n\n']));
    await bridge.cancelStream('live-1');
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
    expect((streamCall.init.signal as AbortSignal).aborted).toBe(true);
    await connections.close();
  });

  it('local: streams come from the file’s live endpoint, which closes when the app connects to a server', async () => {
    const local = localHosts();
    const endpoint = { handle: vi.fn(async () => new Response('data: local\n\n', { headers: { 'content-type': 'text/event-stream' } })), close: vi.fn() };
    const connections = createDesktopConnections({
      fork: local.fork,
      serverFetch: async (url, init) => healthy(url, init ?? {}),
      live: () => endpoint,
      onChange: () => undefined,
      onError: () => () => undefined,
    });
    await connections.openLocal('/data/workspace.sqlite');
    const response = await connections.stream(get('live.changes', 'local-token'), new AbortController().signal);
    expect(await response.text()).toBe('data: local\n\n');
    expect(endpoint.handle).toHaveBeenCalledOnce();
    await connections.connectToServer(SERVER);
    expect(endpoint.close).toHaveBeenCalledOnce();
    await connections.close();
  });
});
