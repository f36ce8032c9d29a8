import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../core/grants/invariants';
import { migrateTo } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { rawDatabase } from '../../helpers/raw-db';
import { rawGrantsRows } from '../../helpers/raw-grants';

const THIS = '0012_grants_waiting_and_stage_totals';
const names = Object.keys(migrations);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;
const DAY = '2025-07-01';

describe('migration 0012: payment-stage totals per award and the waiting entries', () => {
  it('fills both from existing ledgers in every state, and triggers keep them current after', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, PREVIOUS);
    const { maker, checker, award, instalment } = rawGrantsRows(sqlite);
    // Room for every payment below (the helper's award is £100).
    sqlite.prepare('update awards set amount_pence = 100000 where id = ?').run(award);
    sqlite.prepare('update instalments set amount_pence = 100000 where id = ?').run(instalment);
    const entry = sqlite.prepare(
      'insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at, correction_id) values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)',
    );
    const correction = sqlite.prepare("insert into ledger_corrections (kind, award_id, payment_id, amount_pence, correction_date, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, 'Why', ?, 't')");
    const returned = sqlite.prepare("insert into ledger_returns (payment_id, correction_id, return_date, reason, returned_by, recorded_at) values (?, ?, ?, 'Why', ?, 't')");
    const pay = (gross: number) => Number(entry.run('payment', award, instalment, null, gross, gross, DAY, maker, 't', null).lastInsertRowid);
    const approve = (p: number) => entry.run('approval', award, instalment, p, 0, 0, DAY, checker, 't', null);
    const release = (p: number) => entry.run('release', award, instalment, p, 0, 0, DAY, checker, 't', null);
    const recordReversal = (p: number, gross: number) => Number(correction.run('reversal', award, p, gross, DAY, maker).lastInsertRowid);
    const reverse = (p: number, gross: number) => entry.run('reversal', award, instalment, p, gross, gross, DAY, checker, 't', recordReversal(p, gross));

    const pending = pay(100);
    const approved = pay(200);
    approve(approved);
    const released = pay(400);
    approve(released);
    release(released);
    const reversedBeforeRelease = pay(800);
    approve(reversedBeforeRelease);
    reverse(reversedBeforeRelease, 800);
    const reversedAfterRelease = pay(1600);
    approve(reversedAfterRelease);
    release(reversedAfterRelease);
    reverse(reversedAfterRelease, 1600);
    const returnedPending = pay(3200);
    returned.run(returnedPending, null, DAY, checker);
    const returnedApproved = pay(6400);
    approve(returnedApproved);
    returned.run(returnedApproved, null, DAY, checker);
    const held = pay(12_800); // pending, with a reversal waiting for approval
    const heldReversal = recordReversal(held, 12_800);
    const waitingClawback = Number(correction.run('clawback', award, null, 10, DAY, maker).lastInsertRowid);
    const returnedClawback = Number(correction.run('clawback', award, null, 20, DAY, maker).lastInsertRowid);
    returned.run(null, returnedClawback, DAY, checker);

    await migrateTo(db, THIS);

    const stageTotals = () => sqlite.prepare('select recorded_pence, pending_approval_pence, approved_pence, reversed_pence, released_pence from award_ledger_totals where award_id = ?').get(award);
    // Live: pending, approved, released and held; reversed: before and after release.
    expect(stageTotals()).toEqual({ recorded_pence: 100 + 200 + 400 + 12_800, pending_approval_pence: 100 + 12_800, approved_pence: 200, reversed_pence: 800 + 1600, released_pence: 400 + 1600 });
    const waiting = () => sqlite.prepare('select kind, entry_id, payment_id, stage from ledger_waiting order by kind, entry_id').all();
    expect(waiting()).toEqual([
      { kind: 'clawback', entry_id: waitingClawback, payment_id: null, stage: 'pending_approval' },
      { kind: 'payment', entry_id: pending, payment_id: pending, stage: 'pending_approval' },
      { kind: 'payment', entry_id: approved, payment_id: approved, stage: 'approved' },
      { kind: 'payment', entry_id: held, payment_id: held, stage: 'pending_approval' },
      { kind: 'reversal', entry_id: heldReversal, payment_id: held, stage: 'pending_approval' },
    ]);
    // The invariant checker derives the same totals from every payment's state.
    expect(await checkInvariants(db, {}, { dateRules: false })).toEqual([]);

    // After: the held payment's reversal is returned (the payment waits again), the pending payment is
    // approved then returned, the approved one released, a new payment recorded and the clawback approved.
    returned.run(null, heldReversal, DAY, checker);
    approve(pending);
    returned.run(pending, null, DAY, checker);
    release(approved);
    const fresh = pay(50);
    entry.run('clawback', award, null, null, 10, 10, DAY, checker, 't', waitingClawback);
    expect(waiting()).toEqual([
      { kind: 'payment', entry_id: held, payment_id: held, stage: 'pending_approval' },
      { kind: 'payment', entry_id: fresh, payment_id: fresh, stage: 'pending_approval' },
    ]);
    expect(stageTotals()).toEqual({ recorded_pence: 200 + 400 + 12_800 + 50, pending_approval_pence: 12_800 + 50, approved_pence: 0, reversed_pence: 2400, released_pence: 400 + 1600 + 200 });
    reverse(held, 12_800);
    expect(waiting()).toEqual([{ kind: 'payment', entry_id: fresh, payment_id: fresh, stage: 'pending_approval' }]);
    expect(stageTotals()).toMatchObject({ recorded_pence: 200 + 400 + 50, pending_approval_pence: 50, reversed_pence: 2400 + 12_800 });
    expect(await checkInvariants(db, {}, { dateRules: false })).toEqual([]);
  });
});
