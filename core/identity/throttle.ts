import { TRPCError } from '@trpc/server';
import type { Kysely, Selectable } from 'kysely';
import type { DB, SignInThrottleTable } from '../../db/schema';
import type { AuditActor } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso, nowMs } from '../shared/clock';
import { RetryAfterCause } from '../shared/retry-after';

/**
 * Throttling of failed sign-ins, kept in the database so that a restart forgets nothing.
 *
 * Failures are counted per username (lower case; known or not, so the answer never tells which
 * usernames exist) and per client address (HTTP only; the desktop has one person at one machine).
 * After `delayAfter` failures in a run, the next attempt waits 2^(n − delayAfter) seconds after the
 * last failure; the `lockAfter`th failure locks the username (or address) for `lockMinutes`. While
 * waiting or locked every attempt is refused without looking at the passphrase, even the right one.
 * A run is forgotten once a lock has been served, or after `forgetMinutes` with no failure; a
 * successful sign-in clears its username's run (never the address's: one's own account must not
 * wipe out guesses at others).
 *
 * Each attempt is counted as a failure *before* its passphrase is checked and un-counted when it
 * turns out right, so a burst of parallel guesses cannot slip past the count while scrypt works.
 */
export const THROTTLE = {
  delayAfter: 5,
  lockAfter: 10,
  lockMinutes: 15,
  maxDelaySeconds: 60,
  forgetMinutes: 15,
} as const;

export type ThrottleScope = 'username' | 'address';
type ThrottleRow = Selectable<SignInThrottleTable>;

export interface ThrottleKeys {
  username: string;
  /** The client's address over HTTP; null on the desktop (no address throttle). */
  address: string | null;
}

export function throttleKeys(username: string, clientAddress: string | null | undefined): ThrottleKeys {
  const name = username.trim().toLowerCase().slice(0, 64);
  const address = clientAddress ? clientAddress.slice(0, 64) : null;
  return { username: name || '(empty)', address };
}

export interface ThrottleState {
  /** Failures in the current run (0 once forgotten). */
  failures: number;
  /** When the next attempt may be made, or null when it may be made now. */
  blockedUntil: number | null;
  locked: boolean;
}

/** The state of one row at `now` (pure: the rules above, without the database). */
export function throttleState(row: Pick<ThrottleRow, 'failures' | 'last_failure_at' | 'locked_until'> | undefined, now: number): ThrottleState {
  const fresh = { failures: 0, blockedUntil: null, locked: false };
  if (!row) return fresh;
  if (row.locked_until !== null) {
    const until = Date.parse(row.locked_until);
    return now < until ? { failures: row.failures, blockedUntil: until, locked: true } : fresh;
  }
  const last = Date.parse(row.last_failure_at);
  if (now - last >= THROTTLE.forgetMinutes * 60_000) return fresh;
  if (row.failures >= THROTTLE.delayAfter) {
    const seconds = Math.min(2 ** (row.failures - THROTTLE.delayAfter), THROTTLE.maxDelaySeconds);
    const until = last + seconds * 1000;
    if (now < until) return { failures: row.failures, blockedUntil: until, locked: false };
  }
  return { failures: row.failures, blockedUntil: null, locked: false };
}

const ukTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

function throttledError(scope: ThrottleScope, state: ThrottleState, now: number): TRPCError {
  const until = state.blockedUntil!;
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  const who = scope === 'username' ? 'for this username' : 'from this address';
  const what = state.locked ? `Signing in ${who} is locked after ${THROTTLE.lockAfter} failed attempts.` : `Too many failed sign-ins ${who}.`;
  return new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `${what} Try again after ${ukTime.format(until)} UK time (in ${waitText(seconds)}).`,
    cause: new RetryAfterCause(seconds, new Date(until).toISOString()),
  });
}

function scopes(keys: ThrottleKeys): Array<[ThrottleScope, string]> {
  return keys.address ? [['username', keys.username], ['address', keys.address]] : [['username', keys.username]];
}

function readRow(trx: Kysely<DB>, scope: ThrottleScope, key: string): Promise<ThrottleRow | undefined> {
  return trx.selectFrom('sign_in_throttle').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
}

/**
 * Before a passphrase is checked: refuses (TOO_MANY_REQUESTS) while the username or the address must
 * wait, otherwise counts the attempt as a failure until `recordSuccess` says otherwise. Also prunes
 * rows that no longer hold anything, so guesses at made-up usernames cannot grow the table for ever.
 */
export async function reserveAttempt(db: Kysely<DB>, keys: ThrottleKeys): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const now = nowMs();
    const nowText = new Date(now).toISOString();
    const forgotten = new Date(now - THROTTLE.forgetMinutes * 60_000).toISOString();
    await trx
      .deleteFrom('sign_in_throttle')
      .where('last_failure_at', '<', forgotten)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowText)]))
      .execute();
    const current: Array<[ThrottleScope, string, ThrottleRow | undefined, ThrottleState]> = [];
    let refusal: TRPCError | null = null;
    let latest = 0;
    for (const [scope, key] of scopes(keys)) {
      const row = await readRow(trx, scope, key);
      const state = throttleState(row, now);
      if (state.blockedUntil !== null && state.blockedUntil > latest) {
        latest = state.blockedUntil;
        refusal = throttledError(scope, state, now);
      }
      current.push([scope, key, row, state]);
    }
    if (refusal) throw refusal;
    for (const [scope, key, row, state] of current) {
      const values = {
        failures: state.failures + 1,
        first_failure_at: state.failures === 0 || !row ? nowText : row.first_failure_at,
        last_failure_at: nowText,
        locked_until: null,
      };
      if (row) await trx.updateTable('sign_in_throttle').set(values).where('scope', '=', scope).where('key', '=', key).execute();
      else await trx.insertInto('sign_in_throttle').values({ scope, key, ...values }).execute();
    }
  });
}

/**
 * After a wrong passphrase (or an unknown or disabled account): locks whatever reached `lockAfter`,
 * with one audit entry per lock (never one per guess). Returns when the lock ends, if one began.
 */
export async function recordFailure(db: Kysely<DB>, keys: ThrottleKeys, who: AuditActor, userId: number | null): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const nowText = nowIso();
    const locks: string[] = [];
    for (const [scope, key] of scopes(keys)) {
      const row = await readRow(trx, scope, key);
      if (!row || row.locked_until !== null) continue;
      const lock = row.failures >= THROTTLE.lockAfter ? new Date(nowMs() + THROTTLE.lockMinutes * 60_000).toISOString() : null;
      await trx.updateTable('sign_in_throttle').set({ last_failure_at: nowText, locked_until: lock }).where('scope', '=', scope).where('key', '=', key).execute();
      if (!lock) continue;
      locks.push(lock);
      await appendAudit(trx, who, {
        action: 'auth.sign_in_locked',
        entityType: scope === 'username' ? 'user' : 'client_address',
        entityId: scope === 'username' ? userId : key,
        after: { scope, [scope]: key, failures: row.failures, firstFailureAt: row.first_failure_at, lockedUntil: lock },
      });
    }
    return locks.sort().at(-1) ?? null;
  });
}

/** After the right passphrase: clears the username's run and un-counts the attempt for the address. */
export async function recordSuccess(trx: Kysely<DB>, keys: ThrottleKeys): Promise<void> {
  await trx.deleteFrom('sign_in_throttle').where('scope', '=', 'username').where('key', '=', keys.username).execute();
  if (!keys.address) return;
  await trx
    .updateTable('sign_in_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('scope', '=', 'address')
    .where('key', '=', keys.address)
    .where('failures', '>', 0)
    .where('locked_until', 'is', null)
    .execute();
}

/** Formats a lock's end for a message, e.g. "14:47:05 UK time". */
export function ukTimeText(iso: string): string {
  return `${ukTime.format(Date.parse(iso))} UK time`;
}
