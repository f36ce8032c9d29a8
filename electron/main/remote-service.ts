import { unavailableResponse, type BackupTake, type DatabaseService, type PlainRequest, type PlainResponse } from '../../core/host/protocol';
import type { FetchLike } from './server-probe';

/**
 * The database service of a team server, reached over HTTPS: each tRPC request
 * the window makes over IPC goes to `<server>/trpc/…` with the same method,
 * body and bearer token. Nothing is stored on this computer. A request the
 * server cannot be reached for answers the same 503 `workspace_unavailable`
 * shape as a stopped local database host, so the renderer shows one retryable
 * message whichever side failed.
 */

export interface RemoteServiceOptions {
  /** The server's origin, as `parseServerAddress` returns it, e.g. https://desk.example.gov.uk */
  baseUrl: string;
  /** Electron's `net.fetch` (in index.ts); tests pass fakes. */
  fetch: FetchLike;
  /** Default 2 minutes (as the local hosts). */
  requestTimeoutMs?: number;
  /** Told about network failures (never shown to the renderer). */
  onError?: (error: unknown) => void;
}

export interface RemoteService extends DatabaseService {
  readonly baseUrl: string;
  /** A streaming GET (the live-updates subscription); the Response body is the server's stream. */
  stream(request: PlainRequest, signal: AbortSignal): Promise<Response>;
  /** Aborts every request and stream still open. */
  close(): Promise<void>;
}

export const DEFAULT_REMOTE_TIMEOUT_MS = 120_000;
export const STREAM_CONNECT_TIMEOUT_MS = 15_000;
export const REMOTE_BACKUP_REFUSAL = 'Backups are made on the team server, not by a desktop connected to it.';

/** Headers a tRPC call needs; anything else the page set (cookies among them) stays behind. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'trpc-accept', 'last-event-id', 'x-alignment-desk-passive'] as const;
/** Headers the renderer may see; never set-cookie. */
const RETURNED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-request-id', 'cache-control'] as const;

/** `http://alignment-desk.ipc/trpc/a.b?batch=1` → `<baseUrl>/trpc/a.b?batch=1`; null for anything not under /trpc/. */
export function remoteUrl(baseUrl: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (!url.pathname.startsWith('/trpc/')) return null;
  return `${baseUrl}${url.pathname}${url.search}`;
}

function forwardedHeaders(request: PlainRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if ((FORWARDED_REQUEST_HEADERS as readonly string[]).includes(lower)) headers[lower] = value;
  }
  return headers;
}

function returnedHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of RETURNED_RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return headers;
}

export function createRemoteService(options: RemoteServiceOptions): RemoteService {
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REMOTE_TIMEOUT_MS;
  const open = new Set<AbortController>();
  let closed = false;

  function track(signal?: AbortSignal): { controller: AbortController; done: () => void } {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) controller.abort(signal.reason);
    open.add(controller);
    return {
      controller,
      done: () => {
        open.delete(controller);
        signal?.removeEventListener('abort', onAbort);
      },
    };
  }

  function send(url: string, request: PlainRequest, signal: AbortSignal): Promise<Response> {
    return options.fetch(url, {
      method: request.method,
      headers: forwardedHeaders(request),
      body: request.method === 'GET' || request.method === 'HEAD' ? null : request.body,
      // The bearer token must never follow a redirect to another address, and cookies are not the desktop's way.
      redirect: 'error',
      credentials: 'omit',
      signal,
    });
  }

  return {
    baseUrl: options.baseUrl,

    async handle(request): Promise<PlainResponse> {
      const url = remoteUrl(options.baseUrl, request.url);
      if (url === null) return { status: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { message: 'Not found.' } }) };
      if (closed) return unavailableResponse(request);
      const { controller, done } = track();
      const timer = setTimeout(() => controller.abort(new DOMException('The team server did not answer in time.', 'TimeoutError')), timeoutMs);
      try {
        const response = await send(url, request, controller.signal);
        const body = await response.text();
        const headers = returnedHeaders(response);
        // A proxy's own error page (HTML, no tRPC shape) means the server behind it is not answering.
        if (response.status >= 502 && response.status <= 504 && !(headers['content-type'] ?? '').includes('application/json')) {
          return unavailableResponse(request);
        }
        return { status: response.status, headers, body };
      } catch (error) {
        options.onError?.(error);
        return unavailableResponse(request);
      } finally {
        clearTimeout(timer);
        done();
      }
    },

    async takeBackup(): Promise<BackupTake> {
      return { ok: false, status: 404, message: REMOTE_BACKUP_REFUSAL };
    },

    async stream(request, signal) {
      const url = remoteUrl(options.baseUrl, request.url);
      if (url === null) throw new Error('Not a tRPC address.');
      if (closed) throw new Error('The team server connection has been closed.');
      const { controller, done } = track(signal);
      const timer = setTimeout(() => controller.abort(new DOMException('The team server did not answer in time.', 'TimeoutError')), STREAM_CONNECT_TIMEOUT_MS);
      let response: Response;
      try {
        response = await send(url, { ...request, method: 'GET', body: null }, controller.signal);
      } catch (error) {
        done();
        throw error;
      } finally {
        clearTimeout(timer);
      }
      const source = response.body;
      if (source === null) {
        done();
        return new Response(null, { status: response.status, headers: returnedHeaders(response) });
      }
      // Re-wrapped so that the controller leaves `open` when the stream ends, however it ends.
      const reader = source.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(sink) {
          try {
            const { done: finished, value } = await reader.read();
            if (finished) {
              done();
              sink.close();
            } else {
              sink.enqueue(value);
            }
          } catch (error) {
            done();
            sink.error(error);
          }
        },
        async cancel(reason) {
          done();
          controller.abort(reason);
          await reader.cancel(reason).catch(() => undefined);
        },
      });
      return new Response(body, { status: response.status, headers: returnedHeaders(response) });
    },

    async close() {
      closed = true;
      for (const controller of [...open]) controller.abort(new Error('The team server connection has been closed.'));
      open.clear();
    },
  };
}
