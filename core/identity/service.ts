import { TRPCError } from '@trpc/server';
import type { Kysely, Selectable } from 'kysely';
import type { DB, UsersTable } from '../../db/schema';
import type { AuditActor, Channel } from '../trpc/context';
import { appendAudit } from '../audit/service';
import { nowIso } from '../shared/clock';
import { fieldError, notFound } from '../shared/field-errors';
import type { Role } from '../shared/roles';
import { dummyPassphraseHash, hashPassphrase, verifyPassphrase } from './passphrase';
import { createSession, endSession, endSessionsOfUser } from './sessions';
import type { NewUserInput } from './schemas';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
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

/** Inserts a user with an already-hashed passphrase, audited, inside the caller's transaction. */
export async function insertUser(trx: Kysely<DB>, who: AuditActor, input: Omit<NewUserInput, 'passphrase'>, passphraseHash: string): Promise<UserView> {
  const clash = await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (clash) throw fieldError({ username: [`The username "${input.username}" is already taken`] });
  const now = nowIso();
  const row = await trx
    .insertInto('users')
    .values({ username: input.username, display_name: input.displayName, role: input.role, passphrase_hash: passphraseHash, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  const view = toView(row);
  await appendAudit(trx, who, { action: 'user.create', entityType: 'user', entityId: row.id, after: view });
  return view;
}

export async function createUser(db: Kysely<DB>, who: AuditActor, input: NewUserInput): Promise<UserView> {
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
  change: (before: UserRow, trx: Kysely<DB>) => Promise<Partial<Pick<UserRow, 'role' | 'disabled' | 'passphrase_hash'>>>,
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

export function changeRole(db: Kysely<DB>, who: AuditActor, userId: number, role: Role): Promise<UserView> {
  return updateUser(db, who, userId, 'user.change_role', async (before, trx) => {
    if (before.role === 'admin' && role !== 'admin') await assertAnotherActiveAdmin(trx, userId);
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

export async function resetPassphrase(db: Kysely<DB>, who: AuditActor, userId: number, passphrase: string): Promise<UserView> {
  const hash = await hashPassphrase(passphrase);
  return updateUser(db, who, userId, 'user.reset_passphrase', async (_before, trx) => {
    await endSessionsOfUser(trx, userId);
    return { passphrase_hash: hash };
  });
}

const SIGN_IN_REFUSED = 'That username and passphrase do not match an active account.';

export async function signIn(
  db: Kysely<DB>,
  requestId: string,
  channel: Channel,
  usernameInput: string,
  passphrase: string,
): Promise<{ token: string; expiresAt: string; user: UserView }> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', usernameInput.trim()).executeTakeFirst();
  const matches = await verifyPassphrase(passphrase, row?.passphrase_hash ?? (await dummyPassphraseHash()));
  if (!row || !matches || row.disabled === 1) {
    await db.transaction().execute((trx) =>
      appendAudit(trx, { actor: null, requestId, channel }, {
        action: 'auth.sign_in_refused',
        entityType: 'user',
        entityId: row?.id ?? null,
        after: { username: usernameInput.trim().slice(0, 64), reason: !row ? 'unknown user' : row.disabled ? 'disabled' : 'wrong passphrase' },
      }),
    );
    throw new TRPCError({ code: 'UNAUTHORIZED', message: SIGN_IN_REFUSED });
  }
  const user = toView(row);
  return db.transaction().execute(async (trx) => {
    const session = await createSession(trx, row.id, channel);
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
