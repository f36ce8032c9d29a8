import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { rawDatabase } from '../../helpers/raw-db';

const THIS = '0015_partner_latest_check_index';
const names = Object.keys(migrations);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;

/** The latest-check lookup the partners list runs per partner (core/partners/read.ts latestExpiry). */
const LATEST = `select d.expires_on from partner_due_diligence d where d.partner_id = ? order by d.checked_on desc, d.id desc limit 1`;

describe('migration 0015: an index for a partner’s latest due-diligence check', () => {
  it('answers the latest check with one index seek, without sorting, and keeps the same answers', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, PREVIOUS);
    const now = '2025-01-01T00:00:00.000Z';
    const partner = Number(sqlite.prepare("insert into partners (name, organisation_type, created_at, updated_at) values ('Index Test Partner (fictional)', 'community_group', ?, ?)").run(now, now).lastInsertRowid);
    const check = sqlite.prepare("insert into partner_due_diligence (partner_id, checks_json, checked_by, checked_on, expires_on, recorded_at) values (?, '[]', 'officer', ?, ?, ?)");
    check.run(partner, '2024-01-10', '2025-01-10', now);
    check.run(partner, '2025-02-01', '2026-02-01', now);
    check.run(partner, '2025-02-01', '2026-03-01', now); // same day, recorded later: this one wins
    check.run(partner, '2023-06-01', '2024-06-01', now);
    const plan = () => (sqlite.prepare(`explain query plan ${LATEST}`).all(partner) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    const before = sqlite.prepare(LATEST).pluck().get(partner);
    expect(plan()).toMatch(/TEMP B-TREE/);

    await migrateTo(db, THIS);
    expect(plan()).toMatch(/USING COVERING INDEX partner_due_diligence_latest/);
    expect(plan()).not.toMatch(/TEMP B-TREE/);
    expect(sqlite.prepare(LATEST).pluck().get(partner)).toBe(before);
    expect(before).toBe('2026-03-01');
  });
});
