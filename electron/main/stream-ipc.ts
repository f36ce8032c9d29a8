import { z } from 'zod';
import type { IpcStreamEvent, IpcStreamHead } from '../preload/bridge-types';
import { IPC_LIMITS, TRPC_STREAM_CANCEL_CHANNEL, TRPC_STREAM_CHANNEL, TRPC_STREAM_EVENT_CHANNEL } from '../shared/ipc-contract';
import { REFUSED_MALFORMED_MESSAGE, REFUSED_UNTRUSTED_SENDER, toRequest } from './trpc-ipc';
import type { IpcSenderEvent } from './trusted-sender';

/**
 * Streaming requests over IPC, for the live-updates subscription (Server-Sent
 * Events). The renderer starts a stream with its own id; the answer is the
 * status and headers; the body follows as events on one channel (chunks of
 * text in order, then `end` or `error`). The renderer cancels a stream it no
 * longer reads, and every stream of a window ends when the window navigates or
 * goes. The same checks as tRPC over IPC apply: trusted sender, URL under
 * /trpc/, size limits; a stream is a GET.
 */

export const FAILED_TO_STREAM = 'Failed: the main process could not open the stream';
export const TOO_MANY_STREAMS = 'Refused: this window already has the most streams it may open';
export const STREAM_ID_IN_USE = 'Refused: that stream id is already in use';
export const STREAM_BROKE = 'The live connection was interrupted.';

/** The part of Electron's `WebContents` (the event's `sender`) this module uses. */
export interface StreamSender {
  readonly id: number;
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
  on(event: 'destroyed' | 'did-navigate', listener: () => void): unknown;
}

export interface StreamIpcEvent extends IpcSenderEvent {
  readonly sender: StreamSender;
}

export interface StreamIpcMain<Event extends StreamIpcEvent> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface StreamIpcOptions<Event extends StreamIpcEvent> {
  /** Answers a streaming GET: the connection manager's `stream`. */
  stream(request: Request, signal: AbortSignal): Promise<Response>;
  isTrusted(event: Event): boolean;
  onError?: (error: unknown) => void;
}

const streamIdSchema = z.string().min(1).max(IPC_LIMITS.maxStreamIdLength).regex(/^[A-Za-z0-9-]+$/);
const startSchema = z.strictObject({ streamId: streamIdSchema, request: z.unknown() });
const cancelSchema = z.strictObject({ streamId: streamIdSchema });

/** Splits text so no IPC message carries more than the chunk limit. */
export function splitChunk(text: string, max: number = IPC_LIMITS.maxStreamChunkLength): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += max) parts.push(text.slice(start, start + max));
  return parts;
}

export function registerStreamIpc<Event extends StreamIpcEvent>(ipcMain: StreamIpcMain<Event>, options: StreamIpcOptions<Event>): () => void {
  /** Open streams per window (webContents id), each by its renderer-chosen id. */
  const windows = new Map<number, Map<string, AbortController>>();

  /** Windows whose navigation and destruction this module already watches. */
  const watched = new Set<number>();

  function endAll(windowId: number): void {
    const streams = windows.get(windowId);
    windows.delete(windowId);
    for (const controller of streams?.values() ?? []) controller.abort(new Error('The window navigated or closed.'));
  }

  function streamsOf(sender: StreamSender): Map<string, AbortController> {
    const id = sender.id;
    if (!watched.has(id)) {
      watched.add(id);
      sender.on('did-navigate', () => endAll(id));
      sender.on('destroyed', () => {
        endAll(id);
        watched.delete(id);
      });
    }
    let streams = windows.get(id);
    if (streams === undefined) {
      streams = new Map();
      windows.set(id, streams);
    }
    return streams;
  }

  function post(sender: StreamSender, streamId: string, event: IpcStreamEvent): void {
    if (!sender.isDestroyed()) sender.send(TRPC_STREAM_EVENT_CHANNEL, { streamId, ...event });
  }

  async function pump(sender: StreamSender, streamId: string, body: ReadableStream<Uint8Array>, controller: AbortController, streams: Map<string, AbortController>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const stop = () => void reader.cancel(controller.signal.reason).catch(() => undefined);
    controller.signal.addEventListener('abort', stop, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (controller.signal.aborted) return; // cancelled: the renderer hears nothing more
        if (done) {
          const rest = decoder.decode();
          if (rest !== '') post(sender, streamId, { type: 'chunk', data: rest });
          post(sender, streamId, { type: 'end' });
          return;
        }
        for (const data of splitChunk(decoder.decode(value, { stream: true }))) post(sender, streamId, { type: 'chunk', data });
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        options.onError?.(error);
        post(sender, streamId, { type: 'error', message: STREAM_BROKE });
      }
    } finally {
      controller.signal.removeEventListener('abort', stop);
      if (streams.get(streamId) === controller) streams.delete(streamId);
    }
  }

  ipcMain.handle(TRPC_STREAM_CHANNEL, async (event, message): Promise<IpcStreamHead> => {
    if (!options.isTrusted(event)) throw new Error(REFUSED_UNTRUSTED_SENDER);
    const parsed = startSchema.safeParse(message);
    if (!parsed.success) throw new Error(REFUSED_MALFORMED_MESSAGE);
    const request = toRequest(parsed.data.request);
    if (request.method !== 'GET') throw new Error(`${REFUSED_MALFORMED_MESSAGE} (method)`);
    const { streamId } = parsed.data;
    const sender = event.sender;
    const streams = streamsOf(sender);
    if (streams.has(streamId)) throw new Error(STREAM_ID_IN_USE);
    if (streams.size >= IPC_LIMITS.maxOpenStreams) throw new Error(TOO_MANY_STREAMS);
    const controller = new AbortController();
    streams.set(streamId, controller);

    let response: Response;
    try {
      response = await options.stream(new Request(request, { signal: controller.signal }), controller.signal);
    } catch (error) {
      streams.delete(streamId);
      if (!controller.signal.aborted) options.onError?.(error);
      // The original goes to onError only; nothing of it may reach the renderer.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(controller.signal.aborted ? 'Cancelled' : FAILED_TO_STREAM);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (response.body === null) {
      streams.delete(streamId);
      queueMicrotask(() => post(sender, streamId, { type: 'end' }));
    } else {
      void pump(sender, streamId, response.body, controller, streams);
    }
    return { status: response.status, headers };
  });

  ipcMain.handle(TRPC_STREAM_CANCEL_CHANNEL, async (event, message): Promise<void> => {
    if (!options.isTrusted(event)) throw new Error(REFUSED_UNTRUSTED_SENDER);
    const parsed = cancelSchema.safeParse(message);
    if (!parsed.success) throw new Error(REFUSED_MALFORMED_MESSAGE);
    const streams = windows.get(event.sender.id);
    const controller = streams?.get(parsed.data.streamId);
    if (controller === undefined || streams === undefined) return;
    streams.delete(parsed.data.streamId);
    controller.abort(new Error('Cancelled by the window.'));
  });

  return () => {
    ipcMain.removeHandler(TRPC_STREAM_CHANNEL);
    ipcMain.removeHandler(TRPC_STREAM_CANCEL_CHANNEL);
    for (const streams of windows.values()) for (const controller of streams.values()) controller.abort(new Error('Stopped.'));
    windows.clear();
  };
}
