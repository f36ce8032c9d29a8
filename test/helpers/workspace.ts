import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { configureConnection, createKysely } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { createUser, signIn } from '../../core/identity/service';
import { createCallerFactory } from '../../core/trpc/init';
import { appRouter } from '../../core/router';
import { createEmptyWorkspace } from '../../core/workspace/service';
import type { Actor, Channel, Context } from '../../core/trpc/context';
import type { Role } from '../../core/shared/roles';
import { actorForToken } from '../../core/identity/sessions';

export const TEST_PASSPHRASE = 'correct horse battery staple';
const SYSTEM = { actor: null, requestId: 'test-setup', channel: 'system' as const };

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface TestWorkspace {
  db: Kysely<DB>;
  sqlite: Database.Database;
  /** A tRPC caller acting as a signed-in user with the given role (users are created on first use). */
  as(role: Role, channel?: Channel): Promise<Caller>;
  anonymous(channel?: Channel): Caller;
  actorFor(role: Role): Promise<Actor>;
  close(): Promise<void>;
}

/** An empty register in memory with Wigan's geography and one admin, ready for callers. */
export async function testWorkspace(file = ':memory:'): Promise<TestWorkspace> {
  const sqlite = new Database(file);
  configureConnection(sqlite, file);
  const db = createKysely(sqlite);
  await migrateToLatest(db);
  await createEmptyWorkspace(db, SYSTEM, 'Test Council', { username: 'admin', displayName: 'Test Admin', role: 'admin', passphrase: TEST_PASSPHRASE });
  const actors = new Map<Role, Actor>();

  async function actorFor(role: Role): Promise<Actor> {
    const known = actors.get(role);
    if (known) return known;
    const username = role === 'admin' ? 'admin' : role.replace('_', '-');
    if (role !== 'admin') await createUser(db, SYSTEM, { username, displayName: `Test ${role}`, role, passphrase: TEST_PASSPHRASE });
    const session = await signIn(db, 'test-sign-in', 'http', username, TEST_PASSPHRASE);
    const actor = (await actorForToken(db, session.token))!;
    actors.set(role, actor);
    return actor;
  }

  const context = (actor: Actor | null, channel: Channel): Context => ({ db, actor, channel, requestId: `test-${Math.random().toString(36).slice(2)}` });

  return {
    db,
    sqlite,
    actorFor,
    async as(role, channel = 'http') {
      return createCaller(context(await actorFor(role), channel));
    },
    anonymous(channel = 'http') {
      return createCaller(context(null, channel));
    },
    close: () => db.destroy(),
  };
}
