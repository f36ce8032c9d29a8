import { TRPCError } from '@trpc/server';
import type { Kysely, Selectable } from 'kysely';
import type { DB, UsersTable } from '../../db/schema';
import type { Actor, AuditActor, Channel } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { countWaitingEntriesRecordedBy } from '../grants/waiting-entries';
import { nowIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import { ROLE_LABELS, type Role } from '../shared/roles';
import { dummyPassphraseHash, hashPassphrase, verifyPassphrase } from './passphrase';
import { assertPassphrasePolicy } from './passphrase-policy';
import { activeSessionsOf, createSession, DEFAULT_SESSION_POLICY, endSession, endSessionsOfUser, type SessionPolicy, type SessionView } from './sessions';
import type { NewUserInput } from './schemas';
import { recordFailure, recordSuccess, reserveAttempt, throttleKeys, ukTimeText } from './throttle';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** The passphrase was set by an administrator and must be replaced at the next sign-in. */
  mustChangePassphrase: boolean;
  createdAt: string;
  updatedAt: string;
}

type UserRow = Selectable<UsersTable>;

function toView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    disabled: row.disabled === 1,
    mustChangePassphrase: row.must_change_passphrase === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listUsers(db: Kysely<DB>): Promise<UserView[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toView);
}

async function getUserRow(db: Kysely<DB>, userId: number): Promise<UserRow> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('That user');
  return row;
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Inserts a user with an already-hashed passphrase, audited, inside the caller's transaction.
 * A user an administrator creates must choose their own passphrase at first sign-in; the first-run
 * administrator and the demonstration users (created by the system) are not asked to.
 */
export async function insertUser(trx: Kysely<DB>, who: AuditActor, input: Omit<NewUserInput, 'passphrase'>, passphraseHash: string): Promise<UserView> {
  const clash = await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (clash) throw fieldError({ username: [`The username "${input.username}" is already taken`] });
  const now = nowIso();
  const row = await trx
    .insertInto('users')
    .values({
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      passphrase_hash: passphraseHash,
      must_change_passphrase: who.actor ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const view = toView(row);
  await appendAudit(trx, who, { action: 'user.create', entityType: 'user', entityId: row.id, after: view });
  return view;
}

export async function createUser(db: Kysely<DB>, who: AuditActor, input: NewUserInput): Promise<UserView> {
  await assertPassphrasePolicy(input.passphrase, input.username);
  const passphraseHash = await hashPassphrase(input.passphrase);
  return db.transaction().execute((trx) => insertUser(trx, who, input, passphraseHash));
}

async function assertAnotherActiveAdmin(trx: Kysely<DB>, userId: number): Promise<void> {
  const others = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .where('id', '!=', userId)
    .limit(1)
    .executeTakeFirst();
  if (!others) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'The workspace must keep at least one active administrator.' });
  }
}

async function updateUser(
  db: Kysely<DB>,
  who: AuditActor,
  userId: number,
  action: string,
  change: (before: UserRow, trx: Kysely<DB>) => Promise<Partial<Pick<UserRow, 'role' | 'disabled' | 'passphrase_hash' | 'must_change_passphrase'>>>,
): Promise<UserView> {
  return db.transaction().execute(async (trx) => {
    const before = await getUserRow(trx, userId);
    const patch = await change(before, trx);
    const after = await trx
      .updateTable('users')
      .set({ ...patch, updated_at: nowIso() })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, who, { action, entityType: 'user', entityId: userId, before: toView(before), after: toView(after) });
    return toView(after);
  });
}

const FINANCE_ROLES: readonly Role[] = ['finance_officer', 'finance_approver'];

/**
 * Role-change rules: nobody changes their own role; an administrator never also holds a finance role
 * (a database trigger refuses it too); a finance officer and a finance approver swap roles only once
 * nothing they recorded is waiting for a decision.
 */
export function changeRole(db: Kysely<DB>, who: AuditActor, userId: number, role: Role): Promise<UserView> {
  return updateUser(db, who, userId, 'user.change_role', async (before, trx) => {
    if (who.actor && who.actor.userId === userId) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'You cannot change your own role: ask another administrator.' });
    }
    const from = before.role as Role;
    if (from === role) return { role };
    if ((from === 'admin' && FINANCE_ROLES.includes(role)) || (role === 'admin' && FINANCE_ROLES.includes(from))) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `An administrator cannot also hold a finance role, so ${before.username} cannot move from ${ROLE_LABELS[from]} to ${ROLE_LABELS[role]}: use a separate account.`,
      });
    }
    if (FINANCE_ROLES.includes(from) && FINANCE_ROLES.includes(role)) {
      const waiting = await countWaitingEntriesRecordedBy(trx, userId);
      if (waiting > 0) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `${before.username} recorded ${waiting} ledger ${waiting === 1 ? 'entry that is' : 'entries that are'} still waiting for a decision; they can move from ${ROLE_LABELS[from]} to ${ROLE_LABELS[role]} once ${waiting === 1 ? 'it has' : 'those have'} been decided.`,
        });
      }
    }
    if (from === 'admin') await assertAnotherActiveAdmin(trx, userId);
    return { role };
  });
}

export function setDisabled(db: Kysely<DB>, who: AuditActor, userId: number, disabled: boolean): Promise<UserView> {
  return updateUser(db, who, userId, disabled ? 'user.disable' : 'user.enable', async (before, trx) => {
    if (disabled && before.role === 'admin') await assertAnotherActiveAdmin(trx, userId);
    if (disabled) await endSessionsOfUser(trx, userId);
    return { disabled: disabled ? 1 : 0 };
  });
}

/** An administrator sets a passphrase: the user's sessions end and they must choose their own at next sign-in. */
export async function resetPassphrase(db: Kysely<DB>, who: AuditActor, userId: number, passphrase: string): Promise<UserView> {
  const user = await getUserRow(db, userId);
  await assertPassphrasePolicy(passphrase, user.username);
  const hash = await hashPassphrase(passphrase);
  return updateUser(db, who, userId, 'user.reset_passphrase', async (_before, trx) => {
    await endSessionsOfUser(trx, userId);
    return { passphrase_hash: hash, must_change_passphrase: who.actor && who.actor.userId !== userId ? 1 : 0 };
  });
}

/** An administrator ends every session of a user (they must sign in again). */
export async function endUserSessions(db: Kysely<DB>, who: AuditActor, userId: number): Promise<{ ended: number }> {
  return db.transaction().execute(async (trx) => {
    const user = await getUserRow(trx, userId);
    const ended = await endSessionsOfUser(trx, userId);
    await appendAudit(trx, who, { action: 'user.end_sessions', entityType: 'user', entityId: user.id, after: { username: user.username, ended } });
    return { ended };
  });
}

/**
 * A signed-in user replaces their own passphrase: the current one must match, the new one must meet
 * the policy and differ from it. Clears the forced-change flag and ends the user's other sessions.
 */
export async function changeOwnPassphrase(
  db: Kysely<DB>,
  who: AuditActor & { actor: Actor },
  current: string,
  next: string,
  clientAddress: string | null = null,
): Promise<UserView> {
  const row = await getUserRow(db, who.actor.userId);
  // Guesses at the current passphrase from a borrowed session count like failed sign-ins.
  const keys = throttleKeys(row.username, clientAddress);
  await reserveAttempt(db, keys);
  if (!(await verifyPassphrase(current, row.passphrase_hash))) {
    await recordFailure(db, keys, { actor: null, requestId: who.requestId, channel: who.channel }, row.id);
    throw fieldError({ current: ['That is not your current passphrase'] });
  }
  await db.transaction().execute((trx) => recordSuccess(trx, keys));
  if (next.normalize('NFKC') === current.normalize('NFKC')) {
    throw fieldError({ next: ['Choose a passphrase different from your current one'] });
  }
  await assertPassphrasePolicy(next, row.username, 'next');
  const hash = await hashPassphrase(next);
  return db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('users')
      .set({ passphrase_hash: hash, must_change_passphrase: 0, updated_at: nowIso() })
      .where('id', '=', row.id)
      .where('passphrase_hash', '=', row.passphrase_hash)
      .returningAll()
      .executeTakeFirst();
    if (!after) throw new TRPCError({ code: 'CONFLICT', message: 'Your passphrase changed in the meantime. Sign in again and retry.' });
    const ended = await endSessionsOfUser(trx, row.id, who.actor.sessionId);
    await appendAudit(trx, who, { action: 'auth.change_passphrase', entityType: 'user', entityId: row.id, before: toView(row), after: { ...toView(after), otherSessionsEnded: ended } });
    return toView(after);
  });
}

/** The signed-in user's own open sessions. */
export function mySessions(db: Kysely<DB>, actor: Actor, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<SessionView[]> {
  return activeSessionsOf(db, actor.userId, actor.sessionId, policy);
}

/** Ends one of the user's own sessions other than this one, or (no id) all the others; audited. */
export async function endMyOtherSessions(db: Kysely<DB>, who: AuditActor & { actor: Actor }, sessionId: number | null): Promise<{ ended: number }> {
  const actor = who.actor;
  if (sessionId === actor.sessionId) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'That is the session you are using: sign out to end it.' });
  }
  return db.transaction().execute(async (trx) => {
    let ended: number;
    if (sessionId === null) {
      ended = await endSessionsOfUser(trx, actor.userId, actor.sessionId);
    } else {
      const own = await trx.selectFrom('sessions').select('id').where('id', '=', sessionId).where('user_id', '=', actor.userId).where('ended_at', 'is', null).executeTakeFirst();
      if (!own) throw notFound('That session');
      await endSession(trx, sessionId);
      ended = 1;
    }
    await appendAudit(trx, who, { action: 'auth.end_sessions', entityType: 'user', entityId: actor.userId, after: { sessionId, ended } });
    return { ended };
  });
}

const SIGN_IN_REFUSED = 'That username and passphrase do not match an active account.';

/**
 * Signs a user in, behind the throttle (core/identity/throttle.ts): while the username or the client
 * address must wait, the attempt is refused as TOO_MANY_REQUESTS before the passphrase is looked at.
 * Failures are counted in the throttle table, not the audit log; the log gets one entry per lock.
 */
export async function signIn(
  db: Kysely<DB>,
  requestId: string,
  channel: Channel,
  usernameInput: string,
  passphrase: string,
  clientAddress: string | null = null,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<{ token: string; expiresAt: string; user: UserView }> {
  const keys = throttleKeys(usernameInput, clientAddress);
  await reserveAttempt(db, keys);
  const row = await db.selectFrom('users').selectAll().where('username', '=', usernameInput.trim()).executeTakeFirst();
  const matches = await verifyPassphrase(passphrase, row?.passphrase_hash ?? (await dummyPassphraseHash()));
  if (!row || !matches || row.disabled === 1) {
    const lockedUntil = await recordFailure(db, keys, { actor: null, requestId, channel }, row?.id ?? null);
    throw new TRPCError({ code: 'UNAUTHORIZED', message: lockedUntil ? `${SIGN_IN_REFUSED} Too many failed attempts: signing in is locked until ${ukTimeText(lockedUntil)}.` : SIGN_IN_REFUSED });
  }
  const user = toView(row);
  return db.transaction().execute(async (trx) => {
    await recordSuccess(trx, keys);
    const session = await createSession(trx, row.id, channel, policy);
    const actor = { userId: row.id, username: row.username, displayName: row.display_name, role: user.role, sessionId: 0 };
    await appendAudit(trx, { actor, requestId, channel }, { action: 'auth.sign_in', entityType: 'user', entityId: row.id });
    return { ...session, user };
  });
}

export async function signOut(db: Kysely<DB>, who: AuditActor): Promise<void> {
  if (!who.actor) return;
  const actor = who.actor;
  await db.transaction().execute(async (trx) => {
    await endSession(trx, actor.sessionId);
    await appendAudit(trx, who, { action: 'auth.sign_out', entityType: 'user', entityId: actor.userId });
  });
}
