import {
  CONNECT_CHANNEL,
  CONNECT_REQUESTED_CHANNEL,
  CONNECTION_CHANGED_CHANNEL,
  CONNECTION_CHANNEL,
  TRPC_IPC_CHANNEL,
  TRPC_STREAM_CANCEL_CHANNEL,
  TRPC_STREAM_CHANNEL,
  TRPC_STREAM_EVENT_CHANNEL,
} from '../shared/ipc-contract';
import type {
  AlignmentDeskBridge,
  ConnectResult,
  DesktopConnection,
  IpcFetchRequest,
  IpcFetchResponse,
  IpcStreamEvent,
  IpcStreamHead,
} from './bridge-types';

/**
 * The part of Electron's `ipcRenderer` the bridge uses: `invoke`, and `on`
 * as wrapped by preload/index.ts, which hands over only the message's first
 * argument, so no IPC event object can reach the page.
 */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Optional so that request-only fakes stay small; the real preload always passes it. */
  on?(channel: string, listener: (payload: unknown) => void): void;
}

function listen(ipc: IpcRendererLike, channel: string, listener: (payload: unknown) => void): void {
  if (ipc.on === undefined) throw new Error('This bridge was built without IPC events');
  ipc.on(channel, listener);
}

/** The keys `createBridge` puts on the object, in order. */
export const BRIDGE_KEYS = [
  'platform',
  'trpcFetch',
  'trpcStream',
  'cancelStream',
  'connection',
  'connectToServer',
  'onConnectionChanged',
  'onConnectRequested',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies the own string-valued entries into a fresh plain object. */
function copyStringRecord(value: unknown): Record<string, string> {
  const copy: Record<string, string> = {};
  if (!isRecord(value)) return copy;
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === 'string') copy[name] = entry;
  }
  return copy;
}

/**
 * Rebuilds the request from the four known fields so that nothing else the
 * page put on the object (getters, prototypes, extra keys) travels over IPC.
 */
function toPlainRequest(request: IpcFetchRequest): IpcFetchRequest {
  if (!isRecord(request)) throw new TypeError('trpcFetch expects a request object');
  const { url, method, headers, body } = request;
  if (typeof url !== 'string') throw new TypeError('trpcFetch: url must be a string');
  if (typeof method !== 'string') throw new TypeError('trpcFetch: method must be a string');
  if (body !== null && typeof body !== 'string') {
    throw new TypeError('trpcFetch: body must be a string or null');
  }
  return { url, method, headers: copyStringRecord(headers), body };
}

function toPlainResponse(reply: unknown): IpcFetchResponse {
  if (!isRecord(reply)) throw new Error('trpcFetch: the main process sent no response');
  const { status, headers, body } = reply;
  if (typeof status !== 'number' || !Number.isInteger(status)) {
    throw new Error('trpcFetch: the response has no valid status');
  }
  if (typeof body !== 'string') throw new Error('trpcFetch: the response has no text body');
  return { status, headers: copyStringRecord(headers), body };
}

function toConnection(value: unknown): DesktopConnection | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'local' && typeof value.file === 'string') return { kind: 'local', file: value.file };
  if (value.kind === 'server' && typeof value.url === 'string') return { kind: 'server', url: value.url };
  return null;
}

function toConnectResult(value: unknown): ConnectResult {
  if (isRecord(value) && value.ok === true) {
    const connection = toConnection(value.connection);
    if (connection !== null) return { ok: true, connection };
  }
  if (isRecord(value) && value.ok === false && typeof value.message === 'string') return { ok: false, message: value.message };
  throw new Error('connectToServer: the main process sent no valid answer');
}

function toStreamEvent(value: unknown): { streamId: string; event: IpcStreamEvent } | null {
  if (!isRecord(value) || typeof value.streamId !== 'string') return null;
  const { streamId, type } = value;
  if (type === 'chunk' && typeof value.data === 'string') return { streamId, event: { type, data: value.data } };
  if (type === 'end') return { streamId, event: { type } };
  if (type === 'error' && typeof value.message === 'string') return { streamId, event: { type, message: value.message } };
  return null;
}

/** A set of page listeners fed by one IPC listener, registered on first use. */
function fanOut<T>(ipc: IpcRendererLike, channel: string, read: (payload: unknown) => T | null) {
  const listeners = new Set<(value: T) => void>();
  let registered = false;
  return (listener: (value: T) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('expected a listener function');
    if (!registered) {
      registered = true;
      listen(ipc, channel, (payload) => {
        const value = read(payload);
        if (value !== null) for (const each of [...listeners]) each(value);
      });
    }
    const own = (value: T) => listener(value);
    listeners.add(own);
    return () => void listeners.delete(own);
  };
}

/** Builds the object the preload exposes as `window.alignmentDesk`. */
export function createBridge(ipc: IpcRendererLike): AlignmentDeskBridge {
  const trpcFetch = async (request: IpcFetchRequest): Promise<IpcFetchResponse> => {
    const reply = await ipc.invoke(TRPC_IPC_CHANNEL, toPlainRequest(request));
    return toPlainResponse(reply);
  };

  // Body events of every open stream arrive on one channel; each goes to its stream's listener.
  const streams = new Map<string, (event: IpcStreamEvent) => void>();
  let streamEventsRegistered = false;
  const trpcStream = async (streamId: string, request: IpcFetchRequest, onEvent: (event: IpcStreamEvent) => void): Promise<IpcStreamHead> => {
    if (typeof streamId !== 'string') throw new TypeError('trpcStream: streamId must be a string');
    if (typeof onEvent !== 'function') throw new TypeError('trpcStream: onEvent must be a function');
    const plain = toPlainRequest(request);
    if (!streamEventsRegistered) {
      streamEventsRegistered = true;
      listen(ipc, TRPC_STREAM_EVENT_CHANNEL, (payload) => {
        const message = toStreamEvent(payload);
        const listener = message === null ? undefined : streams.get(message.streamId);
        if (message === null || listener === undefined) return;
        if (message.event.type !== 'chunk') streams.delete(message.streamId);
        listener(message.event);
      });
    }
    if (streams.has(streamId)) throw new Error('trpcStream: that stream id is already in use');
    streams.set(streamId, (event) => onEvent(event));
    try {
      const reply = await ipc.invoke(TRPC_STREAM_CHANNEL, { streamId, request: plain });
      const { status, headers } = toPlainResponse({ ...(isRecord(reply) ? reply : {}), body: '' });
      return { status, headers };
    } catch (error) {
      streams.delete(streamId);
      throw error;
    }
  };
  const cancelStream = async (streamId: string): Promise<void> => {
    if (typeof streamId !== 'string') throw new TypeError('cancelStream: streamId must be a string');
    streams.delete(streamId);
    await ipc.invoke(TRPC_STREAM_CANCEL_CHANNEL, { streamId });
  };

  const connection = async () => toConnection(await ipc.invoke(CONNECTION_CHANNEL));
  const connectToServer = async (address: string): Promise<ConnectResult> => {
    if (typeof address !== 'string') throw new TypeError('connectToServer: address must be a string');
    return toConnectResult(await ipc.invoke(CONNECT_CHANNEL, address));
  };
  const onConnectionChanged = fanOut(ipc, CONNECTION_CHANGED_CHANNEL, toConnection);
  const onConnectRequested = fanOut<true>(ipc, CONNECT_REQUESTED_CHANNEL, () => true);

  return Object.freeze({
    platform: 'desktop' as const,
    trpcFetch,
    trpcStream,
    cancelStream,
    connection,
    connectToServer,
    onConnectionChanged,
    onConnectRequested: (listener: () => void) => onConnectRequested(() => listener()),
  });
}
