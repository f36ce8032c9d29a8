import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../core/identity/service';
import { actorForToken } from '../../core/identity/sessions';
import { createCallerFactory } from '../../core/trpc/init';
import { appRouter } from '../../core/router';
import { todayIso } from '../../core/shared/clock';
import { databaseChecksum } from '../helpers/db-checksum';
import { awardInput, newKey, seedGrantsFixture } from '../helpers/grants-fixture';
import { testWorkspace, TEST_PASSPHRASE, type Caller, type TestWorkspace } from '../helpers/workspace';
import { refusal } from '../helpers/refusal';

let ws: TestWorkspace;
let fx: Awaited<ReturnType<typeof seedGrantsFixture>>;
beforeEach(async () => {
  ws = await testWorkspace();
  fx = await seedGrantsFixture(ws);
});
afterEach(() => ws.close());


/** A caller for a second user of a role (the workspace helper makes one user per role). */
async function another(username: string, role: 'finance_approver' | 'finance_officer') {
  const system = { actor: null, requestId: 'test', channel: 'system' as const };
  await createUser(ws.db, system, { username, displayName: `Second ${role}`, role, passphrase: TEST_PASSPHRASE });
  const session = await signIn(ws.db, 'test', 'http', username, TEST_PASSPHRASE);
  const actor = (await actorForToken(ws.db, session.token))!;
  return { caller: createCallerFactory(appRouter)({ db: ws.db, actor, channel: 'http', requestId: 'test' }), userId: actor.userId };
}

/** An award with one released payment of £6,000 (recorded 30 June, approved and released 1 July 2025). */
async function releasedPayment() {
  const finance = await ws.as('finance_officer');
  const approver = await ws.as('finance_approver');
  const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
  const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
  const payment = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 6_000_00, paymentDate: '2025-06-30', reference: 'PAY-1' });
  await approver.grants.approvePayment({ paymentId: payment.paymentId, date: '2025-07-01' });
  await approver.grants.releasePayment({ paymentId: payment.paymentId, date: '2025-07-01' });
  return { finance, approver, awardId: award.id, instalmentId, paymentId: payment.paymentId };
}

/** Everything waiting for an approver: payments, then reversals and clawbacks (one page each is plenty here). */
const waiting = async (caller: Caller) => [...(await caller.grants.approvals({ list: 'payments' })).rows, ...(await caller.grants.approvals({ list: 'corrections' })).rows];
const returnedToYou = async (caller: Caller) => (await caller.grants.returnedToYou({})).rows;
const netReleased = async () => (await (await ws.as('leader')).grants.fundStatement({ fundId: fx.fundId })).totals.netReleasedPence;

describe('two people for every movement of money', () => {
  it('a reversal and a clawback recorded by a finance officer leave net released unchanged until a different user approves them', async () => {
    const { finance, approver, awardId, paymentId } = await releasedPayment();
    expect(await netReleased()).toBe(6_000_00);

    const clawback = await finance.grants.clawback({ awardId, amountPence: 1_000_00, date: '2025-08-01', reason: 'Unspent' });
    expect(await netReleased()).toBe(6_000_00);
    expect((await waiting(approver)).map((r) => [r.kind, r.recordedByUsername])).toEqual([['clawback', 'finance-officer']]);
    // The recorder cannot approve it, whatever their role: FORBIDDEN.
    expect((await refusal(finance.grants.approveCorrection({ correctionId: clawback.correctionId, date: '2025-08-02' }))).code).toBe('FORBIDDEN');
    await approver.grants.approveCorrection({ correctionId: clawback.correctionId, date: '2025-08-02' });
    expect(await netReleased()).toBe(5_000_00);

    // Reversing the only released payment would leave the clawback above what was released: refused, clearly.
    expect((await refusal(finance.grants.reversePayment({ paymentId, date: '2025-08-03', reason: 'Bank returned it' }))).message).toMatch(/Settle the clawback first/);

    const instalmentId = (await finance.grants.award({ id: awardId })).instalments[0]!.id;
    const second = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 3_000_00, paymentDate: '2025-08-01', reference: 'PAY-2' });
    await approver.grants.approvePayment({ paymentId: second.paymentId, date: '2025-08-01' });
    await approver.grants.releasePayment({ paymentId: second.paymentId, date: '2025-08-02' });
    expect(await netReleased()).toBe(8_000_00);
    const reversal = await finance.grants.reversePayment({ paymentId: second.paymentId, date: '2025-08-03', reason: 'Bank returned the payment' });
    expect(await netReleased()).toBe(8_000_00);
    expect((await waiting(approver)).map((r) => [r.kind, r.reference, r.recordedByUsername])).toEqual([['reversal', 'PAY-2', 'finance-officer']]);
    // Nothing else may happen to the payment while its reversal waits, and it cannot be reversed twice.
    expect((await refusal(finance.grants.reversePayment({ paymentId: second.paymentId, date: '2025-08-03', reason: 'Again' }))).message).toMatch(/waiting for approval/);
    await approver.grants.approveCorrection({ correctionId: reversal.correctionId, date: '2025-08-04' });
    expect(await netReleased()).toBe(5_000_00);
    expect((await waiting(approver))).toEqual([]);
    expect((await finance.grants.checkInvariants()).violations).toEqual([]);
  });

  it('a recorder promoted to approver cannot approve or release their own entry: FORBIDDEN by the API and, with the API bypassed, refused by the database', async () => {
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    const recorder = await ws.actorFor('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const own = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 1_000_00, paymentDate: '2025-06-30', reference: 'OWN' });
    const ownApproved = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 1_000_00, paymentDate: '2025-06-30', reference: 'OWN-2' });
    await approver.grants.approvePayment({ paymentId: ownApproved.paymentId, date: '2025-07-01' });

    // Promoted behind the role-change rules' back (as an older workspace or a direct edit could).
    ws.sqlite.prepare("update users set role = 'finance_approver' where id = ?").run(recorder.userId);
    const asApprover = createCallerFactory(appRouter)({ db: ws.db, actor: { ...recorder, role: 'finance_approver' }, channel: 'http', requestId: 'test' });
    const before = databaseChecksum(ws.sqlite);
    expect((await refusal(asApprover.grants.approvePayment({ paymentId: own.paymentId, date: '2025-07-01' }))).code).toBe('FORBIDDEN');
    expect((await refusal(asApprover.grants.releasePayment({ paymentId: ownApproved.paymentId, date: '2025-07-01' }))).code).toBe('FORBIDDEN');
    expect((await refusal(asApprover.grants.returnEntry({ kind: 'payment', id: own.paymentId, date: '2025-07-01', reason: 'Mine' }))).code).toBe('FORBIDDEN');
    expect(databaseChecksum(ws.sqlite)).toBe(before);

    const raw = ws.sqlite.prepare("insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at) values (?, ?, ?, ?, 0, 0, 0, '2025-07-02', ?, 't')");
    expect(() => raw.run('approval', award.id, instalmentId, own.paymentId, recorder.userId)).toThrow(/someone other than the person who recorded it/);
    expect(() => raw.run('release', award.id, instalmentId, ownApproved.paymentId, recorder.userId)).toThrow(/someone other than the person who recorded it/);
    expect(() =>
      ws.sqlite.prepare("insert into ledger_returns (payment_id, return_date, reason, returned_by, recorded_at) values (?, '2025-07-02', 'x', ?, 't')").run(own.paymentId, recorder.userId),
    ).toThrow(/someone other than the person who recorded it/);
    expect(databaseChecksum(ws.sqlite)).toBe(before);
  });

  it('the database refuses a reversal or clawback entry without an approved correction by a second person', async () => {
    const { awardId, paymentId, instalmentId } = await releasedPayment();
    const officer = (await ws.actorFor('finance_officer')).userId;
    const checker = (await ws.actorFor('finance_approver')).userId;
    const entry = ws.sqlite.prepare(
      "insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at, correction_id) values (?, ?, ?, ?, ?, 0, ?, '2025-08-01', ?, 't', ?)",
    );
    expect(() => entry.run('reversal', awardId, instalmentId, paymentId, 6_000_00, 6_000_00, checker, null)).toThrow(/counts only when a different person approves/);
    expect(() => entry.run('clawback', awardId, null, null, 100, 100, checker, null)).toThrow(/counts only when a different person approves/);
    const correction = ws.sqlite
      .prepare("insert into ledger_corrections (kind, award_id, payment_id, amount_pence, correction_date, reason, recorded_by, recorded_at) values ('clawback', ?, null, 100, '2025-08-01', 'Repaid', ?, 't')")
      .run(awardId, officer).lastInsertRowid;
    expect(() => entry.run('clawback', awardId, null, null, 100, 100, officer, correction)).toThrow(/approved by someone other than the person who recorded it/);
    expect(() => entry.run('clawback', awardId, null, null, 200, 200, checker, correction)).toThrow(/counts only when a different person approves/);
    entry.run('clawback', awardId, null, null, 100, 100, checker, correction);
    expect(() => entry.run('clawback', awardId, null, null, 100, 100, checker, correction)).toThrow(/UNIQUE/);
  });
});

describe('approve, release, return', () => {
  it('an approver returns a payment to its recorder with a reason: out of the queue, in the history as returned, in no total, and the recorder sees why', async () => {
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const payment = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 10_000_00, paymentDate: '2025-06-30', reference: 'WRONG-REF' });
    expect((await waiting(approver)).map((r) => r.id)).toEqual([payment.paymentId]);

    expect((await refusal(approver.grants.returnEntry({ kind: 'payment', id: payment.paymentId, date: '2025-07-01', reason: '   ' }))).code).toBe('BAD_REQUEST');
    await approver.grants.returnEntry({ kind: 'payment', id: payment.paymentId, date: '2025-07-01', reason: 'Reference does not match the invoice' });

    expect((await waiting(approver))).toEqual([]);
    const mine = (await returnedToYou(finance));
    expect(mine).toMatchObject([{ kind: 'payment', id: payment.paymentId, reference: 'WRONG-REF', reason: 'Reference does not match the invoice', returnedOn: '2025-07-01', returnedByName: 'Test finance_approver' }]);
    const detail = await finance.grants.award({ id: award.id });
    expect(detail.payments[0]).toMatchObject({ stage: 'returned', returnNote: { reason: 'Reference does not match the invoice' } });
    expect(detail.instalments[0]!.recordedPence).toBe(0);
    const history = (await finance.grants.ledger({ fundId: fx.fundId })).rows;
    expect(history.find((e) => e.id === payment.paymentId)!.returned).toEqual({ date: '2025-07-01', reason: 'Reference does not match the invoice' });
    expect((await finance.grants.fundStatement({ fundId: fx.fundId })).totals).toMatchObject({ recordedPence: 0, pendingApprovalPence: 0, releasedPence: 0 });

    // Closed for good; the full amount can be recorded again.
    expect((await refusal(approver.grants.approvePayment({ paymentId: payment.paymentId, date: '2025-07-02' }))).message).toMatch(/returned/);
    await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 10_000_00, paymentDate: '2025-06-30', reference: 'RIGHT-REF' });
    expect((await finance.grants.checkInvariants()).violations).toEqual([]);
  });

  it('a reversal or clawback can be returned too, and then never counts', async () => {
    const { finance, approver, awardId } = await releasedPayment();
    const claw = await finance.grants.clawback({ awardId, amountPence: 6_000_00, date: '2025-08-01', reason: 'Project ended early' });
    // A second clawback cannot take the waiting total above what was released.
    expect((await refusal(finance.grants.clawback({ awardId, amountPence: 1, date: '2025-08-01', reason: 'More' }))).message).toMatch(/Only £0.00/);
    await approver.grants.returnEntry({ kind: 'correction', id: claw.correctionId, date: '2025-08-02', reason: 'No remittance advice attached' });
    expect((await refusal(approver.grants.approveCorrection({ correctionId: claw.correctionId, date: '2025-08-03' }))).message).toMatch(/returned/);
    expect(await netReleased()).toBe(6_000_00);
    expect((await returnedToYou(finance)).map((r) => [r.kind, r.reason])).toEqual([['clawback', 'No remittance advice attached']]);
    const detail = await finance.grants.award({ id: awardId });
    expect(detail.corrections.map((c) => [c.kind, c.stage, c.returnNote?.reason])).toEqual([['clawback', 'returned', 'No remittance advice attached']]);
  });

  it('a second approver can act on what the first approver recorded', async () => {
    const { approver, paymentId } = await releasedPayment();
    const second = await another('approver-two', 'finance_approver');
    const reversal = await approver.grants.reversePayment({ paymentId, date: '2025-08-01', reason: 'Duplicate of a BACS run' });
    expect((await refusal(approver.grants.approveCorrection({ correctionId: reversal.correctionId, date: '2025-08-01' }))).code).toBe('FORBIDDEN');
    await second.caller.grants.approveCorrection({ correctionId: reversal.correctionId, date: '2025-08-01' });
    expect(await netReleased()).toBe(0);
  });
});

describe('ledger dates that make sense', () => {
  it('refuses each date rule with a field message and writes nothing', async () => {
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1)); // award date 2025-05-01
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    const pay = (paymentDate: string) => finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 1_000_00, paymentDate, reference: 'D' });

    const refused = async (name: string, call: () => Promise<unknown>, field: string, message: RegExp) => {
      const before = databaseChecksum(ws.sqlite);
      const error = await refusal(call());
      expect(`${name}: ${error.code} ${error.message}`).toBe(`${name}: BAD_REQUEST Some fields need attention.`);
      expect(error.fieldErrors?.[field]?.join(' '), name).toMatch(message);
      expect(databaseChecksum(ws.sqlite), name).toBe(before);
    };
    await refused('payment in the future', () => pay(tomorrow > todayIso() ? tomorrow : '2999-01-01'), 'paymentDate', /cannot be in the future/);
    await refused('payment before its award', () => pay('2025-04-30'), 'paymentDate', /before the award date/);
    const p = await pay('2025-06-30');
    await refused('approval before its payment', () => approver.grants.approvePayment({ paymentId: p.paymentId, date: '2025-06-29' }), 'date', /before the payment date/);
    await refused('approval in the future', () => approver.grants.approvePayment({ paymentId: p.paymentId, date: '2999-01-01' }), 'date', /cannot be in the future/);
    await approver.grants.approvePayment({ paymentId: p.paymentId, date: '2025-07-10' });
    await refused('release before its approval', () => approver.grants.releasePayment({ paymentId: p.paymentId, date: '2025-07-09' }), 'date', /before its approval/);
    expect((await refusal(finance.grants.clawback({ awardId: award.id, amountPence: 100, date: '2025-07-19', reason: 'x' }))).message).toMatch(/Nothing has been released/);
    await approver.grants.releasePayment({ paymentId: p.paymentId, date: '2025-07-20' });
    await refused('reversal before the release it corrects', () => finance.grants.reversePayment({ paymentId: p.paymentId, date: '2025-07-19', reason: 'x' }), 'date', /before its release/);
    await refused('clawback before the first release', () => finance.grants.clawback({ awardId: award.id, amountPence: 100, date: '2025-07-19', reason: 'x' }), 'date', /before the first release/);
    const claw = await finance.grants.clawback({ awardId: award.id, amountPence: 100, date: '2025-08-01', reason: 'Repaid' });
    await refused('clawback approved before its date', () => approver.grants.approveCorrection({ correctionId: claw.correctionId, date: '2025-07-31' }), 'date', /before the clawback's date/);
    await refused('return before the entry', () => approver.grants.returnEntry({ kind: 'correction', id: claw.correctionId, date: '2025-07-31', reason: 'x' }), 'date', /before the clawback's date/);
  });

  it('the database refuses ledger dates out of order even with the API bypassed', async () => {
    const { awardId, paymentId, instalmentId } = await releasedPayment(); // paid 30 June, approved and released 1 July 2025
    const officer = (await ws.actorFor('finance_officer')).userId;
    const checker = (await ws.actorFor('finance_approver')).userId;
    const before = databaseChecksum(ws.sqlite);
    const entry = ws.sqlite.prepare(
      "insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?, 't')",
    );
    expect(() => entry.run('payment', awardId, instalmentId, null, 100, 100, '2025-04-30', officer)).toThrow(/cannot be dated before its award/);
    const second = entry.run('payment', awardId, instalmentId, null, 100, 100, '2025-07-05', officer).lastInsertRowid;
    expect(() => entry.run('approval', awardId, instalmentId, second, 0, 0, '2025-07-04', checker)).toThrow(/before the payment it approves/);
    entry.run('approval', awardId, instalmentId, second, 0, 0, '2025-07-06', checker);
    expect(() => entry.run('release', awardId, instalmentId, second, 0, 0, '2025-07-05', checker)).toThrow(/before its approval/);
    const correction = ws.sqlite.prepare("insert into ledger_corrections (kind, award_id, payment_id, amount_pence, correction_date, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, 'r', ?, 't')");
    expect(() => correction.run('reversal', awardId, paymentId, 6_000_00, '2025-06-30', officer)).toThrow(/before the payment it corrects/);
    expect(() => correction.run('clawback', awardId, null, 100, '2025-06-30', officer)).toThrow(/on or after money was released/);
    expect(() => correction.run('reversal', awardId, paymentId, 5_000_00, '2025-07-02', officer)).toThrow(/whole payment/);
    expect(ws.sqlite.prepare('select count(*) from ledger_corrections').pluck().get()).toBe(0);
    expect(before).not.toBe(databaseChecksum(ws.sqlite)); // the two valid raw rows were written
  });
});
