import { createTRPCClient, splitLink, httpBatchLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRequestDispatcher } from '../../core/host/dispatcher';
import { changeSourceFromDb, type ChangeFeed } from '../../core/live/changes';
import { createLiveEndpoint, type LiveEndpoint } from '../../core/live/endpoint';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import type { AlignmentDeskBridge } from '../../electron/preload/bridge-types';
import { createSubscriptionLink, IPC_TRPC_URL } from '../../renderer/src/api/transport';
import type { AppRouter } from '../../renderer/src/api/types';
import { programmeInput } from '../helpers/programme-input';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

/**
 * The renderer's subscription link (httpSubscriptionLink over the fetch-based EventSource) against
 * the live endpoint, in one process: a workspace in memory, its change feed poked after each write.
 */
let ws: TestWorkspace;
let feed: ChangeFeed;
let endpoint: LiveEndpoint;
let server: RunningServer;
let token: string;
const seenHeaders: Array<Record<string, string>> = [];

beforeAll(async () => {
  ws = await testWorkspace();
  await ws.actorFor('strategy_officer');
  feed = changeSourceFromDb(ws.db);
  await feed.settled();
  const database = createRequestDispatcher({ db: ws.db, channel: 'http' });
  endpoint = createLiveEndpoint({ changes: feed, database });
  // The route looks up the current endpoint, so a test can replace it (a restarted server).
  server = await startHttpServer({ db: ws.db, port: 0, routes: [(req, res, url, authorization) => endpoint.route(req, res, url, authorization)] });
  const signIn = await fetch(`${server.url}trpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE }) });
  token = ((await signIn.json()) as { result: { data: { token: string } } }).result.data.token;
});

afterAll(async () => {
  endpoint?.close();
  feed?.close();
  await server?.close();
  await ws?.close();
});

/** The desktop transport with a streaming fetch that carries IPC addresses to this test server. */
function client() {
  const bridge = { platform: 'desktop', trpcFetch: () => Promise.reject(new Error('not used')) } as unknown as AlignmentDeskBridge;
  const streamingFetch = ((url: string, init: RequestInit) => {
    seenHeaders.push({ ...(init.headers as Record<string, string>) });
    return fetch(url.replace(IPC_TRPC_URL, `${server.url}trpc`), init);
  }) as typeof fetch;
  const link = createSubscriptionLink({ kind: 'desktop', bridge }, () => token, () => streamingFetch);
  expect(link).not.toBeNull();
  return createTRPCClient<AppRouter>({
    links: [splitLink({ condition: (op) => op.type === 'subscription', true: link!, false: httpBatchLink({ url: `${server.url}trpc`, headers: () => ({ authorization: `Bearer ${token}` }) }) })],
  });
}

describe('the renderer subscription link', () => {
  it('is absent on the desktop until the bridge offers a streaming fetch', () => {
    const bridge = { platform: 'desktop', trpcFetch: () => Promise.reject(new Error('not used')) } as unknown as AlignmentDeskBridge;
    expect(createSubscriptionLink({ kind: 'desktop', bridge }, () => token)).toBeNull();
    expect(createSubscriptionLink({ kind: 'http' }, () => token)).not.toBeNull();
  });

  it('receives each change tracked by audit id, sends the session and CSRF headers, and after a dropped stream reconnects and replays what it missed', async () => {
    const api = client();
    const events: Array<{ id: string; data: { changes: unknown[] | null } }> = [];
    let starts = 0;
    const subscription = api.live.changes.subscribe(undefined, {
      onStarted: () => (starts += 1),
      onData: (event) => events.push(event as never),
      onError: (error) => events.push({ id: 'error', data: { changes: [String(error)] } }),
    });
    await vi.waitFor(() => expect(starts).toBe(1));
    expect(seenHeaders[0]).toMatchObject({ authorization: `Bearer ${token}`, 'x-alignment-desk-csrf': '1' });

    const first = await api.programmes.create.mutate(programmeInput({ code: 'LIVE-1' }));
    feed.poke();
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]!.data.changes).toEqual([{ type: 'programme', id: String(first.id), action: 'programme.create' }]);
    expect(events[0]!.id).toMatch(/^\d+$/);

    // The server restarts: streams end, a change is made while the client is away, then it comes back.
    endpoint.close();
    const second = await api.programmes.create.mutate(programmeInput({ code: 'LIVE-2' }));
    feed.poke();
    await feed.settled();
    endpoint = createLiveEndpoint({ changes: feed, database: createRequestDispatcher({ db: ws.db, channel: 'http' }) });
    await vi.waitFor(() => expect(starts).toBe(2), { timeout: 10_000 });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events[1]!.data.changes).toEqual([{ type: 'programme', id: String(second.id), action: 'programme.create' }]);
    expect(seenHeaders.at(-1)).toMatchObject({ 'last-event-id': events[0]!.id });
    subscription.unsubscribe();
  });
});
