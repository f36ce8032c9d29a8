import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';
import { rawGrantsRows } from '../../helpers/raw-grants';

describe('migration 0007: running ledger totals per award', () => {
  it('backfills the totals from an existing ledger, then keeps them with every new entry', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0006_briefing_packs');
    const { maker, checker, partner, fund, insertAward, award, instalment } = rawGrantsRows(sqlite);
    const entry = sqlite.prepare("insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, '2025-07-01', ?, 't')");
    const pay = (gross: number, fee: number) => entry.run('payment', award, instalment, null, gross, fee, gross - fee, maker).lastInsertRowid;
    const act = (type: string, payment: number | bigint, by = checker) => entry.run(type, award, instalment, payment, 0, 0, 0, by);
    const p1 = pay(3000, 30);
    act('approval', p1);
    act('release', p1);
    const p2 = pay(2000, 0);
    act('approval', p2);
    act('release', p2);
    entry.run('reversal', award, instalment, p2, 2000, 0, 2000, checker);
    const p3 = pay(1000, 0); // recorded, never released, then reversed: no money moved

    await migrateTo(db, '0007_award_ledger_totals');
    const totals = () => sqlite.prepare('select * from award_ledger_totals where award_id = ?').get(award);
    expect(totals()).toEqual({
      award_id: Number(award),
      fund_id: Number(fund),
      released_pence: 5000,
      released_net_pence: 4970,
      reversed_after_release_pence: 2000,
      reversed_after_release_net_pence: 2000,
      clawed_back_pence: 0,
      fees_pence: 30,
    });

    entry.run('reversal', award, instalment, p3, 1000, 0, 1000, checker);
    entry.run('clawback', award, null, p1, 500, 0, 500, checker);
    expect(totals()).toMatchObject({ released_pence: 5000, reversed_after_release_pence: 2000, clawed_back_pence: 500, fees_pence: 30 });
    const second = insertAward.run(fund, partner, 'F1-002').lastInsertRowid;
    expect(sqlite.prepare('select released_pence, fund_id from award_ledger_totals where award_id = ?').get(second)).toEqual({ released_pence: 0, fund_id: Number(fund) });
    await db.destroy();
  });
});
