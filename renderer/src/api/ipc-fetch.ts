import type { AlignmentDeskBridge, IpcFetchRequest } from '../../../electron/preload/bridge-types';

/** What tRPC's httpBatchLink passes to `fetch` (kept minimal so this file needs no DOM types). */
export interface FetchInitLike {
  method?: string;
  headers?: unknown;
  body?: unknown;
  signal?: { aborted: boolean; addEventListener(type: 'abort', listener: () => void): void } | null;
}

type FetchInputLike = string | URL | { url: string };

/** Flattens any HeadersInit (Headers, [name, value][] or a record) into a plain lower-cased record. */
export function headersToRecord(headers: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  const put = (name: unknown, value: unknown) => {
    if (typeof name === 'string' && value !== undefined && value !== null) record[name.toLowerCase()] = String(value);
  };
  if (typeof (headers as { forEach?: unknown }).forEach === 'function' && !Array.isArray(headers)) {
    (headers as { forEach(cb: (value: string, name: string) => void): void }).forEach((value, name) => put(name, value));
  } else if (Array.isArray(headers)) {
    for (const pair of headers) if (Array.isArray(pair)) put(pair[0], pair[1]);
  } else if (typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) put(name, value);
  }
  return record;
}

function urlOf(input: FetchInputLike): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

function abortError(): Error {
  const error = new Error('The request was aborted.');
  error.name = 'AbortError';
  return error;
}

/** Statuses whose Response must not carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * A `fetch` for tRPC's httpBatchLink that carries each request over the desktop bridge
 * (`window.alignmentDesk.trpcFetch`) and rebuilds a real `Response` from the plain reply.
 */
export function createIpcFetch(bridge: Pick<AlignmentDeskBridge, 'trpcFetch'>) {
  return async function ipcFetch(input: FetchInputLike, init?: FetchInitLike): Promise<Response> {
    const signal = init?.signal ?? null;
    if (signal?.aborted) throw abortError();
    const body = init?.body;
    if (body !== undefined && body !== null && typeof body !== 'string') {
      throw new TypeError('The desktop bridge only carries text request bodies.');
    }
    const message: IpcFetchRequest = {
      url: urlOf(input),
      method: (init?.method ?? 'GET').toUpperCase(),
      headers: headersToRecord(init?.headers),
      body: typeof body === 'string' ? body : null,
    };
    const pending = bridge.trpcFetch(message);
    const reply = signal
      ? await new Promise<Awaited<typeof pending>>((resolve, reject) => {
          signal.addEventListener('abort', () => reject(abortError()));
          pending.then(resolve, reject);
        })
      : await pending;
    return new Response(NULL_BODY_STATUSES.has(reply.status) ? null : reply.body, {
      status: reply.status,
      headers: reply.headers,
    });
  };
}
