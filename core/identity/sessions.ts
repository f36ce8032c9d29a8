import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Actor, Channel } from '../trpc/context';
import { nowIso, nowMs } from '../shared/clock';
import type { Role } from '../shared/roles';
import { isWorkspaceBusyError } from '../trpc/error-shape';

/**
 * How long a session lasts: it ends after `idleMinutes` without a request, and after
 * `absoluteHours` whatever happens (`sessions.expires_at`, fixed at sign-in). Both are checked
 * against the database on every request, so every process serving the workspace agrees.
 */
export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_POLICY: Readonly<SessionPolicy> = Object.freeze({ idleMinutes: 30, absoluteHours: 12 });

/** A policy with the defaults filled in; refuses limits that are not whole numbers in a sensible range. */
export function resolveSessionPolicy(policy: Partial<SessionPolicy> = {}): SessionPolicy {
  const idleMinutes = policy.idleMinutes ?? DEFAULT_SESSION_POLICY.idleMinutes;
  const absoluteHours = policy.absoluteHours ?? DEFAULT_SESSION_POLICY.absoluteHours;
  if (!Number.isInteger(idleMinutes) || idleMinutes < 1 || idleMinutes > 24 * 60) throw new RangeError('The idle limit must be a whole number of minutes from 1 to 1440.');
  if (!Number.isInteger(absoluteHours) || absoluteHours < 1 || absoluteHours > 24 * 31) throw new RangeError('The session lifetime must be a whole number of hours from 1 to 744.');
  return { idleMinutes, absoluteHours };
}

/**
 * `last_seen_at` is brought forward at most this often per session, so a busy screen's many reads
 * cost at most one small write a minute. A session may therefore end up to a minute before its
 * full idle limit: never later.
 */
export const TOUCH_INTERVAL_MS = 60_000;

/**
 * Records that a session was used at `at`. Best effort: a toucher may give up (for example when
 * another connection holds the write lock) and the next request a minute on tries again.
 */
export type SessionToucher = (sessionId: number, at: string) => Promise<void>;

/** The query that brings `last_seen_at` forward (never back: concurrent requests may race). */
export function touchSessionQuery(db: Kysely<DB>, sessionId: number, at: string) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id', '=', sessionId)
    .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', at)]));
}

/**
 * The plain toucher for a connection of its own (tests, the in-process server): waits for the lock
 * like any write, and gives up quietly if the workspace stays busy.
 */
export function connectionToucher(db: Kysely<DB>): SessionToucher {
  return async (sessionId, at) => {
    try {
      await touchSessionQuery(db, sessionId, at).execute();
    } catch (error) {
      if (!isWorkspaceBusyError(error)) throw error;
    }
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session and returns the bearer token (only its hash is stored). */
export async function createSession(
  db: Kysely<DB>,
  userId: number,
  channel: Channel,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date(nowMs());
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, channel, created_at: now.toISOString(), expires_at: expiresAt, ended_at: null, last_seen_at: now.toISOString() })
    .execute();
  return { token, expiresAt };
}

export interface SessionCheckOptions {
  policy?: SessionPolicy | undefined;
  /** How a use of the session is recorded (default: an update on `db`, see connectionToucher). */
  touch?: SessionToucher | undefined;
  /**
   * Not a use by the person (a live-updates stream re-checking its session, a page refreshing what
   * others changed while nobody touches it): checked, but the idle clock is not reset.
   */
  passive?: boolean | undefined;
}

/**
 * What a token is worth: the signed-in actor, or why not. `ended` says why a session that did exist
 * no longer works (null: no token, or one the workspace never issued).
 */
export type SessionCheck = { actor: Actor; ended: null } | { actor: null; ended: 'idle' | 'expired' | 'ended' | null };

/** Resolves a bearer token, refusing sessions that ended, expired, sat idle too long, or whose user is disabled. */
export async function checkSession(db: Kysely<DB>, token: string | null, options: SessionCheckOptions = {}): Promise<SessionCheck> {
  if (!token || token.length > 128) return { actor: null, ended: null };
  const policy = options.policy ?? DEFAULT_SESSION_POLICY;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.created_at', 'sessions.expires_at', 'sessions.ended_at', 'sessions.last_seen_at', 'users.id as userId', 'users.username', 'users.display_name', 'users.role', 'users.disabled', 'users.must_change_passphrase'])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return { actor: null, ended: null };
  if (row.ended_at !== null || row.disabled === 1) return { actor: null, ended: 'ended' };
  const now = nowMs();
  if (Date.parse(row.expires_at) <= now) return { actor: null, ended: 'expired' };
  const lastSeen = Date.parse(row.last_seen_at ?? row.created_at);
  if (lastSeen + policy.idleMinutes * 60_000 <= now) return { actor: null, ended: 'idle' };
  if (!options.passive && now - lastSeen >= TOUCH_INTERVAL_MS) await (options.touch ?? connectionToucher(db))(row.sessionId, new Date(now).toISOString());
  return {
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.display_name,
      role: row.role as Role,
      sessionId: row.sessionId,
      mustChangePassphrase: row.must_change_passphrase === 1,
    },
    ended: null,
  };
}

/** Resolves a bearer token to the signed-in actor, or null when it is unknown, ended, expired, idle too long or disabled. */
export async function actorForToken(db: Kysely<DB>, token: string | null, options: SessionCheckOptions = {}): Promise<Actor | null> {
  return (await checkSession(db, token, options)).actor;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** What UNAUTHORIZED says when the request carried a session that no longer works. */
export function sessionEndedMessage(ended: SessionCheck['ended'], policy: SessionPolicy = DEFAULT_SESSION_POLICY): string | null {
  switch (ended) {
    case 'idle':
      return `Your session has ended after ${plural(policy.idleMinutes, 'minute')} without activity. Please sign in again.`;
    case 'expired':
      return `Your session has ended: sessions last at most ${plural(policy.absoluteHours, 'hour')}. Please sign in again.`;
    case 'ended':
      return 'Your session has ended. Please sign in again.';
    default:
      return null;
  }
}

export interface SessionView {
  id: number;
  channel: Channel;
  createdAt: string;
  expiresAt: string;
  /** The session this request came in on. */
  current: boolean;
}

/** A user's sessions that have neither ended, expired nor sat idle too long, newest first. */
export async function activeSessionsOf(db: Kysely<DB>, userId: number, currentSessionId: number | null, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<SessionView[]> {
  const idleCutoff = new Date(nowMs() - policy.idleMinutes * 60_000).toISOString();
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'channel', 'created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', nowIso())
    .where((eb) => eb(eb.fn.coalesce('last_seen_at', 'created_at'), '>', idleCutoff))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, channel: r.channel as Channel, createdAt: r.created_at, expiresAt: r.expires_at, current: r.id === currentSessionId }));
}

export async function endSession(db: Kysely<DB>, sessionId: number): Promise<void> {
  await db.updateTable('sessions').set({ ended_at: nowIso() }).where('id', '=', sessionId).where('ended_at', 'is', null).execute();
}

/** Ends every open session of a user except `keepSessionId` (when given); returns how many ended. */
export async function endSessionsOfUser(db: Kysely<DB>, userId: number, keepSessionId: number | null = null): Promise<number> {
  let query = db.updateTable('sessions').set({ ended_at: nowIso() }).where('user_id', '=', userId).where('ended_at', 'is', null);
  if (keepSessionId !== null) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What a session token looks like (createSession makes 43 base64url characters); anything else is no session. */
export const SESSION_TOKEN = /^[A-Za-z0-9_-]{20,128}$/;

export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer (\S+)$/.exec(authorization.trim());
  return match && SESSION_TOKEN.test(match[1]!) ? match[1]! : null;
}
