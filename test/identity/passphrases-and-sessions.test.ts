import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passphraseProblems } from '../../core/identity/passphrase-policy';
import { signIn } from '../../core/identity/service';
import { actorForToken } from '../../core/identity/sessions';
import { appRouter } from '../../core/router';
import { createCallerFactory } from '../../core/trpc/init';
import { migrateToLatest } from '../../db/migrate';
import { rawDatabase } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { refusal } from '../helpers/refusal';

const createCaller = createCallerFactory(appRouter);
let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());


/** Signs in through the service and returns a caller for that session, as the transports would. */
async function session(username: string, passphrase: string) {
  const { token } = await signIn(ws.db, 'test', 'http', username, passphrase);
  const actor = (await actorForToken(ws.db, token))!;
  return { token, actor, caller: createCaller({ db: ws.db, actor, channel: 'http', requestId: `t-${actor.sessionId}` }) };
}

const COMMON = 'password1234'; // on the published list of common passwords
const COMMON_MESSAGE = /one of the most commonly used passwords/;

describe('passphrase policy', () => {
  it('refuses short, common and username-containing passphrases, case-insensitively', async () => {
    expect(await passphraseProblems('short one', 'jo')).toEqual(['Passphrases need at least 12 characters']);
    expect(await passphraseProblems('PassWord1234', 'someone')).toEqual([expect.stringMatching(COMMON_MESSAGE)]);
    expect(await passphraseProblems('qwertyuiop123', 'someone')).toEqual([expect.stringMatching(COMMON_MESSAGE)]);
    expect(await passphraseProblems('hello J.Smith, my old friend', 'j.smith')).toEqual(['Passphrases must not contain the username']);
    expect(await passphraseProblems(TEST_PASSPHRASE, 'leader')).toEqual([]);
  });

  it('applies on create and reset, with messages on the passphrase field, writing nothing', async () => {
    const admin = await ws.as('admin');
    const users = () => ws.sqlite.prepare('select count(*) from users').pluck().get();
    const before = users();
    const create = (passphrase: string) => admin.users.create({ username: 'jo.bloggs', displayName: 'Jo Bloggs', role: 'leader', passphrase });
    expect((await refusal(create(COMMON))).fieldErrors).toEqual({ passphrase: [expect.stringMatching(COMMON_MESSAGE)] });
    expect((await refusal(create('I am JO.BLOGGS from Wigan'))).fieldErrors).toEqual({ passphrase: ['Passphrases must not contain the username'] });
    expect((await refusal(create('too short'))).fieldErrors).toEqual({ passphrase: ['Passphrases need at least 12 characters'] });
    expect(users()).toBe(before);

    const jo = await create(TEST_PASSPHRASE);
    const hash = () => ws.sqlite.prepare('select passphrase_hash from users where id = ?').pluck().get(jo.id);
    const stored = hash();
    const reset = (passphrase: string) => admin.users.resetPassphrase({ userId: jo.id, passphrase });
    expect((await refusal(reset(COMMON))).fieldErrors).toEqual({ passphrase: [expect.stringMatching(COMMON_MESSAGE)] });
    expect((await refusal(reset('jo.bloggs passphrase'))).fieldErrors).toEqual({ passphrase: ['Passphrases must not contain the username'] });
    expect((await refusal(reset('short'))).fieldErrors).toEqual({ passphrase: ['Passphrases need at least 12 characters'] });
    expect(hash()).toBe(stored);
  });

  it('applies to the first administrator at first-run setup', async () => {
    const { db } = rawDatabase();
    await migrateToLatest(db);
    const anonymous = createCaller({ db, actor: null, channel: 'http', requestId: 'setup' });
    const attempt = await refusal(anonymous.workspace.createEmpty({ councilName: 'Test Council', admin: { username: 'admin', displayName: 'Admin', passphrase: COMMON } }));
    expect(attempt.fieldErrors).toEqual({ 'admin.passphrase': [expect.stringMatching(COMMON_MESSAGE)] });
    await db.destroy();
  });
});

describe('forced change of an administrator-set passphrase', () => {
  it('a user an admin created or reset may only read who they are, change the passphrase or sign out', async () => {
    const admin = await ws.as('admin');
    const jo = await admin.users.create({ username: 'jo', displayName: 'Jo', role: 'strategy_officer', passphrase: 'set by the admin today' });
    expect(jo.mustChangePassphrase).toBe(true);

    const first = await session('jo', 'set by the admin today');
    const second = await session('jo', 'set by the admin today');
    expect(await first.caller.auth.me()).toMatchObject({ username: 'jo', mustChangePassphrase: true });
    const blocked = await refusal(first.caller.programmes.list({}));
    expect(blocked).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Choose a new passphrase first/) });
    expect((await refusal(first.caller.auth.sessions())).code).toBe('FORBIDDEN');

    const change = (current: string, next: string) => first.caller.auth.changePassphrase({ current, next });
    expect((await refusal(change('set by the admin today', COMMON))).fieldErrors).toEqual({ next: [expect.stringMatching(COMMON_MESSAGE)] });
    expect((await refusal(change('set by the admin today', 'jo likes long walks'))).fieldErrors).toEqual({ next: ['Passphrases must not contain the username'] });
    expect((await refusal(change('set by the admin today', 'short'))).fieldErrors).toEqual({ next: ['Passphrases need at least 12 characters'] });
    expect((await refusal(change('set by the admin today', 'set by the admin today'))).fieldErrors).toEqual({ next: ['Choose a passphrase different from your current one'] });
    expect((await refusal(change('not my passphrase at all', 'a brand new passphrase'))).fieldErrors).toEqual({ current: ['That is not your current passphrase'] });

    const audit = () => ws.sqlite.prepare("select count(*) from audit_log where action = 'auth.change_passphrase'").pluck().get();
    expect(audit()).toBe(0);
    await change('set by the admin today', 'a brand new passphrase');
    expect(audit()).toBe(1);
    // This session carries on, now unrestricted; the other one has ended.
    const refreshed = (await actorForToken(ws.db, first.token))!;
    expect(refreshed.mustChangePassphrase).toBe(false);
    await createCaller({ db: ws.db, actor: refreshed, channel: 'http', requestId: 'r' }).programmes.list({});
    expect(await actorForToken(ws.db, second.token)).toBeNull();
    await expect(signIn(ws.db, 't', 'http', 'jo', 'set by the admin today')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    // An administrator's reset forces a change again; the first-run administrator was never forced.
    await admin.users.resetPassphrase({ userId: jo.id, passphrase: 'another admin choice' });
    expect((await session('jo', 'another admin choice')).actor.mustChangePassphrase).toBe(true);
    expect((await session('admin', TEST_PASSPHRASE)).actor.mustChangePassphrase).toBe(false);
  });

  it('every user can change their own passphrase (the current one is needed)', async () => {
    const leader = await session((await ws.actorFor('leader')).username, TEST_PASSPHRASE);
    await leader.caller.auth.changePassphrase({ current: TEST_PASSPHRASE, next: 'my very own passphrase' });
    await expect(signIn(ws.db, 't', 'http', 'leader', 'my very own passphrase')).resolves.toMatchObject({ user: { username: 'leader', mustChangePassphrase: false } });
  });
});

describe('sessions', () => {
  it('a user sees their own active sessions and ends the others, one or all; never someone else’s', async () => {
    await ws.actorFor('leader');
    const a = await session('leader', TEST_PASSPHRASE);
    const b = await session('leader', TEST_PASSPHRASE);
    const c = await session('leader', TEST_PASSPHRASE);
    const strategy = await ws.as('strategy_officer');
    const strategySessions = await strategy.auth.sessions();

    const mine = await a.caller.auth.sessions();
    expect(mine.map((s) => s.id).sort()).toEqual([a.actor.sessionId, b.actor.sessionId, c.actor.sessionId, (await ws.actorFor('leader')).sessionId].sort());
    expect(mine.filter((s) => s.current).map((s) => s.id)).toEqual([a.actor.sessionId]);
    expect(mine[0]).toMatchObject({ channel: 'http', createdAt: expect.any(String), expiresAt: expect.any(String) });

    expect((await refusal(a.caller.auth.endOtherSessions({ sessionId: a.actor.sessionId }))).message).toMatch(/sign out/);
    expect((await refusal(a.caller.auth.endOtherSessions({ sessionId: strategySessions[0]!.id }))).code).toBe('NOT_FOUND');

    await a.caller.auth.endOtherSessions({ sessionId: b.actor.sessionId });
    expect(await actorForToken(ws.db, b.token)).toBeNull();
    expect(await actorForToken(ws.db, c.token)).not.toBeNull();
    await a.caller.auth.endOtherSessions({ sessionId: null });
    expect(await actorForToken(ws.db, c.token)).toBeNull();
    expect((await a.caller.auth.sessions()).map((s) => s.id)).toEqual([a.actor.sessionId]);
    expect((await strategy.auth.sessions()).length).toBe(strategySessions.length);
    expect(ws.sqlite.prepare("select count(*) from audit_log where action = 'auth.end_sessions'").pluck().get()).toBe(2);
  });

  it('an administrator ends every session of a user, audited', async () => {
    await ws.actorFor('leader');
    const a = await session('leader', TEST_PASSPHRASE);
    const admin = await ws.as('admin');
    const leaderId = a.actor.userId;
    expect((await refusal((await ws.as('strategy_officer')).users.endSessions({ userId: leaderId }))).code).toBe('FORBIDDEN');
    expect(await admin.users.endSessions({ userId: leaderId })).toEqual({ ended: 2 });
    expect(await actorForToken(ws.db, a.token)).toBeNull();
    const entry = ws.sqlite.prepare("select entity_id, after_json from audit_log where action = 'user.end_sessions'").get() as { entity_id: string; after_json: string };
    expect(entry.entity_id).toBe(String(leaderId));
    expect(JSON.parse(entry.after_json)).toEqual({ username: 'leader', ended: 2 });
  });
});
