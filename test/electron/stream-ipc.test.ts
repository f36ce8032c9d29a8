import { describe, expect, it, vi } from 'vitest';
import { REFUSED_UNTRUSTED_SENDER } from '../../electron/main/trpc-ipc';
import { registerStreamIpc, splitChunk, STREAM_BROKE, TOO_MANY_STREAMS } from '../../electron/main/stream-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createBridge } from '../../electron/preload/bridge';
import type { IpcStreamEvent } from '../../electron/preload/bridge-types';
import { IPC_LIMITS, TRPC_STREAM_CHANNEL } from '../../electron/shared/ipc-contract';
import { createFakeIpc, FOREIGN_FRAME, TOP_FRAME } from './helpers/fake-ipc';

const LIVE_URL = 'http://alignment-desk.ipc/trpc/live.changes?input=%7B%7D';
const live = (headers: Record<string, string> = { authorization: 'Bearer tok-1', accept: 'text/event-stream' }) => ({ url: LIVE_URL, method: 'GET', headers, body: null });

/** A server-sent-events body fed by hand; records whether its reader cancelled it. */
function manualSource() {
  const encoder = new TextEncoder();
  let sink!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (sink = c), cancel: () => void (state.cancelled = true) });
  return {
    body,
    state,
    push: (value: string | Uint8Array) => sink.enqueue(typeof value === 'string' ? encoder.encode(value) : value),
    end: () => sink.close(),
    fail: () => sink.error(new Error('socket hang up /internal/path')),
  };
}

function setup() {
  const ipc = createFakeIpc();
  const sources: Array<ReturnType<typeof manualSource>> = [];
  const seen: Array<{ request: Request; signal: AbortSignal }> = [];
  const onError = vi.fn();
  const stream = vi.fn(async (request: Request, signal: AbortSignal) => {
    seen.push({ request, signal });
    const source = manualSource();
    sources.push(source);
    return new Response(source.body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  registerStreamIpc(ipc.ipcMain, { stream, isTrusted: isTrustedIpcEvent, onError });
  const top = ipc.rendererFor(TOP_FRAME);
  return { ipc, top, bridge: createBridge(top), sources, seen, stream, onError };
}

function collector() {
  const events: IpcStreamEvent[] = [];
  return { events, onEvent: (event: IpcStreamEvent) => events.push(event), text: () => events.filter((e) => e.type === 'chunk').map((e) => (e as { data: string }).data).join('') };
}

describe('streaming over IPC (live updates)', () => {
  it('answers with the head, then delivers the chunks in order and the end', async () => {
    const { bridge, sources, seen } = setup();
    const out = collector();
    const head = await bridge.trpcStream('s-1', live(), out.onEvent);
    expect(head).toEqual({ status: 200, headers: { 'content-type': 'text/event-stream' } });
    expect(seen[0]!.request.url).toBe(LIVE_URL);
    expect(seen[0]!.request.headers.get('authorization')).toBe('Bearer tok-1');
    const source = sources[0]!;
    for (let i = 1; i <= 20; i += 1) source.push(`id: ${i}\ndata: {"n":${i}}\n\n`);
    source.end();
    await vi.waitFor(() => expect(out.events.at(-1)).toEqual({ type: 'end' }));
    expect(out.text()).toBe(Array.from({ length: 20 }, (_, i) => `id: ${i + 1}\ndata: {"n":${i + 1}}\n\n`).join(''));
  });

  it('keeps a character split across network chunks whole', async () => {
    const { bridge, sources } = setup();
    const out = collector();
    await bridge.trpcStream('s-utf8', live(), out.onEvent);
    const bytes = new TextEncoder().encode('data: “Wigan” £5\n\n');
    sources[0]!.push(bytes.slice(0, 7));
    sources[0]!.push(bytes.slice(7, 13));
    sources[0]!.push(bytes.slice(13));
    sources[0]!.end();
    await vi.waitFor(() => expect(out.events.at(-1)).toEqual({ type: 'end' }));
    expect(out.text()).toBe('data: “Wigan” £5\n\n');
  });

  it('splits very long chunks before they cross IPC', () => {
    const parts = splitChunk('x'.repeat(IPC_LIMITS.maxStreamChunkLength * 2 + 5));
    expect(parts.map((part) => part.length)).toEqual([IPC_LIMITS.maxStreamChunkLength, IPC_LIMITS.maxStreamChunkLength, 5]);
  });

  it('cancel stops the source stream and the renderer hears nothing more', async () => {
    const { bridge, sources, seen } = setup();
    const out = collector();
    await bridge.trpcStream('s-2', live(), out.onEvent);
    sources[0]!.push('data: 1\n\n');
    await vi.waitFor(() => expect(out.events).toHaveLength(1));
    await bridge.cancelStream('s-2');
    await vi.waitFor(() => expect(sources[0]!.state.cancelled).toBe(true));
    expect(seen[0]!.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(out.events).toEqual([{ type: 'chunk', data: 'data: 1\n\n' }]);
  });

  it('a broken source ends the stream with a plain error (no internals)', async () => {
    const { bridge, sources, onError } = setup();
    const out = collector();
    await bridge.trpcStream('s-3', live(), out.onEvent);
    sources[0]!.fail();
    await vi.waitFor(() => expect(out.events.at(-1)).toEqual({ type: 'error', message: STREAM_BROKE }));
    expect(onError).toHaveBeenCalledOnce();
  });

  it('ends every stream of a window that navigates or goes away', async () => {
    const { bridge, top, sources } = setup();
    await bridge.trpcStream('a', live(), () => undefined);
    await bridge.trpcStream('b', live(), () => undefined);
    top.sender.navigate();
    await vi.waitFor(() => expect(sources.map((s) => s.state.cancelled)).toEqual([true, true]));
    await bridge.trpcStream('c', live(), () => undefined);
    top.sender.destroy();
    await vi.waitFor(() => expect(sources[2]!.state.cancelled).toBe(true));
  });

  it('refuses untrusted senders, POSTs, non-tRPC addresses, bad ids, reused ids and too many streams', async () => {
    const { ipc, bridge, stream } = setup();
    const foreign = ipc.rendererFor(FOREIGN_FRAME);
    await expect(foreign.invoke(TRPC_STREAM_CHANNEL, { streamId: 'x', request: live() })).rejects.toThrow(REFUSED_UNTRUSTED_SENDER);
    await expect(bridge.trpcStream('p', { ...live(), method: 'POST', body: '{}' }, () => undefined)).rejects.toThrow(/malformed/);
    await expect(bridge.trpcStream('q', { ...live(), url: 'https://evil.test/trpc/live.changes' }, () => undefined)).rejects.toThrow(/malformed/);
    await expect(bridge.trpcStream('../etc', live(), () => undefined)).rejects.toThrow(/malformed/);
    expect(stream).not.toHaveBeenCalled();
    for (let i = 0; i < IPC_LIMITS.maxOpenStreams; i += 1) await bridge.trpcStream(`ok-${i}`, live(), () => undefined);
    await expect(bridge.trpcStream('ok-0', live(), () => undefined)).rejects.toThrow(/already in use/);
    await expect(bridge.trpcStream('one-too-many', live(), () => undefined)).rejects.toThrow(TOO_MANY_STREAMS);
    await bridge.cancelStream('ok-0');
    await expect(bridge.trpcStream('one-more', live(), () => undefined)).resolves.toMatchObject({ status: 200 });
  });

  it('a failure to open the stream reaches the renderer only as a generic message', async () => {
    const ipc = createFakeIpc();
    const onError = vi.fn();
    registerStreamIpc(ipc.ipcMain, {
      stream: async () => {
        throw new Error('SQLITE_BUSY at /home/officer/workspace.sqlite');
      },
      isTrusted: isTrustedIpcEvent,
      onError,
    });
    const bridge = createBridge(ipc.rendererFor(TOP_FRAME));
    const failure = await bridge.trpcStream('s', live(), () => undefined).catch((error: Error) => error);
    expect(String(failure)).toMatch(/could not open the stream/);
    expect(String(failure)).not.toMatch(/SQLITE|home/);
    expect(onError).toHaveBeenCalledOnce();
  });
});
