import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0002: geography, partners and the programme register', () => {
  it('applies over 0001 holding data, keeps that data, and enforces money and date rules', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0001_identity_and_audit');
    sqlite
      .prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ada', 'Ada', 'admin', 'x', 't', 't')")
      .run();
    sqlite
      .prepare("insert into audit_log (at, channel, request_id, action, entity_type, prev_hash, hash) values ('t', 'system', 'r', 'a', 'e', 'p', 'h')")
      .run();

    await migrateTo(db, '0002_geography_partners_programmes');
    expect(sqlite.prepare('select username from users').pluck().all()).toEqual(['ada']);
    expect(sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(1);

    sqlite.prepare("insert into areas (code, name, area_type, verified) values ('E08000010', 'Wigan', 'borough', 1)").run();
    sqlite.prepare("insert into areas (code, name, area_type, parent_code, verified) values ('E05014989', 'Abram', 'ward', 'E08000010', 1)").run();
    const insertProgramme = sqlite.prepare(
      "insert into programmes (code, name, programme_type, status, start_date, end_date, created_at, updated_at) values (?, 'P', 'other', 'active', ?, ?, 't', 't')",
    );
    const programmeId = insertProgramme.run('P1', '2025-04-01', '2026-03-31').lastInsertRowid;
    expect(() => insertProgramme.run('P2', '2026-04-01', '2025-04-01')).toThrow(/CHECK constraint failed/);
    expect(() => insertProgramme.run('P3', '2026-02-31', null)).toThrow(/CHECK constraint failed/);
    expect(() => insertProgramme.run('p1', null, null)).toThrow(/UNIQUE/);

    const insertLine = sqlite.prepare(
      "insert into programme_funding_lines (programme_id, position, source, pillar_code, financial_year, spend_type, amount_pence, certainty) values (?, 0, ?, ?, '2025/26', 'revenue', ?, 'confirmed')",
    );
    insertLine.run(programmeId, 'dwp', null, 120_000_000);
    expect(() => insertLine.run(programmeId, 'dwp', null, 1.5)).toThrow(/cannot store REAL value in INTEGER column/);
    expect(() => insertLine.run(programmeId, 'dwp', null, -1)).toThrow(/CHECK constraint failed/);
    expect(() => insertLine.run(programmeId, 'is_pillar', null, 1)).toThrow(/CHECK constraint failed/);
    expect(() => insertLine.run(999, 'dwp', null, 1)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare("insert into programme_areas (programme_id, area_code) values (?, 'E05999999')").run(programmeId)).toThrow(/FOREIGN KEY/);
    await db.destroy();
  });
});
