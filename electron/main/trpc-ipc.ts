import { z } from 'zod';
import {
  IPC_LIMITS,
  TRPC_IPC_CHANNEL,
  TRPC_IPC_ORIGIN,
  TRPC_IPC_PATH_PREFIX,
} from '../shared/ipc-contract';
import type { IpcFetchResponse } from '../preload/bridge-types';
import type { IpcSenderEvent } from './trusted-sender';

/**
 * "Fetch over IPC": the renderer's tRPC client hands its HTTP request to the
 * preload as plain data; here it is checked, turned back into a WHATWG
 * `Request`, answered by the same fetch handler the HTTP server uses, and
 * sent back as plain data.
 */

export const REFUSED_UNTRUSTED_SENDER = 'Refused: message did not come from the Alignment Desk window';
export const REFUSED_MALFORMED_MESSAGE = 'Refused: the tRPC request message is malformed';
export const FAILED_TO_HANDLE = 'Failed: the main process could not answer the tRPC request';

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// eslint-disable-next-line no-control-regex
const HEADER_VALUE = /^[^\u0000\r\n]*$/;
const encoder = new TextEncoder();

function isIpcTrpcUrl(value: string): boolean {
  // The parser collapses `..`, so a parsed path under /trpc/ really is under it;
  // origin and credentials are checked on the parsed URL, never on the string.
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.origin === TRPC_IPC_ORIGIN &&
    url.username === '' &&
    url.password === '' &&
    url.pathname.startsWith(TRPC_IPC_PATH_PREFIX)
  );
}

export const ipcFetchRequestSchema = z
  .strictObject({
    url: z.string().max(IPC_LIMITS.maxUrlLength).refine(isIpcTrpcUrl, 'not a tRPC IPC URL'),
    method: z.enum(['GET', 'POST']),
    headers: z
      .record(
        z.string().min(1).max(IPC_LIMITS.maxHeaderNameLength).regex(HEADER_NAME),
        z.string().max(IPC_LIMITS.maxHeaderValueLength).regex(HEADER_VALUE),
      )
      .refine((headers) => Object.keys(headers).length <= IPC_LIMITS.maxHeaderCount, 'too many headers'),
    body: z
      .string()
      .max(IPC_LIMITS.maxBodyBytes)
      .refine((body) => encoder.encode(body).byteLength <= IPC_LIMITS.maxBodyBytes, 'body too large')
      .nullable(),
  })
  .refine((message) => message.method === 'POST' || message.body === null, {
    message: 'a GET request has no body',
    path: ['body'],
  });

export type ValidIpcFetchRequest = z.infer<typeof ipcFetchRequestSchema>;

export type FetchHandler = (request: Request) => Promise<Response>;

/** The part of Electron's `ipcMain` this module uses. */
export interface IpcMainLike<Event extends IpcSenderEvent = IpcSenderEvent> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => Promise<IpcFetchResponse>): void;
  removeHandler(channel: string): void;
}

export interface TrpcIpcOptions<Event extends IpcSenderEvent = IpcSenderEvent> {
  /** Core's fetch handler, e.g. `createTrpcFetchHandler({ db, channel: 'desktop' })`. */
  readonly handle: FetchHandler;
  /** Usually `isTrustedIpcEvent` from trusted-sender.ts. */
  readonly isTrusted: (event: Event) => boolean;
  /** Told about failures inside `handle`; the renderer only sees a generic error. */
  readonly onError?: (error: unknown) => void;
}

/** Validates a raw IPC message and builds the `Request` for it (throws when refused). */
export function toRequest(message: unknown): Request {
  const parsed = ipcFetchRequestSchema.safeParse(message);
  if (!parsed.success) {
    const where = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(message)'))];
    throw new Error(`${REFUSED_MALFORMED_MESSAGE} (${where.join(', ')})`);
  }
  const { url, method, headers, body } = parsed.data;
  try {
    return new Request(url, { method, headers, body: method === 'POST' ? body : null });
  } catch {
    throw new Error(REFUSED_MALFORMED_MESSAGE);
  }
}

export async function toPlainResponse(response: Response): Promise<IpcFetchResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/**
 * Registers the one tRPC channel on `ipcMain`. Returns a function that
 * removes it again (the app keeps it for its whole life; tests use it).
 */
export function registerTrpcIpc<Event extends IpcSenderEvent>(
  ipcMain: IpcMainLike<Event>,
  options: TrpcIpcOptions<Event>,
): () => void {
  ipcMain.handle(TRPC_IPC_CHANNEL, async (event, message) => {
    if (!options.isTrusted(event)) throw new Error(REFUSED_UNTRUSTED_SENDER);
    const request = toRequest(message);
    try {
      return await toPlainResponse(await options.handle(request));
    } catch (error) {
      options.onError?.(error);
      // The original goes to onError only; nothing of it may reach the renderer.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(FAILED_TO_HANDLE);
    }
  });
  return () => ipcMain.removeHandler(TRPC_IPC_CHANNEL);
}
