import { describe, expect, it, vi } from 'vitest';
import { registerConnectionIpc, windowTitle } from '../../electron/main/connection-ipc';
import { NOT_AN_ADDRESS } from '../../electron/main/server-address';
import { REFUSED_UNTRUSTED_SENDER } from '../../electron/main/trpc-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createBridge } from '../../electron/preload/bridge';
import { CONNECT_CHANNEL, CONNECTION_CHANNEL } from '../../electron/shared/ipc-contract';
import { APP_IFRAME, createFakeIpc, FOREIGN_FRAME, TOP_FRAME } from './helpers/fake-ipc';

function setup() {
  const ipc = createFakeIpc();
  const connectToServer = vi.fn(async (address: string) => ({ ok: true as const, connection: { kind: 'server' as const, url: address } }));
  registerConnectionIpc(ipc.ipcMain, { current: () => ({ kind: 'local', file: '/data/w.sqlite' }), connectToServer, isTrusted: isTrustedIpcEvent });
  return { ipc, connectToServer, bridge: createBridge(ipc.rendererFor(TOP_FRAME)) };
}

describe('registerConnectionIpc', () => {
  it('answers the app window: the current connection, and a connect request', async () => {
    const { bridge, connectToServer } = setup();
    expect(await bridge.connection()).toEqual({ kind: 'local', file: '/data/w.sqlite' });
    expect(await bridge.connectToServer('https://desk.example.gov.uk')).toEqual({ ok: true, connection: { kind: 'server', url: 'https://desk.example.gov.uk' } });
    expect(connectToServer).toHaveBeenCalledExactlyOnceWith('https://desk.example.gov.uk');
  });

  it('refuses frames that are not the app’s top window', async () => {
    const { ipc, connectToServer } = setup();
    for (const frame of [FOREIGN_FRAME, APP_IFRAME, null]) {
      const renderer = ipc.rendererFor(frame);
      await expect(renderer.invoke(CONNECTION_CHANNEL)).rejects.toThrow(REFUSED_UNTRUSTED_SENDER);
      await expect(renderer.invoke(CONNECT_CHANNEL, 'https://evil.test')).rejects.toThrow(REFUSED_UNTRUSTED_SENDER);
    }
    expect(connectToServer).not.toHaveBeenCalled();
  });

  it('refuses a non-string or oversized address without trying it', async () => {
    const { ipc, connectToServer } = setup();
    const top = ipc.rendererFor(TOP_FRAME);
    expect(await top.invoke(CONNECT_CHANNEL, { url: 'https://x' })).toEqual({ ok: false, message: NOT_AN_ADDRESS });
    expect(await top.invoke(CONNECT_CHANNEL, `https://${'a'.repeat(5000)}`)).toEqual({ ok: false, message: NOT_AN_ADDRESS });
    expect(connectToServer).not.toHaveBeenCalled();
  });
});

describe('windowTitle', () => {
  it('names the server while connected, and leaves a local title alone', () => {
    expect(windowTitle('Grants – Alignment Desk', { kind: 'server', url: 'https://desk.example.gov.uk' })).toBe('Grants – Alignment Desk — connected to https://desk.example.gov.uk');
    expect(windowTitle('Grants – Alignment Desk', { kind: 'local', file: '/w.sqlite' })).toBe('Grants – Alignment Desk');
    expect(windowTitle('Alignment Desk', null)).toBe('Alignment Desk');
  });
});
