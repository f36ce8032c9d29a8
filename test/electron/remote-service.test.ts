import { describe, expect, it, vi } from 'vitest';
import { HOST_UNAVAILABLE_MESSAGE, HOST_UNAVAILABLE_REASON, type PlainRequest } from '../../core/host/protocol';
import { createRemoteService, REMOTE_BACKUP_REFUSAL, remoteUrl } from '../../electron/main/remote-service';
import type { FetchLike } from '../../electron/main/server-probe';

const BASE = 'https://desk.example.gov.uk';
const IPC = 'http://alignment-desk.ipc';

const get = (path: string, headers: Record<string, string> = {}): PlainRequest => ({ url: `${IPC}${path}`, method: 'GET', headers, body: null, clientAddress: null });
const post = (path: string, body: string, headers: Record<string, string> = {}): PlainRequest => ({ url: `${IPC}${path}`, method: 'POST', headers, body, clientAddress: null });

function recordingFetch(reply: () => Response | Promise<Response> = () => Response.json([{ result: { data: 1 } }])) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = vi.fn<FetchLike>(async (url, init = {}) => {
    calls.push({ url, init });
    return reply();
  });
  return { fetch, calls };
}

describe('remoteUrl', () => {
  it('moves a tRPC address from the IPC origin to the server, keeping path and query', () => {
    expect(remoteUrl(BASE, `${IPC}/trpc/programmes.list,auth.me?batch=1&input=%7B%7D`)).toBe(`${BASE}/trpc/programmes.list,auth.me?batch=1&input=%7B%7D`);
    expect(remoteUrl(BASE, `${IPC}/backup/abc`)).toBeNull();
    expect(remoteUrl(BASE, 'not a url')).toBeNull();
  });
});

describe('createRemoteService.handle', () => {
  it('sends the same method, body and bearer token to <server>/trpc/…', async () => {
    const { fetch, calls } = recordingFetch();
    const service = createRemoteService({ baseUrl: BASE, fetch });
    const body = JSON.stringify({ 0: { username: 'officer', passphrase: 'correct horse' } });
    const answer = await service.handle(post('/trpc/auth.signIn?batch=1', body, { authorization: 'Bearer tok-1', 'content-type': 'application/json' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual([{ result: { data: 1 } }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${BASE}/trpc/auth.signIn?batch=1`);
    expect(calls[0]!.init).toMatchObject({ method: 'POST', body, redirect: 'error', credentials: 'omit' });
    expect(calls[0]!.init.headers).toEqual({ authorization: 'Bearer tok-1', 'content-type': 'application/json' });
  });

  it('forwards no cookie or other page header, and returns no set-cookie', async () => {
    const { fetch, calls } = recordingFetch(
      () => new Response('[]', { status: 200, headers: { 'content-type': 'application/json', 'set-cookie': '__Host-alignment-desk-session=x', 'x-request-id': 'r-1' } }),
    );
    const service = createRemoteService({ baseUrl: BASE, fetch });
    const answer = await service.handle(get('/trpc/auth.me', { authorization: 'Bearer tok-1', cookie: 'a=b', origin: 'app://alignment-desk', 'x-forwarded-for': '1.2.3.4' }));
    expect(calls[0]!.init.headers).toEqual({ authorization: 'Bearer tok-1' });
    expect(calls[0]!.init.body).toBeNull();
    expect(answer.headers).toEqual({ 'content-type': 'application/json', 'x-request-id': 'r-1' });
  });

  it('passes the server’s own errors through unchanged (401, 400 with field errors, 503 JSON)', async () => {
    for (const status of [400, 401, 403, 503]) {
      const body = JSON.stringify({ error: { message: `status ${status}` } });
      const { fetch } = recordingFetch(() => new Response(body, { status, headers: { 'content-type': 'application/json' } }));
      const answer = await createRemoteService({ baseUrl: BASE, fetch }).handle(get('/trpc/auth.me'));
      expect({ status: answer.status, body: answer.body }).toEqual({ status, body });
    }
  });

  it('answers a network failure mid-session with the 503 workspace_unavailable shape, one error per batched call', async () => {
    const onError = vi.fn();
    let online = true;
    const fetch: FetchLike = async () => {
      if (!online) throw new Error('net::ERR_CONNECTION_RESET');
      return Response.json([{ result: { data: 'fine' } }]);
    };
    const service = createRemoteService({ baseUrl: BASE, fetch, onError });
    expect((await service.handle(get('/trpc/auth.me?batch=1'))).status).toBe(200);
    online = false;
    const answer = await service.handle(get('/trpc/programmes.list,auth.me?batch=1&input=%7B%7D'));
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
    const errors = JSON.parse(answer.body) as Array<{ error: { message: string; data: { httpStatus: number; reason: string; path: string } } }>;
    expect(errors.map((entry) => [entry.error.data.path, entry.error.data.httpStatus, entry.error.data.reason, entry.error.message])).toEqual([
      ['programmes.list', 503, HOST_UNAVAILABLE_REASON, HOST_UNAVAILABLE_MESSAGE],
      ['auth.me', 503, HOST_UNAVAILABLE_REASON, HOST_UNAVAILABLE_MESSAGE],
    ]);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('treats a proxy’s HTML 502 page as the server being unavailable', async () => {
    const { fetch } = recordingFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const answer = await createRemoteService({ baseUrl: BASE, fetch }).handle(post('/trpc/programmes.create', '{}'));
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body).error.data.reason).toBe(HOST_UNAVAILABLE_REASON);
  });

  it('gives up on a server that does not answer in time', async () => {
    const hang: FetchLike = (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const answer = await createRemoteService({ baseUrl: BASE, fetch: hang, requestTimeoutMs: 20 }).handle(get('/trpc/auth.me'));
    expect(answer.status).toBe(503);
  });

  it('refuses addresses outside /trpc/ without asking the server', async () => {
    const { fetch } = recordingFetch();
    const answer = await createRemoteService({ baseUrl: BASE, fetch }).handle(get('/backup/abc'));
    expect(answer.status).toBe(404);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('does not offer backups', async () => {
    const { fetch } = recordingFetch();
    expect(await createRemoteService({ baseUrl: BASE, fetch }).takeBackup('b-1', 'Bearer tok')).toEqual({ ok: false, status: 404, message: REMOTE_BACKUP_REFUSAL });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('after close, aborts what is in flight and sends nothing more', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn<FetchLike>((_url, init) => {
      signal = init?.signal ?? undefined;
      return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    });
    const service = createRemoteService({ baseUrl: BASE, fetch });
    const pending = service.handle(get('/trpc/auth.me'));
    await vi.waitFor(() => expect(signal).toBeDefined());
    await service.close();
    expect(signal?.aborted).toBe(true);
    expect((await pending).status).toBe(503);
    expect((await service.handle(get('/trpc/auth.me'))).status).toBe(503);
    expect(fetch).toHaveBeenCalledOnce();
  });
});

/** A server-sent-events body the test feeds by hand, which records whether the client cancelled it. */
function manualStream() {
  const encoder = new TextEncoder();
  let sink!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => void (sink = controller),
    cancel: () => void (state.cancelled = true),
  });
  return { body, state, push: (text: string) => sink.enqueue(encoder.encode(text)), end: () => sink.close() };
}

describe('createRemoteService.stream', () => {
  it('streams <server>/trpc/live.changes with the bearer token; cancelling stops the server’s stream', async () => {
    const source = manualStream();
    const { fetch, calls } = recordingFetch(() => new Response(source.body, { headers: { 'content-type': 'text/event-stream', 'set-cookie': 'x=y' } }));
    const service = createRemoteService({ baseUrl: BASE, fetch });
    const response = await service.stream(get('/trpc/live.changes?input=%7B%7D', { authorization: 'Bearer tok-1', accept: 'text/event-stream' }), new AbortController().signal);
    expect(calls[0]!.url).toBe(`${BASE}/trpc/live.changes?input=%7B%7D`);
    expect(calls[0]!.init.headers).toEqual({ authorization: 'Bearer tok-1', accept: 'text/event-stream' });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('set-cookie')).toBeNull();

    const reader = response.body!.getReader();
    source.push('data: one\n\n');
    source.push('data: two\n\n');
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('data: one\n\n');
    expect(decoder.decode((await reader.read()).value)).toBe('data: two\n\n');
    await reader.cancel();
    expect(source.state.cancelled).toBe(true);
    expect((calls[0]!.init.signal as AbortSignal).aborted).toBe(true);
  });

  it('the caller’s abort signal and close both stop an open stream', async () => {
    for (const stop of ['signal', 'close'] as const) {
      const source = manualStream();
      const { fetch, calls } = recordingFetch(() => new Response(source.body, { headers: { 'content-type': 'text/event-stream' } }));
      const service = createRemoteService({ baseUrl: BASE, fetch });
      const caller = new AbortController();
      await service.stream(get('/trpc/live.changes'), caller.signal);
      if (stop === 'signal') caller.abort();
      else await service.close();
      expect({ stop, aborted: (calls[0]!.init.signal as AbortSignal).aborted }).toEqual({ stop, aborted: true });
    }
  });
});
