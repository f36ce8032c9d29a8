import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countWaitingEntriesRecordedBy } from '../../core/grants/waiting-entries';
import { awardInput, newKey, seedGrantsFixture } from '../helpers/grants-fixture';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { refusal } from '../helpers/refusal';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());


const roleOf = (userId: number) => ws.sqlite.prepare('select role from users where id = ?').pluck().get(userId);

describe('role-change rules', () => {
  it('nobody changes their own role', async () => {
    const admin = await ws.as('admin');
    const me = await ws.actorFor('admin');
    await admin.users.create({ username: 'second-admin', displayName: 'Second admin', role: 'admin', passphrase: 'a second administrator' });
    const error = await refusal(admin.users.changeRole({ userId: me.userId, role: 'leader' }));
    expect(error.message).toBe('You cannot change your own role: ask another administrator.');
    expect(roleOf(me.userId)).toBe('admin');
  });

  it('an administrator never also holds a finance role, in either direction', async () => {
    const admin = await ws.as('admin');
    const other = await admin.users.create({ username: 'other-admin', displayName: 'Other admin', role: 'admin', passphrase: 'another administrator' });
    const finance = await ws.actorFor('finance_officer');
    const approver = await ws.actorFor('finance_approver');
    for (const role of ['finance_officer', 'finance_approver'] as const) {
      const error = await refusal(admin.users.changeRole({ userId: other.id, role }));
      expect(error.message).toMatch(/^An administrator cannot also hold a finance role, so other-admin cannot move from Administrator to Finance (officer|approver): use a separate account\.$/);
    }
    expect((await refusal(admin.users.changeRole({ userId: finance.userId, role: 'admin' }))).message).toMatch(/use a separate account/);
    expect((await refusal(admin.users.changeRole({ userId: approver.userId, role: 'admin' }))).message).toMatch(/use a separate account/);
    expect([roleOf(other.id), roleOf(finance.userId), roleOf(approver.userId)]).toEqual(['admin', 'finance_officer', 'finance_approver']);
    // Other moves still work, audited as before.
    await admin.users.changeRole({ userId: other.id, role: 'leader' });
    expect(roleOf(other.id)).toBe('leader');
  });

  it('a finance officer and approver swap only once nothing they recorded waits for a decision', async () => {
    const fx = await seedGrantsFixture(ws);
    const admin = await ws.as('admin');
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    const officer = await ws.actorFor('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 40_000_00, 4));
    const instalments = (await finance.grants.award({ id: award.id })).instalments;
    const pay = (i: number) => finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId: instalments[i]!.id, amountPence: 10_000_00, paymentDate: '2025-06-30', reference: `P${i}` });
    const first = await pay(0);
    const second = await pay(1);
    const third = await pay(2);
    expect(await countWaitingEntriesRecordedBy(ws.db, officer.userId)).toBe(3);

    await approver.grants.approvePayment({ paymentId: first.paymentId, date: '2025-07-01' });
    await approver.grants.releasePayment({ paymentId: first.paymentId, date: '2025-07-01' }); // decided
    await approver.grants.approvePayment({ paymentId: second.paymentId, date: '2025-07-01' }); // approved, not yet released: still waiting
    expect(await countWaitingEntriesRecordedBy(ws.db, officer.userId)).toBe(2);

    const error = await refusal(admin.users.changeRole({ userId: officer.userId, role: 'finance_approver' }));
    expect(error.message).toBe('finance-officer recorded 2 ledger entries that are still waiting for a decision; they can move from Finance officer to Finance approver once those have been decided.');
    expect(roleOf(officer.userId)).toBe('finance_officer');

    // A reversal the officer records waits for approval too; once approved, the payment and the reversal are decided.
    const reversal = await finance.grants.reversePayment({ paymentId: third.paymentId, date: '2025-07-02', reason: 'Recorded twice' });
    expect(await countWaitingEntriesRecordedBy(ws.db, officer.userId)).toBe(3);
    await approver.grants.approveCorrection({ correctionId: reversal.correctionId, date: '2025-07-02' });
    await approver.grants.releasePayment({ paymentId: second.paymentId, date: '2025-07-02' });
    expect(await countWaitingEntriesRecordedBy(ws.db, officer.userId)).toBe(0);
    await admin.users.changeRole({ userId: officer.userId, role: 'finance_approver' });
    expect(roleOf(officer.userId)).toBe('finance_approver');
  });
});
