import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEYS, createBridge, type IpcRendererLike } from '../../electron/preload/bridge';
import type { AlignmentDeskBridgeKey } from '../../electron/preload/bridge-types';
import { TRPC_IPC_CHANNEL } from '../../electron/shared/ipc-contract';

const reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };

function setup(answer: unknown = reply) {
  const ipc = { invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => answer) } satisfies IpcRendererLike;
  return { ipc, bridge: createBridge(ipc) };
}

describe('createBridge', () => {
  it('exposes exactly platform and trpcFetch', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_KEYS].sort());
    expect(Object.getOwnPropertyNames(bridge).sort()).toEqual(['platform', 'trpcFetch']);
    expect(bridge.platform).toBe('desktop');
    expect(typeof bridge.trpcFetch).toBe('function');
    const keys: AlignmentDeskBridgeKey[] = [...BRIDGE_KEYS];
    expect(keys).toHaveLength(2);
  });

  it('does not leak the IPC object or any Electron handle', () => {
    const { ipc, bridge } = setup();
    const values = Object.values(bridge);
    expect(values).not.toContain(ipc);
    expect(values).not.toContain(ipc.invoke);
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|on|invoke|require|process/i);
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
