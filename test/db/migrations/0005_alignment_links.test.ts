import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { rawDatabase } from '../../helpers/raw-db';

describe('migration 0005: alignment links', () => {
  it('applies over 0004 holding data, keeps it, and shapes links, acknowledgements and balance targets', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, '0004_grants_ledger');
    const user = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values ('strategy', 'S', 'strategy_officer', 'x', 't', 't')").run().lastInsertRowid;
    const programme = sqlite.prepare("insert into programmes (code, name, programme_type, status, created_at, updated_at) values ('P1', 'P', 'other', 'active', 't', 't')").run().lastInsertRowid;
    const framework = sqlite.prepare("insert into frameworks (code, title, owner, created_at) values ('WGN-PWU', 'PWU', 'council', 't')").run().lastInsertRowid;
    const identity = sqlite.prepare("insert into indicator_identities (framework_id, code) values (?, 'PWU-01')").run(framework).lastInsertRowid;

    await migrateTo(db, '0005_alignment_links');
    expect(sqlite.prepare('select code from programmes').pluck().all()).toEqual(['P1']);

    const link = sqlite.prepare(
      "insert into alignment_links (programme_id, from_indicator_id, target_type, target_framework_code, target_code, strength, relation, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 't')",
    );
    link.run(programme, null, 'mission', 'WGN-PWU', 'M1', 'primary', null, user);
    expect(() => link.run(programme, null, 'mission', 'WGN-PWU', 'M1', 'secondary', null, user)).toThrow(/UNIQUE/);
    expect(() => link.run(programme, null, 'outcome', 'GMCA-IS', 'O-1', null, null, user)).toThrow(/CHECK/);
    expect(() => link.run(programme, identity, 'indicator', 'GMCA-IS', 'IS-1', 'primary', 'proxy', user)).toThrow(/CHECK/);
    link.run(null, identity, 'indicator', 'GMCA-IS', 'IS-ES-01', null, 'proxy', user);
    expect(() => link.run(null, identity, 'outcome', 'GMCA-IS', 'O-1', null, 'proxy', user)).toThrow(/CHECK/);
    sqlite.prepare("update alignment_links set removed_at = 't2', removed_by = ? where target_code = 'M1'").run(user);
    link.run(programme, null, 'mission', 'WGN-PWU', 'M1', 'secondary', null, user); // a removed link can be made again

    const ack = sqlite.prepare("insert into finding_acknowledgements (finding_key, fingerprint, reason, acknowledged_by, acknowledged_at) values ('k', 'f', ?, ?, 't')");
    expect(() => ack.run('  ', user)).toThrow(/CHECK/);
    ack.run('Known gap; funding confirmed next quarter', user);
    const target = sqlite.prepare("insert into balance_targets (dimension, code, target_share, set_at) values (?, ?, ?, 't')");
    target.run('mission', 'M1', 0.6);
    expect(() => target.run('mission', 'M2', 1.5)).toThrow(/CHECK/);
    expect(() => target.run('mission', 'M1', 0.5)).toThrow(/UNIQUE/);
    await db.destroy();
  });
});
