import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/service';
import { awardInput, insertPartner, newKey, seedGrantsFixture } from '../helpers/grants-fixture';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { refusal } from '../helpers/refusal';

let ws: TestWorkspace;
let fx: Awaited<ReturnType<typeof seedGrantsFixture>>;
beforeEach(async () => {
  ws = await testWorkspace();
  fx = await seedGrantsFixture(ws);
});
afterEach(() => ws.close());


const ledgerCount = () => ws.sqlite.prepare('select count(*) from ledger_entries').pluck().get() as number;

describe('grants ledger', () => {
  it('records, approves (by someone else) and releases a payment; the fund statement follows the ledger', async () => {
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 40_000_00));
    const detail = await finance.grants.award({ id: award.id });
    const payment = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId: detail.instalments[0]!.id, amountPence: 20_000_00, paymentDate: '2025-06-30', reference: 'BACS-0001' });

    expect(await refusal(finance.grants.approvePayment({ paymentId: payment.paymentId, date: '2025-07-01' }))).toMatchObject({ code: 'FORBIDDEN' });
    await approver.grants.approvePayment({ paymentId: payment.paymentId, date: '2025-07-01' });
    expect((await refusal(approver.grants.approvePayment({ paymentId: payment.paymentId, date: '2025-07-01' }))).message).toMatch(/already approved/);
    await approver.grants.releasePayment({ paymentId: payment.paymentId, date: '2025-07-02' });

    const statement = await (await ws.as('leader')).grants.fundStatement({ fundId: fx.fundId });
    expect(statement.totals).toMatchObject({ allocationPence: 120_000_000, awardedPence: 4_000_000, releasedPence: 2_000_000, netReleasedPence: 2_000_000, unallocatedPence: 116_000_000, feesPence: 0 });
    expect(statement.transactionCostLine).toBe('Transaction costs £0.00 — 100% of released funds reached partners');
    expect(statement.partnersPaid).toBe(1);
    expect((await verifyAuditChain(ws.db)).ok).toBe(true);
  });

  it('says exactly why a payment over the award is refused, and writes nothing', async () => {
    const finance = await ws.as('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 40_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 39_000_00, paymentDate: '2025-06-30', reference: 'A' });
    const before = ledgerCount();
    const error = await refusal(finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 1_250_00, paymentDate: '2025-06-30', reference: 'B' }));
    expect(error.message).toBe('This payment would take the award £250.00 over its total of £40,000.00.');
    expect(ledgerCount()).toBe(before);
  });

  it('refuses an award over the fund allocation, instalments that do not add up, and a partner without current due diligence', async () => {
    const finance = await ws.as('finance_officer');
    await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 119_000_000));
    const over = await refusal(finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[1]!, 1_250_000)));
    expect(over.message).toBe('Some fields need attention.');
    expect(JSON.stringify(over.cause)).toMatch(/£2,500.00 over its allocation of £1,200,000.00/);
    const bad = { ...awardInput(fx.fundId, fx.partnerIds[1]!, 500_000), instalments: [{ dueDate: '2025-07-01', amountPence: 400_000 }] };
    expect(JSON.stringify((await refusal(finance.grants.createAward(bad))).cause)).toMatch(/add up to £4,000.00 but the award is £5,000.00/);
    const expired = await insertPartner(ws.db, 'Lapsed Group (fictional)', 'GB-CHC-9990099', 'expired');
    expect((await refusal(finance.grants.createAward(awardInput(fx.fundId, expired, 100_000)))).message).toMatch(/[Dd]ue diligence/);
    const direct = { ...awardInput(fx.fundId, fx.partnerIds[1]!, 100_000), route: 'direct_award' as const };
    expect(JSON.stringify((await refusal(finance.grants.createAward(direct))).cause)).toMatch(/routeJustification/);
  });

  it('corrects mistakes by reversal and records repayments as clawback, never by editing', async () => {
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const wrong = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 10_000_00, paymentDate: '2025-06-30', reference: 'TYPO' });
    await approver.grants.approvePayment({ paymentId: wrong.paymentId, date: '2025-07-01' });
    await approver.grants.releasePayment({ paymentId: wrong.paymentId, date: '2025-07-01' });
    const reversal = await finance.grants.reversePayment({ paymentId: wrong.paymentId, date: '2025-07-03', reason: 'Paid to the wrong account' });
    await approver.grants.approveCorrection({ correctionId: reversal.correctionId, date: '2025-07-03' });
    expect((await refusal(approver.grants.releasePayment({ paymentId: wrong.paymentId, date: '2025-07-04' }))).message).toMatch(/reversed/);
    const right = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 10_000_00, paymentDate: '2025-07-03', reference: 'FIXED' });
    await approver.grants.approvePayment({ paymentId: right.paymentId, date: '2025-07-04' });
    await approver.grants.releasePayment({ paymentId: right.paymentId, date: '2025-07-04' });
    expect((await refusal(finance.grants.clawback({ awardId: award.id, amountPence: 10_000_01, date: '2025-09-01', reason: 'Unspent' }))).message).toMatch(/Only £10,000.00/);
    const clawback = await finance.grants.clawback({ awardId: award.id, amountPence: 1_500_00, date: '2025-09-01', reason: 'Unspent at year end' });
    await approver.grants.approveCorrection({ correctionId: clawback.correctionId, date: '2025-09-02' });
    const statement = await finance.grants.fundStatement({ fundId: fx.fundId });
    expect(statement.totals).toMatchObject({ releasedPence: 2_000_000, reversedAfterReleasePence: 1_000_000, clawedBackPence: 150_000, netReleasedPence: 850_000 });
    const ledger = (await finance.grants.ledger({ fundId: fx.fundId })).rows;
    expect(ledger.map((e) => e.type)).toEqual(['payment', 'approval', 'release', 'reversal', 'payment', 'approval', 'release', 'clawback']);
    expect(ledger.at(-1)!.runningReleasedPence).toBe(850_000);
    expect(() => ws.sqlite.prepare('update ledger_entries set gross_pence = 1').run()).toThrow(/append-only/);
    expect(() => ws.sqlite.prepare('delete from ledger_entries').run()).toThrow(/append-only/);
  });

  it('the database itself refuses approver = recorder and any fee on a zero-transaction-cost fund', async () => {
    const finance = await ws.as('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const payment = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 5_000_00, paymentDate: '2025-06-30', reference: 'P' });
    const recorder = (await ws.actorFor('finance_officer')).userId;
    const raw = ws.sqlite.prepare("insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, '2025-07-01', ?, 't')");
    expect(() => raw.run('approval', award.id, instalmentId, payment.paymentId, 0, 0, 0, recorder)).toThrow(/someone other than the person who recorded it/);
    const checker = (await ws.actorFor('finance_approver')).userId;
    expect(() => raw.run('release', award.id, instalmentId, payment.paymentId, 0, 0, 0, checker)).toThrow(/only be released after it has been approved/);
    expect(() => raw.run('payment', award.id, instalmentId, null, 100, 10, 90, recorder)).toThrow(/zero-transaction-cost fund cannot carry fees/);
    expect((await refusal(finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId, amountPence: 100, feePence: 5, paymentDate: '2025-06-30', reference: 'FEE' }))).message).toMatch(/zero-transaction-cost/);
    expect((await finance.grants.checkInvariants()).ok).toBe(true);
  });
});

describe('idempotency', () => {
  it('the same key and payload returns the first result; a different payload is a CONFLICT', async () => {
    const finance = await ws.as('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const key = newKey();
    const input = { idempotencyKey: key, instalmentId, amountPence: 1_000_00, paymentDate: '2025-06-30', reference: 'ONCE' };
    const first = await finance.grants.recordPayment(input);
    const second = await finance.grants.recordPayment(input);
    expect(second).toEqual({ ...first, replayed: true });
    expect((await refusal(finance.grants.recordPayment({ ...input, amountPence: 2_000_00 }))).code).toBe('CONFLICT');
    expect(ws.sqlite.prepare("select count(*) from ledger_entries where entry_type = 'payment'").pluck().get()).toBe(1);
  });

  it('twenty identical submissions in parallel create exactly one payment', async () => {
    const finance = await ws.as('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const input = { idempotencyKey: newKey(), instalmentId, amountPence: 1_000_00, paymentDate: '2025-06-30', reference: 'DOUBLE-CLICK' };
    const results = await Promise.all(Array.from({ length: 20 }, () => finance.grants.recordPayment(input)));
    expect(new Set(results.map((r) => r.paymentId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(ws.sqlite.prepare("select count(*) from ledger_entries where entry_type = 'payment'").pluck().get()).toBe(1);
  });
});
