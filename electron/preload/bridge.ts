import { TRPC_IPC_CHANNEL } from '../shared/ipc-contract';
import type { AlignmentDeskBridge, IpcFetchRequest, IpcFetchResponse } from './bridge-types';

/**
 * The part of Electron's `ipcRenderer` the bridge uses. Only `invoke`: the
 * bridge never subscribes to events, so no IPC event object can reach the page.
 */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** The keys `createBridge` puts on the object, in order. */
export const BRIDGE_KEYS = ['platform', 'trpcFetch'] as const;

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

/** Builds the object the preload exposes as `window.alignmentDesk`. */
export function createBridge(ipc: IpcRendererLike): AlignmentDeskBridge {
  const trpcFetch = async (request: IpcFetchRequest): Promise<IpcFetchResponse> => {
    const reply = await ipc.invoke(TRPC_IPC_CHANNEL, toPlainRequest(request));
    return toPlainResponse(reply);
  };
  return Object.freeze({ platform: 'desktop' as const, trpcFetch });
}
