import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0004: grants ledger', () => {
  it('applies over 0003 holding data, keeps it, and guards the ledger in the database itself', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0003_outcome_frameworks');
    const users = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values (?, ?, ?, 'x', 't', 't')");
    const maker = users.run('maker', 'Maker', 'finance_officer').lastInsertRowid;
    const checker = users.run('checker', 'Checker', 'finance_approver').lastInsertRowid;
    sqlite.prepare("insert into areas (code, name, area_type, verified) values ('E08000010', 'Wigan', 'borough', 1)").run();
    const programme = sqlite.prepare("insert into programmes (code, name, programme_type, status, created_at, updated_at) values ('P1', 'P', 'other', 'active', 't', 't')").run().lastInsertRowid;
    const partner = sqlite.prepare("insert into partners (name, organisation_type, created_at, updated_at) values ('Partner (fictional)', 'community_group', 't', 't')").run().lastInsertRowid;
    sqlite.prepare("insert into frameworks (code, title, owner, created_at) values ('F', 'F', 'council', 't')").run();

    await migrateTo(db, '0004_grants_ledger');
    expect(sqlite.prepare('select count(*) from frameworks').pluck().get()).toBe(1);

    const fund = sqlite
      .prepare("insert into funds (programme_id, code, name, source, allocation_pence, first_financial_year, last_financial_year, end_date, zero_transaction_cost, created_at, updated_at) values (?, 'F1', 'Fund', 'DWP', 120000000, '2025/26', '2026/27', '2027-03-31', 1, 't', 't')")
      .run(programme).lastInsertRowid;
    const insertAward = sqlite.prepare(
      "insert into awards (fund_id, partner_id, reference, title, purpose, amount_pence, award_date, planned_start, planned_end, route, route_justification, payment_basis, status, created_at, updated_at) values (?, ?, ?, 'T', 'P', 1000, '2025-05-01', '2025-05-01', '2026-03-31', ?, ?, 'arrears', 'active', 't', 't')",
    );
    const award = insertAward.run(fund, partner, 'F1-001', 'open_call', '').lastInsertRowid;
    expect(() => insertAward.run(fund, partner, 'F1-002', 'direct_award', '')).toThrow(/CHECK/);
    const instalment = sqlite.prepare("insert into instalments (award_id, sequence, due_date, amount_pence) values (?, 1, '2025-06-30', 1000)").run(award).lastInsertRowid;

    const entry = sqlite.prepare("insert into ledger_entries (entry_type, award_id, instalment_id, payment_id, gross_pence, fee_pence, net_pence, entry_date, actor_user_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, '2025-07-01', ?, 't')");
    const payment = entry.run('payment', award, instalment, null, 1000, 0, 1000, maker).lastInsertRowid;
    expect(() => entry.run('payment', award, instalment, null, 1000, 10, 990, maker)).toThrow(/zero-transaction-cost/);
    expect(() => entry.run('payment', award, instalment, null, 1000, 0, 900, maker)).toThrow(/CHECK/);
    expect(() => entry.run('release', award, instalment, payment, 0, 0, 0, checker)).toThrow(/after it has been approved/);
    expect(() => entry.run('approval', award, instalment, payment, 0, 0, 0, maker)).toThrow(/someone other than the person who recorded it/);
    entry.run('approval', award, instalment, payment, 0, 0, 0, checker);
    expect(() => entry.run('approval', award, instalment, payment, 0, 0, 0, checker)).toThrow(/UNIQUE/);
    entry.run('release', award, instalment, payment, 0, 0, 0, checker);
    expect(() => sqlite.prepare('update ledger_entries set gross_pence = 5').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from ledger_entries').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("update partner_due_diligence set notes = 'x'").run()).not.toThrow(); // no rows yet: the trigger fires per row
    sqlite.prepare("insert into partner_due_diligence (partner_id, checks_json, checked_by, checked_on, expires_on, recorded_at) values (?, '[]', 'x', '2025-01-01', '2026-01-01', 't')").run(partner);
    expect(() => sqlite.prepare("update partner_due_diligence set notes = 'x'").run()).toThrow(/append-only/);
    await db.destroy();
  });
});
