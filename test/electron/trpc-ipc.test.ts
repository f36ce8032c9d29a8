import { describe, expect, it, vi } from 'vitest';
import {
  FAILED_TO_HANDLE,
  REFUSED_MALFORMED_MESSAGE,
  REFUSED_UNTRUSTED_SENDER,
  registerTrpcIpc,
  type FetchHandler,
} from '../../electron/main/trpc-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createBridge } from '../../electron/preload/bridge';
import { IPC_LIMITS, TRPC_IPC_CHANNEL } from '../../electron/shared/ipc-contract';
import { APP_IFRAME, createFakeIpc, FOREIGN_FRAME, TOP_FRAME } from './helpers/fake-ipc';

const URL_OK = 'http://alignment-desk.ipc/trpc/programmes.list?batch=1&input=%7B%7D';

function setup(handle?: FetchHandler) {
  const ipc = createFakeIpc();
  const seen: Request[] = [];
  const handler = vi.fn(
    handle ??
      (async (request: Request) => {
        seen.push(request);
        return new Response(JSON.stringify([{ result: { data: { ok: true } } }]), {
          status: 200,
          headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' },
        });
      }),
  );
  const onError = vi.fn();
  const unregister = registerTrpcIpc(ipc.ipcMain, { handle: handler, isTrusted: isTrustedIpcEvent, onError });
  const top = ipc.rendererFor(TOP_FRAME);
  return { ipc, handler, seen, onError, unregister, top, bridge: createBridge(top) };
}

const get = (url = URL_OK) => ({ url, method: 'GET', headers: { authorization: 'Bearer tok-123' }, body: null });

describe('registerTrpcIpc: trusted window', () => {
  it('registers one handler on the alignment-desk:trpc channel', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()]).toEqual([TRPC_IPC_CHANNEL]);
    expect(TRPC_IPC_CHANNEL).toBe('alignment-desk:trpc');
  });

  it('passes status, headers and body through', async () => {
    const { bridge } = setup();
    const response = await bridge.trpcFetch(get());
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-request-id']).toBe('req-1');
    expect(JSON.parse(response.body)).toEqual([{ result: { data: { ok: true } } }]);
  });

  it('builds a real Request with url, method and the bearer header', async () => {
    const { bridge, seen } = setup();
    await bridge.trpcFetch(get());
    expect(seen).toHaveLength(1);
    const request = seen[0] as Request;
    expect(request).toBeInstanceOf(Request);
    expect(request.url).toBe(URL_OK);
    expect(request.method).toBe('GET');
    expect(request.headers.get('authorization')).toBe('Bearer tok-123');
  });

  it('carries a POST body', async () => {
    const bodies: string[] = [];
    const { bridge } = setup(async (request) => {
      bodies.push(await request.text());
      return new Response('{}', { status: 200 });
    });
    await bridge.trpcFetch({
      url: 'http://alignment-desk.ipc/trpc/programmes.create?batch=1',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"0":{"title":"Bus shelters £"}}',
    });
    expect(bodies).toEqual(['{"0":{"title":"Bus shelters £"}}']);
  });

  it('passes error statuses through unchanged', async () => {
    const { bridge } = setup(async () => new Response('{"error":"UNAUTHORIZED"}', { status: 401 }));
    const response = await bridge.trpcFetch(get());
    expect(response).toMatchObject({ status: 401, body: '{"error":"UNAUTHORIZED"}' });
  });

  it('accepts a body of exactly the byte limit', async () => {
    const { bridge, handler } = setup(async () => new Response('ok'));
    const body = 'a'.repeat(IPC_LIMITS.maxBodyBytes);
    await expect(
      bridge.trpcFetch({ url: 'http://alignment-desk.ipc/trpc/x', method: 'POST', headers: {}, body }),
    ).resolves.toMatchObject({ status: 200 });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('unregisters with the returned function', async () => {
    const { ipc, unregister, bridge } = setup();
    unregister();
    expect(ipc.handlers.size).toBe(0);
    await expect(bridge.trpcFetch(get())).rejects.toThrow(/No handler/);
  });
});

describe('registerTrpcIpc: malformed messages', () => {
  const longUrl = `http://alignment-desk.ipc/trpc/x?input=${'a'.repeat(IPC_LIMITS.maxUrlLength)}`;
  const post = (extra: Record<string, unknown>) => ({
    url: 'http://alignment-desk.ipc/trpc/x',
    method: 'POST',
    headers: {},
    body: '{}',
    ...extra,
  });
  it.each([
    ['a string', 'GET /trpc/x'],
    ['null', null],
    ['an array', [URL_OK, 'GET']],
    ['an empty object', {}],
    ['an extra key', { ...get(), credentials: 'include' }],
    ['a missing body', { url: URL_OK, method: 'GET', headers: {} }],
    ['method PUT', post({ method: 'PUT' })],
    ['method get (lower case)', { ...get(), method: 'get' }],
    ['a GET with a body', { ...get(), body: 'x' }],
    ['another origin', get('http://evil.test/trpc/x')],
    ['a lookalike origin', get('http://alignment-desk.ipc.evil.test/trpc/x')],
    ['https', get('https://alignment-desk.ipc/trpc/x')],
    ['a port', get('http://alignment-desk.ipc:8080/trpc/x')],
    ['credentials in the URL', get('http://user:pw@alignment-desk.ipc/trpc/x')],
    ['a path outside /trpc/', get('http://alignment-desk.ipc/admin')],
    ['/trpc without the slash', get('http://alignment-desk.ipc/trpcx/a')],
    ['traversal out of /trpc/', get('http://alignment-desk.ipc/trpc/../admin')],
    ['encoded traversal out of /trpc/', get('http://alignment-desk.ipc/trpc/%2e%2e/admin')],
    ['a relative URL', get('/trpc/x')],
    ['an over-long URL', get(longUrl)],
    ['a body over 2 MB in bytes', post({ body: '€'.repeat(Math.ceil(IPC_LIMITS.maxBodyBytes / 3) + 1) })],
    ['a body over 2 MB in characters', post({ body: 'a'.repeat(IPC_LIMITS.maxBodyBytes + 1) })],
    ['a numeric body', post({ body: 42 })],
    ['headers as an array', { ...get(), headers: [['authorization', 'x']] }],
    ['a non-string header', { ...get(), headers: { 'x-n': 1 } }],
    ['a header value with CRLF', { ...get(), headers: { 'x-a': 'a\r\nx-injected: 1' } }],
    ['an invalid header name', { ...get(), headers: { 'bad header': 'x' } }],
    ['too many headers', { ...get(), headers: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`x-h${i}`, 'v'])) }],
  ])('refuses %s without calling the handler', async (_label, message) => {
    const { top, handler } = setup();
    await expect(top.invoke(TRPC_IPC_CHANNEL, message)).rejects.toThrow(REFUSED_MALFORMED_MESSAGE);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registerTrpcIpc: untrusted senders', () => {
  it.each([
    ['an iframe on the app origin', APP_IFRAME],
    ['a foreign origin', FOREIGN_FRAME],
    ['a vanished frame', null],
  ])('refuses %s', async (_label, frame) => {
    const { ipc, handler } = setup();
    const bridge = createBridge(ipc.rendererFor(frame));
    await expect(bridge.trpcFetch(get())).rejects.toThrow(REFUSED_UNTRUSTED_SENDER);
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the sender before looking at the message', async () => {
    const { ipc } = setup();
    await expect(ipc.rendererFor(FOREIGN_FRAME).invoke(TRPC_IPC_CHANNEL, 'garbage')).rejects.toThrow(
      REFUSED_UNTRUSTED_SENDER,
    );
  });

  it('uses the exact refusal wording', () => {
    expect(REFUSED_UNTRUSTED_SENDER).toBe('Refused: message did not come from the Alignment Desk window');
  });
});

describe('registerTrpcIpc: handler failures', () => {
  it('reports the real error locally and sends only a generic one', async () => {
    const boom = new Error('SQLITE_CORRUPT at /home/officer/secret/path.sqlite');
    const { bridge, onError } = setup(async () => {
      throw boom;
    });
    const failure = bridge.trpcFetch(get());
    await expect(failure).rejects.toThrow(FAILED_TO_HANDLE);
    await expect(failure).rejects.not.toThrow(/SQLITE|secret/);
    expect(onError).toHaveBeenCalledExactlyOnceWith(boom);
  });
});
