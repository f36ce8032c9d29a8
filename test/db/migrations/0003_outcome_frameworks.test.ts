import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0003: outcome frameworks', () => {
  it('applies over 0002 holding data, keeps it, and makes observations append-only', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0002_geography_partners_programmes');
    sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('ada', 'Ada', 'admin', 'x', 't', 't')").run();
    sqlite.prepare("insert into areas (code, name, area_type, verified) values ('E08000010', 'Wigan', 'borough', 1)").run();
    sqlite.prepare("insert into programmes (code, name, programme_type, status, created_at, updated_at) values ('P1', 'P', 'other', 'active', 't', 't')").run();

    await migrateTo(db, '0003_outcome_frameworks');
    expect(sqlite.prepare('select code from programmes').pluck().all()).toEqual(['P1']);

    const framework = sqlite.prepare("insert into frameworks (code, title, owner, created_at) values ('GMCA-IS', 'IS', 'gmca', 't')").run().lastInsertRowid;
    const version = sqlite.prepare("insert into framework_versions (framework_id, label, status, from_financial_year, created_at) values (?, 'v1', 'published', '2025/26', 't')").run(framework).lastInsertRowid;
    const identity = sqlite.prepare("insert into indicator_identities (framework_id, code) values (?, 'I1')").run(framework).lastInsertRowid;
    const insertIndicator = sqlite.prepare("insert into indicators (identity_id, version_id, title, kind, unit, polarity, frequency, geography_level) values (?, ?, 'T', ?, 'count', 'higher_is_better', 'quarterly', 'borough')");
    insertIndicator.run(identity, version, 'accountable');
    expect(() => insertIndicator.run(identity, version, 'accountable')).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("insert into framework_versions (framework_id, label, status, from_financial_year, created_at) values (?, 'v2', 'live', '2025/26', 't')").run(framework)).toThrow(/CHECK/);

    const observe = sqlite.prepare("insert into observations (identity_id, period, area_code, revision, value, status, recorded_at) values (?, '2025/26 Q1', ?, ?, 1.5, 'final', 't')");
    observe.run(identity, 'E08000010', 1);
    observe.run(identity, 'E08000010', 2);
    expect(() => observe.run(identity, 'E08000010', 2)).toThrow(/UNIQUE/);
    expect(() => observe.run(identity, 'E05999999', 1)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare('update observations set value = 2').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from observations').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("insert into framework_funding_lines (version_id, element_id, fund, financial_year, spend_type, amount_pence) values (?, 1, 'F', '2025/26', 'revenue', -5)").run(version)).toThrow(/CHECK|FOREIGN KEY/);
    await db.destroy();
  });
});
