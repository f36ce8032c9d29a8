import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEYS, createBridge, type IpcRendererLike } from '../../electron/preload/bridge';
import type { AlignmentDeskBridgeKey } from '../../electron/preload/bridge-types';
import { CONNECT_CHANNEL, CONNECT_REQUESTED_CHANNEL, CONNECTION_CHANGED_CHANNEL, CONNECTION_CHANNEL, TRPC_IPC_CHANNEL, TRPC_STREAM_EVENT_CHANNEL } from '../../electron/shared/ipc-contract';

const reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };

function setup(answer: unknown = reply) {
  const ipc = { invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => answer) } satisfies IpcRendererLike;
  return { ipc, bridge: createBridge(ipc) };
}

describe('createBridge', () => {
  it('exposes exactly the agreed methods', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_KEYS].sort());
    expect(Object.getOwnPropertyNames(bridge).sort()).toEqual([
      'cancelStream',
      'connectToServer',
      'connection',
      'onConnectRequested',
      'onConnectionChanged',
      'platform',
      'trpcFetch',
      'trpcStream',
    ]);
    expect(bridge.platform).toBe('desktop');
    for (const key of BRIDGE_KEYS) if (key !== 'platform') expect(typeof bridge[key]).toBe('function');
    const keys: AlignmentDeskBridgeKey[] = [...BRIDGE_KEYS];
    expect(keys).toHaveLength(8);
  });

  it('does not leak the IPC object or any Electron handle', () => {
    const { ipc, bridge } = setup();
    const values = Object.values(bridge);
    expect(values).not.toContain(ipc);
    expect(values).not.toContain(ipc.invoke);
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|invoke|require|process|sender|removeListener/i);
  });

  it('is frozen, so the page cannot swap its functions', () => {
    const { bridge } = setup();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends the four known fields on the tRPC channel and nothing else', async () => {
    const { ipc, bridge } = setup();
    const request = {
      url: 'http://alignment-desk.ipc/trpc/auth.me',
      method: 'GET',
      headers: { authorization: 'Bearer abc', 'x-count': 3 as unknown as string },
      body: null,
      extra: 'dropped',
      callback: () => 'dropped',
    };
    await bridge.trpcFetch(request);
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(TRPC_IPC_CHANNEL, {
      url: 'http://alignment-desk.ipc/trpc/auth.me',
      method: 'GET',
      headers: { authorization: 'Bearer abc' },
      body: null,
    });
  });

  it('returns the reply as a fresh plain object', async () => {
    const { bridge } = setup({ ...reply, sender: { secret: true } });
    const result = await bridge.trpcFetch({
      url: 'http://alignment-desk.ipc/trpc/auth.me',
      method: 'GET',
      headers: {},
      body: null,
    });
    expect(result).toEqual(reply);
    expect(result).not.toHaveProperty('sender');
  });

  it.each([
    ['a non-object', 'nope'],
    ['a missing status', { headers: {}, body: '' }],
    ['a fractional status', { status: 200.5, headers: {}, body: '' }],
    ['a non-text body', { status: 200, headers: {}, body: new Uint8Array(1) }],
  ])('rejects %s reply', async (_label, answer) => {
    const { bridge } = setup(answer);
    await expect(
      bridge.trpcFetch({ url: 'http://alignment-desk.ipc/trpc/a', method: 'GET', headers: {}, body: null }),
    ).rejects.toThrow(/trpcFetch/);
  });

  it('rejects a request with the wrong field types before sending it', async () => {
    const { ipc, bridge } = setup();
    const bad = [
      null,
      { url: 1, method: 'GET', headers: {}, body: null },
      { url: 'http://alignment-desk.ipc/trpc/a', method: undefined, headers: {}, body: null },
      { url: 'http://alignment-desk.ipc/trpc/a', method: 'POST', headers: {}, body: { json: true } },
    ];
    for (const request of bad) {
      await expect(bridge.trpcFetch(request as never)).rejects.toThrow(TypeError);
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});

describe('createBridge: connection and events', () => {
  function withEvents(answer: unknown = null) {
    const listeners = new Map<string, (payload: unknown) => void>();
    const ipc = {
      invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => answer),
      on: vi.fn((channel: string, listener: (payload: unknown) => void) => void listeners.set(channel, listener)),
    } satisfies IpcRendererLike;
    const emit = (channel: string, payload: unknown) => listeners.get(channel)?.(payload);
    return { ipc, emit, bridge: createBridge(ipc) };
  }

  it('asks for the connection and passes the typed address on as a string', async () => {
    const { ipc, bridge } = withEvents({ kind: 'server', url: 'https://desk.example.gov.uk', extra: true });
    expect(await bridge.connection()).toEqual({ kind: 'server', url: 'https://desk.example.gov.uk' });
    expect(ipc.invoke).toHaveBeenLastCalledWith(CONNECTION_CHANNEL);
    ipc.invoke.mockResolvedValueOnce({ ok: false, message: 'Refused.' });
    expect(await bridge.connectToServer('http://x')).toEqual({ ok: false, message: 'Refused.' });
    expect(ipc.invoke).toHaveBeenLastCalledWith(CONNECT_CHANNEL, 'http://x');
    await expect(bridge.connectToServer({ toString: () => 'x' } as never)).rejects.toThrow(TypeError);
    ipc.invoke.mockResolvedValueOnce({ ok: true });
    await expect(bridge.connectToServer('https://x')).rejects.toThrow(/no valid answer/);
  });

  it('hands events to page listeners as fresh plain values, never the IPC event; unsubscribing works', () => {
    const { ipc, emit, bridge } = withEvents();
    const changed = vi.fn();
    const requested = vi.fn();
    const stop = bridge.onConnectionChanged(changed);
    bridge.onConnectionChanged(() => undefined);
    bridge.onConnectRequested(requested);
    // One IPC listener per channel, however many page listeners.
    expect(ipc.on.mock.calls.map(([channel]) => channel)).toEqual([CONNECTION_CHANGED_CHANNEL, CONNECT_REQUESTED_CHANNEL]);
    emit(CONNECTION_CHANGED_CHANNEL, { kind: 'local', file: '/a.sqlite', sender: { secret: true } });
    emit(CONNECTION_CHANGED_CHANNEL, { kind: 'bogus' });
    emit(CONNECT_REQUESTED_CHANNEL, { sender: {} });
    expect(changed.mock.calls).toEqual([[{ kind: 'local', file: '/a.sqlite' }]]);
    expect(requested.mock.calls).toEqual([[]]);
    stop();
    emit(CONNECTION_CHANGED_CHANNEL, { kind: 'local', file: '/b.sqlite' });
    expect(changed).toHaveBeenCalledOnce();
  });

  it('routes stream events by id and forgets a stream once it has ended', async () => {
    const { emit, bridge } = withEvents({ status: 200, headers: { 'content-type': 'text/event-stream' } });
    const a: unknown[] = [];
    const b: unknown[] = [];
    await bridge.trpcStream('a', { url: 'http://alignment-desk.ipc/trpc/live.changes', method: 'GET', headers: {}, body: null }, (event) => a.push(event));
    await bridge.trpcStream('b', { url: 'http://alignment-desk.ipc/trpc/live.changes', method: 'GET', headers: {}, body: null }, (event) => b.push(event));
    emit(TRPC_STREAM_EVENT_CHANNEL, { streamId: 'a', type: 'chunk', data: 'one' });
    emit(TRPC_STREAM_EVENT_CHANNEL, { streamId: 'b', type: 'chunk', data: 'two' });
    emit(TRPC_STREAM_EVENT_CHANNEL, { streamId: 'a', type: 'end' });
    emit(TRPC_STREAM_EVENT_CHANNEL, { streamId: 'a', type: 'chunk', data: 'late' });
    emit(TRPC_STREAM_EVENT_CHANNEL, { streamId: 'b', type: 'chunk', data: 42 });
    expect(a).toEqual([{ type: 'chunk', data: 'one' }, { type: 'end' }]);
    expect(b).toEqual([{ type: 'chunk', data: 'two' }]);
  });
});
