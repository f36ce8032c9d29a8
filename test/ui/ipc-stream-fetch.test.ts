import { describe, expect, it, vi } from 'vitest';
import type { IpcFetchRequest, IpcStreamEvent, IpcStreamHead } from '../../electron/preload/bridge-types';
import { createIpcStreamFetch } from '../../renderer/src/api/ipc-stream-fetch';

/** A bridge whose streams the test drives by hand. */
function fakeBridge(head: IpcStreamHead | Error = { status: 200, headers: { 'content-type': 'text/event-stream' } }) {
  const streams = new Map<string, { request: IpcFetchRequest; emit: (event: IpcStreamEvent) => void }>();
  const cancelled: string[] = [];
  let answerHead: (() => void) | null = null;
  let holdHead = false;
  const bridge = {
    trpcStream: vi.fn((streamId: string, request: IpcFetchRequest, onEvent: (event: IpcStreamEvent) => void) => {
      streams.set(streamId, { request, emit: onEvent });
      if (head instanceof Error) return Promise.reject(head);
      if (!holdHead) return Promise.resolve(head);
      return new Promise<IpcStreamHead>((resolve) => (answerHead = () => resolve(head)));
    }),
    cancelStream: vi.fn(async (streamId: string) => void cancelled.push(streamId)),
  };
  const only = () => {
    expect(streams.size).toBe(1);
    const [id, stream] = [...streams.entries()][0]!;
    return { id, ...stream };
  };
  return { bridge, streams, cancelled, only, hold: () => (holdHead = true), release: () => answerHead?.() };
}

const URL_LIVE = 'http://alignment-desk.ipc/trpc/live.changes?input=%7B%7D';

async function readAll(response: Response): Promise<string> {
  return response.text();
}

describe('createIpcStreamFetch', () => {
  it('sends the GET with its headers and builds a streaming Response whose chunks arrive in order', async () => {
    const { bridge, only } = fakeBridge();
    const fetch = createIpcStreamFetch(bridge);
    const response = await fetch(URL_LIVE, { headers: { Authorization: 'Bearer tok-1', Accept: 'text/event-stream' } });
    const stream = only();
    expect(stream.id).toMatch(/^[a-z0-9]+-1$/);
    expect(stream.request).toEqual({ url: URL_LIVE, method: 'GET', headers: { authorization: 'Bearer tok-1', accept: 'text/event-stream' }, body: null });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = readAll(response);
    stream.emit({ type: 'chunk', data: 'data: “one”\n\n' });
    stream.emit({ type: 'chunk', data: 'data: two\n\n' });
    stream.emit({ type: 'end' });
    expect(await text).toBe('data: “one”\n\ndata: two\n\n');
  });

  it('keeps chunks that arrive before the head', async () => {
    const { bridge, only, hold, release } = fakeBridge();
    hold();
    const fetch = createIpcStreamFetch(bridge);
    const pending = fetch(URL_LIVE);
    await vi.waitFor(() => expect(bridge.trpcStream).toHaveBeenCalled());
    only().emit({ type: 'chunk', data: 'early\n' });
    release();
    const response = await pending;
    only().emit({ type: 'end' });
    expect(await response.text()).toBe('early\n');
  });

  it('gives every stream its own id', async () => {
    const { bridge, streams } = fakeBridge();
    const fetch = createIpcStreamFetch(bridge);
    await fetch(URL_LIVE);
    await fetch(URL_LIVE);
    expect(new Set(streams.keys()).size).toBe(2);
  });

  it('aborting the request cancels the stream in the main process and fails the body', async () => {
    const { bridge, only, cancelled } = fakeBridge();
    const controller = new AbortController();
    const response = await createIpcStreamFetch(bridge)(URL_LIVE, { signal: controller.signal });
    const reader = response.body!.getReader();
    only().emit({ type: 'chunk', data: 'a' });
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('a');
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toEqual([only().id]);
    only().emit({ type: 'chunk', data: 'late' }); // ignored, no throw
  });

  it('cancelling the body cancels the stream once', async () => {
    const { bridge, only, cancelled } = fakeBridge();
    const response = await createIpcStreamFetch(bridge)(URL_LIVE);
    await response.body!.cancel();
    await response.body?.cancel().catch(() => undefined);
    expect(cancelled).toEqual([only().id]);
  });

  it('an abort before the head arrives rejects with AbortError', async () => {
    const { bridge, hold, cancelled } = fakeBridge();
    hold();
    const controller = new AbortController();
    const pending = createIpcStreamFetch(bridge)(URL_LIVE, { signal: controller.signal });
    await vi.waitFor(() => expect(bridge.trpcStream).toHaveBeenCalled());
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toHaveLength(1);
  });

  it('an error event fails the body with its message; a refused start rejects', async () => {
    const { bridge, only } = fakeBridge();
    const response = await createIpcStreamFetch(bridge)(URL_LIVE);
    only().emit({ type: 'error', message: 'The live connection was interrupted.' });
    await expect(response.text()).rejects.toThrow('The live connection was interrupted.');
    const refused = fakeBridge(new Error('Refused: message did not come from the Alignment Desk window'));
    await expect(createIpcStreamFetch(refused.bridge)(URL_LIVE)).rejects.toThrow(/Refused/);
  });

  it('streams GETs only, and not at all once already aborted', async () => {
    const { bridge } = fakeBridge();
    const fetch = createIpcStreamFetch(bridge);
    await expect(fetch(URL_LIVE, { method: 'POST', body: '{}' })).rejects.toThrow(TypeError);
    await expect(fetch(URL_LIVE, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(bridge.trpcStream).not.toHaveBeenCalled();
  });
});
