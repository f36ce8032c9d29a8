import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabasePool, type DatabasePool } from '../../core/host/pool';
import { createLiveEndpoint, LIVE_PATH, type LiveEndpoint } from '../../core/live/endpoint';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { awardInput, newKey, seedGrantsFixture } from '../helpers/grants-fixture';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace } from '../helpers/workspace';

/**
 * The live-updates endpoint on the serving thread, in front of a real pool of database threads:
 * the session checked through the database, the SSE stream carrying what the writer just committed.
 */
let pool: DatabasePool;
let live: LiveEndpoint;
let server: RunningServer;
let instalmentId: number;
const RECHECK_MS = 150;
/** Streams listening to the pool's changes right now. */
let listening = 0;

beforeAll(async () => {
  const file = join(tempDir('live-endpoint-'), 'workspace.sqlite');
  const ws = await testWorkspace(file);
  const fx = await seedGrantsFixture(ws);
  const finance = await ws.as('finance_officer');
  const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 40_000_00));
  instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
  for (const role of ['finance_approver', 'leader'] as const) await ws.actorFor(role);
  await ws.close();
  pool = await openDatabasePool({ file, channel: 'http', readers: 1 });
  const counted = {
    subscribe(listener: Parameters<DatabasePool['changes']['subscribe']>[0]) {
      listening += 1;
      const unsubscribe = pool.changes.subscribe(listener);
      return () => {
        listening -= 1;
        unsubscribe();
      };
    },
    since: (after: number) => pool.changes.since(after),
  };
  live = createLiveEndpoint({ changes: counted, database: pool, recheckMs: RECHECK_MS });
  server = await startHttpServer({ database: pool, port: 0, routes: [live.route] });
}, 120_000);

afterAll(async () => {
  live?.close();
  await server?.close();
  await pool?.close();
});

async function call(path: string, input: unknown, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

async function signIn(username: string): Promise<string> {
  const answer = await call('auth.signIn', { username, passphrase: TEST_PASSPHRASE });
  expect(answer.status).toBe(200);
  return answer.body.result.data.token as string;
}

interface SseEvent {
  event: string;
  data: string;
  id: string | null;
}

/** An open stream: its events as they arrive (parsed the plain way, independent of the renderer's parser). */
async function openStream(token: string | null, headers: Record<string, string> = {}) {
  const leave = new AbortController();
  const response = await fetch(`${server.url}${LIVE_PATH.slice(1)}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, signal: leave.signal });
  const events: SseEvent[] = [];
  let text = '';
  const ended = (async () => {
    if (!response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      let cut: number;
      while ((cut = text.indexOf('\n\n')) >= 0) {
        const block = text.slice(0, cut);
        text = text.slice(cut + 2);
        if (!block.trim()) continue;
        const event: SseEvent = { event: 'message', data: '', id: null };
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(':');
          const value = rest.join(':').replace(/^ /, '');
          if (field === 'event') event.event = value;
          else if (field === 'data') event.data = value;
          else if (field === 'id') event.id = value;
        }
        events.push(event);
      }
    }
  })().catch(() => undefined);
  return {
    response,
    events,
    ended,
    close: () => leave.abort(),
    messages: () => events.filter((e) => e.event === 'message').map((e) => ({ id: e.id, data: JSON.parse(e.data) as any })),
  };
}

describe('the live-updates endpoint', () => {
  it('refuses a request without a session, or with an ended one (401, not a stream)', async () => {
    const none = await openStream(null);
    expect(none.response.status).toBe(401);
    expect(await none.response.json()).toEqual({ error: { message: 'Please sign in to continue.' } });
    const wrong = await openStream('not-a-real-token');
    expect(wrong.response.status).toBe(401);
  });

  it('streams a payment to an approver as soon as the officer has recorded it, and replays it to a client that reconnects', async () => {
    const officer = await signIn('finance-officer');
    const approver = await signIn('finance-approver');
    const stream = await openStream(approver);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await expect.poll(() => stream.events.some((e) => e.event === 'connected')).toBe(true);
    const before = stream.messages().at(-1)?.id ?? null;

    const recorded = await call('grants.recordPayment', { idempotencyKey: newKey(), instalmentId, amountPence: 10_000_00, paymentDate: '2025-06-30', reference: 'LIVE-1' }, officer);
    const answeredAt = performance.now();
    expect(recorded.status).toBe(200);
    const paymentId = String(recorded.body.result.data.paymentId);
    const hasPayment = (m: { data: any }) => m.data.changes?.some((c: any) => c.type === 'payment' && c.id === paymentId && c.action === 'payment.record');
    await expect.poll(() => stream.messages().some(hasPayment), { interval: 5, timeout: 2000 }).toBe(true);
    const delay = performance.now() - answeredAt;
    console.log(`live update reached the stream ${delay.toFixed(1)} ms after the mutation's answer`);
    expect(delay).toBeLessThan(500);
    const message = stream.messages().find(hasPayment)!;
    // Tracked by its audit id, with the chain's head of that moment.
    expect(message.id).toBe(String(message.data.auditId));
    expect(message.data.head).toMatch(/^[0-9a-f]{64}$/);
    expect(before === null || Number(message.id) > Number(before)).toBe(true);

    // A client that comes back with the id before the payment first gets what it missed.
    const back = await openStream(approver, { 'last-event-id': String(Number(message.id) - 1) });
    await expect.poll(() => back.messages().some(hasPayment)).toBe(true);
    back.close();
    stream.close();
  });

  it('keeps user and session changes from non-administrators', async () => {
    const leader = await signIn('leader');
    const stream = await openStream(leader);
    await expect.poll(() => stream.events.some((e) => e.event === 'connected')).toBe(true);
    await signIn('finance-approver'); // an auth.sign_in entry about a user
    const officer = await signIn('finance-officer');
    await call('grants.recordPayment', { idempotencyKey: newKey(), instalmentId, amountPence: 1_00, paymentDate: '2025-06-30', reference: 'LIVE-2' }, officer);
    await expect.poll(() => stream.messages().length).toBeGreaterThan(0);
    const types = stream.messages().flatMap((m) => m.data.changes.map((c: any) => c.type));
    expect(types).toContain('payment');
    expect(types).not.toContain('user');
    stream.close();
  });

  it('stops listening when the client leaves', async () => {
    const leader = await signIn('leader');
    const stream = await openStream(leader);
    await expect.poll(() => listening).toBe(1);
    stream.close();
    await expect.poll(() => listening).toBe(0);
  });

  it('ends the stream when its session ends', async () => {
    const leader = await signIn('leader');
    const stream = await openStream(leader);
    await expect.poll(() => stream.events.some((e) => e.event === 'connected')).toBe(true);
    expect((await call('auth.signOut', {}, leader)).status).toBe(200);
    await stream.ended; // within a re-check or two
    const last = stream.events.at(-1)!;
    expect(last.event).toBe('serialized-error');
    expect(JSON.parse(last.data)).toMatchObject({ message: 'Your session has ended. Please sign in again.', data: { code: 'UNAUTHORIZED' } });
  });

  it('close() ends every open stream with a retryable error, and refuses new ones', async () => {
    const approver = await signIn('finance-approver');
    const streams = await Promise.all([openStream(approver), openStream(approver)]);
    await expect.poll(() => streams.every((s) => s.events.some((e) => e.event === 'connected'))).toBe(true);
    live.close();
    await Promise.all(streams.map((s) => s.ended));
    for (const stream of streams) expect(JSON.parse(stream.events.at(-1)!.data)).toMatchObject({ data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } });
    expect((await openStream(approver)).response.status).toBe(503);
  });
});
