import { createTRPCClient } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import type { IpcFetchRequest, IpcFetchResponse } from '../../electron/preload/bridge-types';
import { errorInfo, isPermanentError } from '../../renderer/src/api/errors';
import { createIpcFetch, headersToRecord } from '../../renderer/src/api/ipc-fetch';
import { createTransportLink, detectTransport, IPC_TRPC_URL } from '../../renderer/src/api/transport';
import type { AppRouter } from '../../renderer/src/api/types';
import { base64ToBytes } from '../../renderer/src/format/base64';

/** The bridge's connection and streaming methods, which these tests never call. */
const unused = () => {
  throw new Error('not used in this test');
};
const desktopOnlyMethods = { trpcStream: unused, cancelStream: unused, connection: unused, connectToServer: unused, onConnectionChanged: unused, onConnectRequested: unused };

function fakeBridge(reply: (request: IpcFetchRequest) => IpcFetchResponse) {
  const requests: IpcFetchRequest[] = [];
  const bridge = {
    platform: 'desktop' as const,
    trpcFetch: vi.fn(async (request: IpcFetchRequest) => {
      requests.push(request);
      return reply(request);
    }),
    ...desktopOnlyMethods,
  };
  return { bridge, requests };
}

describe('createIpcFetch', () => {
  it('turns a fetch call into a plain bridge message and the reply into a Response', async () => {
    const { bridge, requests } = fakeBridge(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' }));
    const ipcFetch = createIpcFetch(bridge);
    const response = await ipcFetch('http://alignment-desk.ipc/trpc/x', {
      method: 'post',
      headers: { Authorization: 'Bearer abc', 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    expect(requests).toEqual([
      { url: 'http://alignment-desk.ipc/trpc/x', method: 'POST', headers: { authorization: 'Bearer abc', 'content-type': 'application/json' }, body: '{"a":1}' },
    ]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('sends GET with a null body and accepts URL objects', async () => {
    const { bridge, requests } = fakeBridge(() => ({ status: 204, headers: {}, body: '' }));
    const response = await createIpcFetch(bridge)(new URL('http://alignment-desk.ipc/trpc/y?batch=1'));
    expect(requests[0]).toMatchObject({ method: 'GET', body: null, url: 'http://alignment-desk.ipc/trpc/y?batch=1' });
    expect(response.status).toBe(204);
  });

  it('refuses non-text bodies and honours an aborted signal', async () => {
    const { bridge } = fakeBridge(() => ({ status: 200, headers: {}, body: '' }));
    const ipcFetch = createIpcFetch(bridge);
    await expect(ipcFetch('http://x/', { method: 'POST', body: new Uint8Array([1]) })).rejects.toThrow(/text/);
    const controller = new AbortController();
    controller.abort();
    await expect(ipcFetch('http://x/', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('flattens every HeadersInit shape', () => {
    expect(headersToRecord(new Headers({ 'X-A': '1' }))).toEqual({ 'x-a': '1' });
    expect(headersToRecord([['X-B', '2']])).toEqual({ 'x-b': '2' });
    expect(headersToRecord({ 'X-C': '3', 'X-D': undefined })).toEqual({ 'x-c': '3' });
    expect(headersToRecord(undefined)).toEqual({});
  });
});

describe('transport selection', () => {
  it('uses the desktop bridge only when window.alignmentDesk is present', () => {
    const { bridge } = fakeBridge(() => ({ status: 200, headers: {}, body: '' }));
    expect(detectTransport({ alignmentDesk: bridge })).toEqual({ kind: 'desktop', bridge });
    expect(detectTransport({})).toEqual({ kind: 'http' });
  });

  it('carries a real tRPC batch over the bridge with the bearer token', async () => {
    const { bridge, requests } = fakeBridge(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ result: { data: { initialised: true, kind: 'demo', councilName: 'Wigan', demoSignIn: null } } }]),
    }));
    const client = createTRPCClient<AppRouter>({ links: [createTransportLink({ kind: 'desktop', bridge }, () => 'tok-123')] });
    const status = await client.workspace.status.query();
    expect(status.councilName).toBe('Wigan');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url.startsWith(`${IPC_TRPC_URL}/workspace.status?batch=1`)).toBe(true);
    expect(requests[0]!.headers.authorization).toBe('Bearer tok-123');
    expect(requests[0]!.method).toBe('GET');
  });

  it('surfaces the server error shape (code and field errors) to the UI', async () => {
    const { bridge } = fakeBridge(() => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        {
          error: {
            message: 'Some fields need attention.',
            code: -32600,
            data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'programmes.create', fieldErrors: { 'fundingLines.0.amountPence': ['Amounts are whole pence'] }, requestId: 'r1' },
          },
        },
      ]),
    }));
    const client = createTRPCClient<AppRouter>({ links: [createTransportLink({ kind: 'desktop', bridge }, () => null)] });
    const failure = await client.programmes.create.mutate({ code: 'A', name: 'B', type: 'other', status: 'active' }).catch((error: unknown) => error);
    const info = errorInfo(failure);
    expect(info).toEqual({
      code: 'BAD_REQUEST',
      message: 'Some fields need attention.',
      fieldErrors: { 'fundingLines.0.amountPence': ['Amounts are whole pence'] },
      requestId: 'r1',
      reason: null,
    });
    expect(isPermanentError(failure)).toBe(true);
  });
});

describe('errorInfo', () => {
  it('explains network failures in words', () => {
    const info = errorInfo(new TypeError('Failed to fetch'));
    expect(info.code).toBeNull();
    expect(info.message).toMatch(/could not reach/);
    expect(isPermanentError(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('base64ToBytes', () => {
  it('decodes export payloads', () => {
    expect(Array.from(base64ToBytes(Buffer.from('Code,Name\n', 'utf8').toString('base64')))).toEqual(Array.from(Buffer.from('Code,Name\n')));
  });
});
