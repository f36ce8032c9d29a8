import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0010: sign-in protection', () => {
  it('adds the throttle table and the forced-change flag, and refuses admin ↔ finance role moves', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0007_award_ledger_totals');
    const insert = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values (?, ?, ?, 'x', 't', 't')");
    const ada = insert.run('ada', 'Ada', 'admin').lastInsertRowid;
    const fin = insert.run('fin', 'Fin', 'finance_officer').lastInsertRowid;
    const lee = insert.run('lee', 'Lee', 'leader').lastInsertRowid;

    await migrateTo(db, '0010_sign_in_protection');
    // Existing users keep their passphrases: nobody is forced to change by the upgrade.
    expect(sqlite.prepare('select username, must_change_passphrase from users order by id').all()).toEqual([
      { username: 'ada', must_change_passphrase: 0 },
      { username: 'fin', must_change_passphrase: 0 },
      { username: 'lee', must_change_passphrase: 0 },
    ]);
    expect(() => sqlite.prepare('update users set must_change_passphrase = 2 where id = ?').run(lee)).toThrow(/CHECK constraint failed/);

    const role = sqlite.prepare('update users set role = ? where id = ?');
    expect(() => role.run('finance_approver', ada)).toThrow(/administrator cannot also hold a finance role/);
    expect(() => role.run('finance_officer', ada)).toThrow(/use a separate account/);
    expect(() => role.run('admin', fin)).toThrow(/administrator cannot also hold a finance role/);
    role.run('finance_approver', fin); // officer ↔ approver is the service's business (waiting entries), not the trigger's
    role.run('admin', lee);
    role.run('strategy_officer', ada);
    expect(sqlite.prepare('select role from users order by id').pluck().all()).toEqual(['strategy_officer', 'finance_approver', 'admin']);

    const throttle = sqlite.prepare('insert into sign_in_throttle (scope, key, failures, first_failure_at, last_failure_at, locked_until) values (?, ?, ?, ?, ?, ?)');
    throttle.run('username', 'ada', 3, 't1', 't2', null);
    throttle.run('address', '127.0.0.1', 10, 't1', 't2', 't3');
    expect(() => throttle.run('username', 'ada', 1, 't', 't', null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => throttle.run('cookie', 'x', 1, 't', 't', null)).toThrow(/CHECK constraint failed/);
    expect(() => throttle.run('username', '', 1, 't', 't', null)).toThrow(/CHECK constraint failed/);
    expect(() => throttle.run('username', 'bob', -1, 't', 't', null)).toThrow(/CHECK constraint failed/);
    await db.destroy();
  });
});
