import { httpBatchLink, httpSubscriptionLink, type TRPCLink } from '@trpc/client';
import type { AlignmentDeskBridge } from '../../../electron/preload/bridge-types';
import type { AppRouter } from './types';
import { createIpcFetch } from './ipc-fetch';
import { createFetchEventSource } from './fetch-event-source';
import { createIpcStreamFetch } from './ipc-stream-fetch';
import { activityHeaders } from '../session/activity';

/** Where the desktop's tRPC client "sends" requests; the bridge carries them over IPC instead. */
export const IPC_TRPC_URL = 'http://alignment-desk.ipc/trpc';
/** Where the browser-mode server answers. */
export const HTTP_TRPC_URL = '/trpc';
/**
 * Sent with every HTTP request: a team server refuses a cookie-session change without it (a form or
 * a simple fetch from another site cannot send a custom header without a CORS preflight).
 */
export const CSRF_HEADER = { 'x-alignment-desk-csrf': '1' } as const;

export type Transport = { kind: 'desktop'; bridge: AlignmentDeskBridge } | { kind: 'http' };

/** The desktop preload exposes `window.alignmentDesk`; a plain browser does not. */
export function detectTransport(target: { alignmentDesk?: AlignmentDeskBridge | undefined } = globalThis as { alignmentDesk?: AlignmentDeskBridge }): Transport {
  const bridge = target.alignmentDesk;
  if (bridge && typeof bridge.trpcFetch === 'function') return { kind: 'desktop', bridge };
  return { kind: 'http' };
}

/** The one link the app uses: HTTP batching, over IPC on the desktop or /trpc in the browser. */
export function createTransportLink(transport: Transport, getToken: () => string | null): TRPCLink<AppRouter> {
  const headers = (): Record<string, string> => {
    const token = getToken();
    return { ...activityHeaders(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  };
  if (transport.kind === 'desktop') {
    return httpBatchLink<AppRouter>({
      url: IPC_TRPC_URL,
      headers,
      fetch: createIpcFetch(transport.bridge) as unknown as typeof fetch,
      // The main process refuses URLs over 2048 characters and batches over 20 calls.
      maxURLLength: 2000,
      maxItems: 10,
    });
  }
  return httpBatchLink<AppRouter>({ url: HTTP_TRPC_URL, headers: () => ({ ...CSRF_HEADER, ...headers() }), maxURLLength: 8000, maxItems: 10 });
}

/** A fetch whose Response body streams (live updates need one); null where the transport has none. */
export type StreamingFetchFor = (bridge: AlignmentDeskBridge) => typeof fetch | null;

/** The desktop's streaming fetch over IPC (electron/main/stream-ipc.ts), where the bridge offers one. */
export const ipcStreamingFetch: StreamingFetchFor = (bridge) => (typeof bridge.trpcStream === 'function' ? (createIpcStreamFetch(bridge) as unknown as typeof fetch) : null);

/**
 * The link for subscriptions (live updates, `live.changes`): Server-Sent Events through
 * httpSubscriptionLink, over an EventSource built on fetch so that it sends the session's
 * `Authorization` and the CSRF header. In the browser that is the page's fetch against /trpc. On the
 * desktop it needs a streaming fetch over the bridge: `desktopFetch` returns one when the bridge
 * offers it (`ipcStreamingFetch`, the default: electron/main/stream-ipc.ts); without one there is no
 * subscription link and no live updates.
 */
export function createSubscriptionLink(transport: Transport, getToken: () => string | null, desktopFetch: StreamingFetchFor = ipcStreamingFetch): TRPCLink<AppRouter> | null {
  const fetchImpl = transport.kind === 'desktop' ? desktopFetch(transport.bridge) : globalThis.fetch.bind(globalThis);
  if (!fetchImpl) return null;
  return httpSubscriptionLink<AppRouter, ReturnType<typeof createFetchEventSource>>({
    url: transport.kind === 'desktop' ? IPC_TRPC_URL : HTTP_TRPC_URL,
    EventSource: createFetchEventSource(fetchImpl),
    eventSourceOptions: () => {
      const token = getToken();
      return { headers: { ...CSRF_HEADER, ...activityHeaders(), ...(token ? { authorization: `Bearer ${token}` } : {}) } };
    },
  });
}
