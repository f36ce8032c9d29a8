import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { checkInvariants, checkRuleExceptions } from '../../../core/grants/invariants';
import { rawDatabase } from '../../helpers/raw-db';
import { rawGrantsRows } from '../../helpers/raw-grants';

describe('migration 0008: two people for reversals and clawbacks, returns, ledger dates', () => {
  it('keeps every older row (corrections without a second person, dates out of order), reports them, and applies the rules to new rows', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0007_award_ledger_totals');
    const { maker, checker, award, instalment } = rawGrantsRows(sqlite, { zeroTransactionCost: true });
    const entry = sqlite.prepare('insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)');
    // Before 0008: a payment dated before its award, a reversal and a clawback by one person alone.
    const p1 = entry.run('payment', award, instalment, null, 3000, 3000, '2025-04-01', maker, 't').lastInsertRowid;
    entry.run('approval', award, instalment, p1, 0, 0, '2025-07-01', checker, 't');
    entry.run('release', award, instalment, p1, 0, 0, '2025-07-01', checker, 't');
    const p2 = entry.run('payment', award, instalment, null, 2000, 2000, '2025-07-01', maker, 't').lastInsertRowid;
    entry.run('approval', award, instalment, p2, 0, 0, '2025-07-02', checker, 't');
    entry.run('release', award, instalment, p2, 0, 0, '2025-07-02', checker, 't');
    entry.run('reversal', award, instalment, p2, 2000, 2000, '2025-07-03', maker, 't');
    entry.run('clawback', award, null, null, 500, 500, '2025-08-01', maker, 't');
    const totalsBefore = sqlite.prepare('select * from award_ledger_totals').all();
    const countBefore = sqlite.prepare('select count(*) from ledger_entries').pluck().get();

    await migrateTo(db, '0008_two_person_corrections');

    expect(sqlite.prepare('select count(*) from ledger_entries').pluck().get()).toBe(countBefore);
    expect(sqlite.prepare('select * from award_ledger_totals').all()).toEqual(totalsBefore);
    // Today's checker also compares the stage totals migration 0012 added to award_ledger_totals; this schema predates them.
    expect((await checkInvariants(db)).filter((v) => v.rule !== 'ledger_totals_match')).toEqual([]);
    const exceptions = await checkRuleExceptions(db);
    expect(exceptions.map((e) => e.rule).sort()).toEqual(['correction_without_second_person', 'correction_without_second_person', 'ledger_dates_in_order']);
    expect(exceptions.find((e) => e.rule === 'ledger_dates_in_order')!.message).toMatch(/dated 2025-04-01, before its award date 2025-05-01/);

    // New rows follow the new rules.
    expect(() => entry.run('reversal', award, instalment, p1, 3000, 3000, '2025-09-01', checker, 't')).toThrow(/counts only when a different person approves/);
    expect(() => entry.run('payment', award, instalment, null, 100, 100, '2025-04-30', maker, 't')).toThrow(/before its award/);
    const p3 = entry.run('payment', award, instalment, null, 100, 100, '2025-09-01', maker, 't').lastInsertRowid;
    expect(() => entry.run('approval', award, instalment, p3, 0, 0, '2025-09-02', maker, 't')).toThrow(/someone other than the person who recorded it/);
    sqlite.prepare("insert into ledger_returns (payment_id, return_date, reason, returned_by, recorded_at) values (?, '2025-09-02', 'Wrong reference', ?, 't')").run(p3, checker);
    expect(() => entry.run('approval', award, instalment, p3, 0, 0, '2025-09-02', checker, 't')).toThrow(/returned payment cannot be approved/);
    expect(() => sqlite.prepare('delete from ledger_returns').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("update ledger_returns set reason = 'x'").run()).toThrow(/append-only/);
    await db.destroy();
  });
});
