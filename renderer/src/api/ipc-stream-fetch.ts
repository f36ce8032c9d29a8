import type { AlignmentDeskBridge, IpcFetchRequest, IpcStreamEvent } from '../../../electron/preload/bridge-types';
import { headersToRecord, type FetchInitLike } from './ipc-fetch';

/**
 * A streaming `fetch` over the desktop bridge, for the live-updates subscription: give it to
 * `createFetchEventSource` (fetch-event-source.ts). The answer is a real `Response` whose body is a
 * ReadableStream fed by the bridge's chunk events, in order. Aborting the request, or cancelling
 * the body, cancels the stream in the main process (which stops the server's stream too).
 */

type FetchInputLike = string | URL | { url: string };

function abortError(): Error {
  const error = new Error('The request was aborted.');
  error.name = 'AbortError';
  return error;
}

const urlOf = (input: FetchInputLike) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** Short, unique within this page: the main process accepts letters, digits and `-`. */
function streamIdMaker(): () => string {
  const page = Math.random().toString(36).slice(2, 10);
  let counter = 0;
  return () => `${page}-${(counter += 1)}`;
}

export function createIpcStreamFetch(bridge: Pick<AlignmentDeskBridge, 'trpcStream' | 'cancelStream'>) {
  const nextId = streamIdMaker();
  return async function ipcStreamFetch(input: FetchInputLike, init?: FetchInitLike): Promise<Response> {
    const signal = init?.signal ?? null;
    if (signal?.aborted) throw abortError();
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET') throw new TypeError('The desktop bridge streams GET requests only.');
    const message: IpcFetchRequest = { url: urlOf(input), method, headers: headersToRecord(init?.headers), body: null };
    const streamId = nextId();
    const encoder = new TextEncoder();
    let finished = false;
    let sink!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => void (sink = controller),
      cancel: () => stop(),
    });

    function stop(): void {
      if (finished) return;
      finished = true;
      void bridge.cancelStream(streamId).catch(() => undefined);
    }

    const onEvent = (event: IpcStreamEvent) => {
      if (finished) return;
      if (event.type === 'chunk') {
        sink.enqueue(encoder.encode(event.data));
      } else if (event.type === 'end') {
        finished = true;
        sink.close();
      } else {
        finished = true;
        sink.error(new TypeError(event.message));
      }
    };

    const head = bridge.trpcStream(streamId, message, onEvent);
    let onAbort = () => {};
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => {
        const wasOpen = !finished;
        stop();
        if (wasOpen) sink.error(abortError());
        reject(abortError());
      };
    });
    aborted.catch(() => undefined);
    signal?.addEventListener('abort', () => onAbort());
    let answer: Awaited<typeof head>;
    try {
      answer = await (signal ? Promise.race([head, aborted]) : head);
    } catch (error) {
      finished = true;
      throw error;
    }
    return new Response(body, { status: answer.status, headers: answer.headers });
  };
}
