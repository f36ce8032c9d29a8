import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Actor, Channel } from '../trpc/context';
import { nowIso, nowMs } from '../shared/clock';
import type { Role } from '../shared/roles';

export const SESSION_HOURS = 12;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session and returns the bearer token (only its hash is stored). */
export async function createSession(db: Kysely<DB>, userId: number, channel: Channel): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date(nowMs());
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, channel, created_at: now.toISOString(), expires_at: expiresAt, ended_at: null })
    .execute();
  return { token, expiresAt };
}

/** Resolves a bearer token to the signed-in actor, or null when it is unknown, ended, expired or disabled. */
export async function actorForToken(db: Kysely<DB>, token: string | null): Promise<Actor | null> {
  if (!token || token.length > 128) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.expires_at', 'sessions.ended_at', 'users.id as userId', 'users.username', 'users.display_name', 'users.role', 'users.disabled', 'users.must_change_passphrase'])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.ended_at !== null || row.disabled === 1 || row.expires_at <= nowIso()) return null;
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    sessionId: row.sessionId,
    mustChangePassphrase: row.must_change_passphrase === 1,
  };
}

export interface SessionView {
  id: number;
  channel: Channel;
  createdAt: string;
  expiresAt: string;
  /** The session this request came in on. */
  current: boolean;
}

/** A user's sessions that have neither ended nor expired, newest first. */
export async function activeSessionsOf(db: Kysely<DB>, userId: number, currentSessionId: number | null): Promise<SessionView[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'channel', 'created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', nowIso())
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

export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,128})$/.exec(authorization.trim());
  return match ? match[1]! : null;
}
