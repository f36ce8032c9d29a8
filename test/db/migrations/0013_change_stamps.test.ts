import { describe, expect, it } from 'vitest';
import { migrateTo } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { STAMPED_TABLES } from '../../../db/migrations/0013_change_stamps';
import { rawDatabase } from '../../helpers/raw-db';
import { rawGrantsRows } from '../../helpers/raw-grants';

const THIS = '0013_change_stamps';
const names = Object.keys(migrations);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;

describe('migration 0013: change stamps', () => {
  it('gives every table the alignment check reads a stamp that each change replaces, and leaves other writes alone', async () => {
    const { sqlite, db } = rawDatabase();
    await migrateTo(db, PREVIOUS);
    const { maker, award, instalment, programme } = rawGrantsRows(sqlite);

    await migrateTo(db, THIS);
    const stamps = () => new Map((sqlite.prepare('select table_name, stamp from change_stamps').all() as Array<{ table_name: string; stamp: number | bigint }>).map((r) => [r.table_name, String(r.stamp)]));
    const first = stamps();
    expect([...first.keys()].sort()).toEqual([...STAMPED_TABLES].sort());
    expect(sqlite.prepare('select count(*) from sqlite_master where type = ? and name like ?').pluck().get('trigger', '%_stamp_on_%')).toBe(STAMPED_TABLES.length * 3);

    /** The tables whose stamp a statement changed. */
    const changedBy = (statement: string, ...params: unknown[]) => {
      const before = stamps();
      sqlite.prepare(statement).run(...params);
      const after = stamps();
      return [...after].filter(([table, stamp]) => before.get(table) !== stamp).map(([table]) => table).sort();
    };

    expect(changedBy("update programmes set name = 'Renamed' where id = ?", programme)).toEqual(['programmes']);
    expect(changedBy("insert into programme_funding_lines (programme_id, position, source, financial_year, spend_type, amount_pence, certainty) values (?, 0, 'council', '2025/26', 'revenue', 100, 'confirmed')", programme)).toEqual(['programme_funding_lines']);
    expect(changedBy('delete from programme_funding_lines where programme_id = ?', programme)).toEqual(['programme_funding_lines']);
    // A payment: the ledger trigger keeps award_ledger_totals, whose stamp moves with it.
    expect(
      changedBy(
        "insert into ledger_entries (entry_type, award_id, instalment_id, gross_pence, net_pence, entry_date, actor_user_id, recorded_at) values ('payment', ?, ?, 5000, 5000, '2025-06-30', ?, 't')",
        award,
        instalment,
        maker,
      ),
    ).toEqual(['award_ledger_totals']);

    // Writes the check never reads leave every stamp as it was.
    expect(changedBy("update users set display_name = 'Someone' where id = ?", maker)).toEqual([]);
    expect(changedBy("insert into finding_acknowledgements (finding_key, fingerprint, reason, acknowledged_by, acknowledged_at) values ('k', 'f', 'r', ?, 't')", maker)).toEqual([]);
    expect(changedBy("insert into sessions (token_hash, user_id, channel, created_at, expires_at) values ('h', ?, 'http', 't', 't')", maker)).toEqual([]);

    // A change rolled back leaves the stamp as it was.
    const before = stamps();
    expect(() => sqlite.transaction(() => {
      sqlite.prepare("update programmes set name = 'Again' where id = ?").run(programme);
      throw new Error('abandon');
    })()).toThrow('abandon');
    expect(stamps()).toEqual(before);
    await db.destroy();
  });
});
