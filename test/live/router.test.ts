import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appRouter } from '../../core/router';
import { LIVE_ELSEWHERE_MESSAGE, SESSION_ENDED_MESSAGE } from '../../core/live/router';
import type { ChangeBatch, ChangeSource, LiveEndReason } from '../../core/live/types';
import type { Role } from '../../core/shared/roles';
import { createCallerFactory } from '../../core/trpc/init';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

const createCaller = createCallerFactory(appRouter);

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());

/** A change source the test drives: announce() pushes a batch; since() answers from a fixed log. */
function fakeSource(log: ChangeBatch[] = []) {
  const listeners = new Set<(batch: ChangeBatch) => void>();
  const source: ChangeSource & { announce(batch: ChangeBatch): void; listeners: number } = {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async since(after) {
      const later = log.filter((batch) => batch.auditId > after);
      if (later.length > 2) return null;
      const last = later.at(-1);
      return last ? { auditId: last.auditId, head: last.head, changes: later.flatMap((batch) => batch.changes) } : { auditId: after, head: 'h', changes: [] };
    },
    announce(batch) {
      for (const listener of [...listeners]) listener(batch);
    },
    get listeners() {
      return listeners.size;
    },
  };
  return source;
}

const batch = (auditId: number, ...types: string[]): ChangeBatch => ({ auditId, head: `h${auditId}`, changes: types.map((type, i) => ({ type, id: String(i + 1), action: `${type}.update` })) });

async function subscribe(role: Role, source: ChangeSource, input?: { lastEventId?: string }, ended = new AbortController()) {
  const caller = createCaller({ db: ws.db, actor: await ws.actorFor(role), channel: 'http', requestId: 'live-router-test', live: { changes: source, ended: ended.signal } });
  const stream = (await caller.live.changes(input)) as AsyncIterable<[string, unknown]>;
  return { iterator: stream[Symbol.asyncIterator](), ended };
}

/** The next event as [tracked id, data], or 'ended' when the stream finished. */
async function next(iterator: AsyncIterator<[string, unknown]>) {
  const result = await iterator.next();
  return result.done ? 'ended' : result.value.slice(0, 2); // a tracked envelope: [id, data, marker]
}

describe('live.changes', () => {
  it('streams each batch tracked by its audit id; users and sign-in locks only to administrators', async () => {
    const source = fakeSource();
    const admin = await subscribe('admin', source);
    const leader = await subscribe('leader', source);
    const adminNext = next(admin.iterator);
    const leaderNext = next(leader.iterator);
    await expect.poll(() => source.listeners).toBe(2);
    source.announce(batch(7, 'user', 'client_address'));
    source.announce(batch(8, 'payment', 'user'));
    expect(await adminNext).toEqual(['7', batch(7, 'user', 'client_address')]);
    expect(await next(admin.iterator)).toEqual(['8', batch(8, 'payment', 'user')]);
    // The leader never hears of batch 7, and hears only the payment of batch 8.
    expect(await leaderNext).toEqual(['8', { auditId: 8, head: 'h8', changes: [{ type: 'payment', id: '1', action: 'payment.update' }] }]);
    await admin.iterator.return?.(undefined);
    await leader.iterator.return?.(undefined);
    expect(source.listeners).toBe(0);
  });

  it('replays what a reconnecting client missed, or tells it to refetch everything', async () => {
    const log = [batch(3, 'programme'), batch(4, 'indicator'), batch(5, 'award'), batch(6, 'fund')];
    const source = fakeSource(log);
    const recent = await subscribe('strategy_officer', source, { lastEventId: '4' });
    expect(await next(recent.iterator)).toEqual(['6', { auditId: 6, head: 'h6', changes: [...log[2]!.changes, ...log[3]!.changes] }]);
    // A batch announced meanwhile that the replay already covered is not sent twice.
    const following = next(recent.iterator);
    source.announce(batch(6, 'fund'));
    source.announce(batch(9, 'finding'));
    expect(await following).toEqual(['9', batch(9, 'finding')]);
    await recent.iterator.return?.(undefined);

    const away = await subscribe('strategy_officer', source, { lastEventId: '1' });
    expect(await next(away.iterator)).toEqual(['1', { auditId: 1, head: null, changes: null }]);
    await away.iterator.return?.(undefined);
    const garbled = await subscribe('strategy_officer', source, { lastEventId: 'abc' });
    expect(await next(garbled.iterator)).toEqual(['0', { auditId: 0, head: null, changes: null }]);
    await garbled.iterator.return?.(undefined);
  });

  it('ends with UNAUTHORIZED when the session ends, and with a retryable error when the server stops', async () => {
    for (const [reason, code] of [
      ['session', 'UNAUTHORIZED'],
      ['shutdown', 'SERVICE_UNAVAILABLE'],
      ['renew', 'SERVICE_UNAVAILABLE'],
    ] as Array<[LiveEndReason, string]>) {
      const source = fakeSource();
      const { iterator, ended } = await subscribe('finance_officer', source);
      const pending = iterator.next();
      await expect.poll(() => source.listeners).toBe(1);
      ended.abort(reason);
      const error = await pending.then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe(code);
      if (reason === 'session') expect((error as TRPCError).message).toBe(SESSION_ENDED_MESSAGE);
      expect(source.listeners).toBe(0);
    }
  });

  it('is refused inside a database host, which has no change source', async () => {
    const caller = createCaller({ db: ws.db, actor: await ws.actorFor('leader'), channel: 'http', requestId: 'live-router-test' });
    await expect(caller.live.changes()).rejects.toMatchObject({ code: 'METHOD_NOT_SUPPORTED', message: LIVE_ELSEWHERE_MESSAGE });
  });

  it('needs a session', async () => {
    const caller = createCaller({ db: ws.db, actor: null, channel: 'http', requestId: 'live-router-test', live: { changes: fakeSource(), ended: new AbortController().signal } });
    await expect(caller.live.changes()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
