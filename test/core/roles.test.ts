import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appRouter } from '../../core/router';
import { programmeInput } from '../helpers/programme-input';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : 'NOT_TRPC';
  }
}

describe('role guard', () => {
  it('every procedure names its roles, or is one of the few public ones (default: nobody)', () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { roles?: string[]; public?: boolean } } }>;
    const publicOnes: string[] = [];
    for (const [path, procedure] of Object.entries(procedures)) {
      const meta = procedure._def.meta;
      if (meta?.public) publicOnes.push(path);
      else expect(meta?.roles?.length, `${path} has no roles`).toBeGreaterThan(0);
    }
    expect(publicOnes.sort()).toEqual(['auth.signIn', 'workspace.createEmpty', 'workspace.openDemo', 'workspace.status']);
  });

  it('a signed-out caller gets UNAUTHORIZED', async () => {
    expect(await codeOf(ws.anonymous().programmes.list({}))).toBe('UNAUTHORIZED');
    expect(await codeOf(ws.anonymous().audit.verify())).toBe('UNAUTHORIZED');
  });

  it('leaders and finance officers read the register but cannot edit it', async () => {
    const strategy = await ws.as('strategy_officer');
    const created = await strategy.programmes.create(programmeInput());
    for (const role of ['leader', 'finance_officer', 'finance_approver'] as const) {
      const caller = await ws.as(role);
      expect((await caller.programmes.get({ id: created.id })).code).toBe('TST-001');
      expect(await codeOf(caller.programmes.create(programmeInput({ code: `X-${role}` })))).toBe('FORBIDDEN');
      expect(await codeOf(caller.programmes.update({ ...programmeInput({ name: 'Hijack' }), id: created.id, revision: 1 }))).toBe('FORBIDDEN');
      expect(await codeOf(caller.programmes.archive({ id: created.id, reason: 'no' }))).toBe('FORBIDDEN');
    }
    expect((await strategy.programmes.get({ id: created.id })).name).toBe('Test programme');
  });

  it('only admins manage users; the last admin cannot be demoted or disabled', async () => {
    const strategy = await ws.as('strategy_officer');
    expect(await codeOf(strategy.users.list())).toBe('FORBIDDEN');
    const admin = await ws.as('admin');
    const users = await admin.users.list();
    const adminUser = users.find((u) => u.username === 'admin')!;
    expect(await codeOf(admin.users.changeRole({ userId: adminUser.id, role: 'leader' }))).toBe('BAD_REQUEST');
    expect(await codeOf(admin.users.setDisabled({ userId: adminUser.id, disabled: true }))).toBe('BAD_REQUEST');
  });

  it('admins do not publish framework versions or set balance targets: strategy officers do', async () => {
    const admin = await ws.as('admin');
    expect(await codeOf(admin.outcomes.publish({ versionId: 1 }))).toBe('FORBIDDEN');
    expect(await codeOf(admin.alignment.setBalanceTarget({ dimension: 'mission', code: 'M1', targetPercent: 30, tolerancePercent: 5 }))).toBe('FORBIDDEN');
    const strategy = await ws.as('strategy_officer');
    expect(await codeOf(strategy.alignment.setBalanceTarget({ dimension: 'mission', code: 'M1', targetPercent: 30, tolerancePercent: 5 }))).not.toBe('FORBIDDEN');
  });

  it('a disabled user is signed out at once and cannot sign in again', async () => {
    const leader = await ws.as('leader');
    const admin = await ws.as('admin');
    const leaderUser = (await admin.users.list()).find((u) => u.role === 'leader')!;
    await admin.users.setDisabled({ userId: leaderUser.id, disabled: true });
    expect(await codeOf(leader.programmes.list({}))).toBe('OK'); // the caller object still holds a stale actor…
    const { actorForToken } = await import('../../core/identity/sessions');
    const sessions = ws.sqlite.prepare('select ended_at from sessions where user_id = ?').all(leaderUser.id) as Array<{ ended_at: string | null }>;
    expect(sessions.every((s) => s.ended_at !== null)).toBe(true); // …but every session of the user has ended
    expect(await actorForToken(ws.db, 'not-a-real-token-but-long-enough')).toBeNull();
    expect(await codeOf(ws.anonymous().auth.signIn({ username: 'leader', passphrase: 'correct horse battery staple' }))).toBe('UNAUTHORIZED');
  });
});
