import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0009: observation withdrawals', () => {
  it('adds an append-only withdrawals table over existing observations, changing none of them', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0007_award_ledger_totals');
    const user = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ada', 'Ada', 'strategy_officer', 'x', 't', 't')").run().lastInsertRowid;
    sqlite.prepare("insert into areas (code, name, area_type, verified) values ('E08000010', 'Wigan', 'borough', 1)").run();
    const framework = sqlite.prepare("insert into frameworks (code, title, owner, created_at) values ('GMCA-IS', 'IS', 'gmca', 't')").run().lastInsertRowid;
    const identity = sqlite.prepare("insert into indicator_identities (framework_id, code) values (?, 'I1')").run(framework).lastInsertRowid;
    const observe = sqlite.prepare("insert into observations (identity_id, period, area_code, revision, value, status, recorded_at, recorded_by) values (?, ?, 'E08000010', ?, ?, 'final', ?, ?)");
    observe.run(identity, '2025/26 Q1', 1, 50, '2025-08-01T09:00:00.000Z', user);
    observe.run(identity, '2025/26 Q1', 2, 52, '2025-09-01T09:00:00.000Z', user);
    // Recorded before its period had ended (the tester's "2030/31 Q1"): kept as it is, to be withdrawn by an officer.
    const early = observe.run(identity, '2030/31 Q1', 1, 99, '2026-05-01T09:00:00.000Z', user).lastInsertRowid;
    const before = sqlite.prepare('select * from observations order by id').all();
    const observationObjects = () => sqlite.prepare("select type, name from sqlite_master where tbl_name = 'observations' and type in ('index', 'trigger') order by name").all();
    const objectsBefore = observationObjects();

    await migrateTo(db, '0009_observation_withdrawals');
    expect(sqlite.prepare('select * from observations order by id').all()).toEqual(before);
    expect(observationObjects()).toEqual(objectsBefore);
    expect(objectsBefore.map((o) => (o as { name: string }).name)).toEqual(expect.arrayContaining(['observations_no_update', 'observations_no_delete', 'observations_identity_area']));
    expect(sqlite.prepare('select count(*) from observation_withdrawals').pluck().get()).toBe(0);

    const withdraw = sqlite.prepare('insert into observation_withdrawals (observation_id, reason, withdrawn_at, withdrawn_by) values (?, ?, ?, ?)');
    withdraw.run(early, 'The period had not ended', '2026-12-03T10:00:00.000Z', user);
    expect(() => withdraw.run(early, 'Again', '2026-12-03T10:01:00.000Z', user)).toThrow(/UNIQUE/);
    expect(() => withdraw.run(9999, 'No such figure', '2026-12-03T10:01:00.000Z', user)).toThrow(/FOREIGN KEY/);
    expect(() => withdraw.run(1, '  ', '2026-12-03T10:01:00.000Z', user)).toThrow(/CHECK/);
    expect(() => sqlite.prepare("update observation_withdrawals set reason = 'changed'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from observation_withdrawals').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from observations where id = ?').run(early)).toThrow(/append-only/);
    expect(sqlite.prepare('select observation_id, reason from observation_withdrawals').all()).toEqual([{ observation_id: Number(early), reason: 'The period had not ended' }]);
    await db.destroy();
  });
});
