import { tracked, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { ALL_ROLES, type Role } from '../shared/roles';
import { allow, router } from '../trpc/init';
import type { ChangeBatch, LiveContext, LiveEvent } from './types';

/** Record types only administrators hear about: users, their sessions and sign-in locks. */
export const ADMIN_ONLY_CHANGE_TYPES: ReadonlySet<string> = new Set(['user', 'client_address']);

export const LIVE_ELSEWHERE_MESSAGE = 'Live updates are served by the HTTP server at /trpc/live.changes, not by the database host.';
export const SESSION_ENDED_MESSAGE = 'Your session has ended. Please sign in again.';
export const RENEW_MESSAGE = 'Your role has changed; reconnecting live updates.';
export const SERVER_STOPPING_MESSAGE = 'The server is stopping; live updates will resume when it is back.';

/** The batch as this role may see it (null when nothing in it is for them). */
export function batchFor(role: Role, batch: ChangeBatch): ChangeBatch | null {
  const changes = role === 'admin' ? batch.changes : batch.changes.filter((change) => !ADMIN_ONLY_CHANGE_TYPES.has(change.type));
  return changes.length ? { ...batch, changes } : null;
}

/** Resolves when `signal` is aborted or `wake` is called, whichever comes first. */
function waitFor(signals: AbortSignal[], register: (wake: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const signal of signals) signal.removeEventListener('abort', done);
      resolve();
    };
    for (const signal of signals) signal.addEventListener('abort', done, { once: true });
    register(done);
  });
}

/**
 * The stream of changes for one signed-in user. Each event is tracked by its last audit id, so a
 * client that reconnects sends it back (Last-Event-ID) and first gets what it missed (`since`), or
 * `changes: null` when that is too much to list.
 */
async function* changesFor(live: LiveContext, role: Role, lastEventId: string | null | undefined, signal: AbortSignal | undefined) {
  const queue: ChangeBatch[] = [];
  let wake: (() => void) | null = null;
  // Listen before replaying, so nothing announced meanwhile is lost (overlaps are skipped by id).
  const unsubscribe = live.changes.subscribe((batch) => {
    queue.push(batch);
    wake?.();
  });
  const signals = signal ? [signal, live.ended] : [live.ended];
  try {
    let after = -1;
    if (lastEventId) {
      const last = /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : null;
      const replay = last === null ? null : await live.changes.since(last);
      if (replay === null) {
        const event: LiveEvent = { auditId: last ?? 0, head: null, changes: null };
        yield tracked(String(last ?? 0), event);
        after = last ?? -1;
      } else {
        after = replay.auditId;
        const visible = batchFor(role, replay);
        if (visible) yield tracked(String(visible.auditId), visible as LiveEvent);
      }
    }
    for (;;) {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        if (batch.auditId <= after) continue;
        after = batch.auditId;
        const visible = batchFor(role, batch);
        if (visible) yield tracked(String(visible.auditId), visible as LiveEvent);
      }
      if (live.ended.aborted) {
        const reason: unknown = live.ended.reason;
        // UNAUTHORIZED ends the client's subscription; SERVICE_UNAVAILABLE makes it reconnect.
        if (reason === 'session') throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_ENDED_MESSAGE });
        throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: reason === 'renew' ? RENEW_MESSAGE : SERVER_STOPPING_MESSAGE });
      }
      if (signal?.aborted) return;
      await waitFor(signals, (done) => (wake = done));
      wake = null;
    }
  } finally {
    unsubscribe();
  }
}

export const liveRouter = router({
  /**
   * What changed, as it happens (SSE through httpSubscriptionLink). Served on the HTTP server's thread
   * by core/live/endpoint.ts; a database host, which has no change source, refuses it.
   */
  changes: allow(...ALL_ROLES)
    .input(z.strictObject({ lastEventId: z.string().max(32).nullish() }).optional())
    .subscription(({ ctx, input, signal }) => {
      if (!ctx.live) throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: LIVE_ELSEWHERE_MESSAGE });
      return changesFor(ctx.live, ctx.actor.role, input?.lastEventId, signal);
    }),
});
