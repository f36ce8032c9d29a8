import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../core/grants/invariants';
import { migrateTo } from '../../../db/migrate';
import { migrations } from '../../../db/migrations';
import { rawDatabase } from '../../helpers/raw-db';
import { rawProgrammeAndPartner } from '../../helpers/raw-grants';

const THIS = '0011_award_date_rules';
const names = Object.keys(migrations);
const PREVIOUS = names[names.indexOf(THIS) - 1]!;

const DATE_RULES = ['fund_end_within_years', 'award_within_fund', 'instalment_within_award'];
const FUND = "insert into funds (programme_id, code, name, source, allocation_pence, first_financial_year, last_financial_year, end_date, zero_transaction_cost, created_at, updated_at) values (?, ?, 'Fund', 'DWP', 120000000, ?, ?, ?, 0, 't', 't')";
const AWARD =
  "insert into awards (fund_id, partner_id, reference, title, purpose, amount_pence, award_date, planned_start, planned_end, route, payment_basis, status, created_at, updated_at) values (?, ?, ?, 'T', 'P', 10000, ?, ?, ?, 'open_call', 'arrears', 'active', 't', 't')";
const INSTALMENT = 'insert into instalments (award_id, sequence, due_date, amount_pence) values (?, ?, ?, 10000)';

async function withOldData() {
  const { sqlite, db } = rawDatabase();
  await migrateTo(db, PREVIOUS);
  const { programme, partner } = rawProgrammeAndPartner(sqlite);
  const fund = (code: string, first: string, last: string, end: string) => sqlite.prepare(FUND).run(programme, code, first, last, end).lastInsertRowid;
  const award = (fundId: number | bigint, reference: string, awardDate: string, start: string, end: string) => sqlite.prepare(AWARD).run(fundId, partner, reference, awardDate, start, end).lastInsertRowid;
  const instalment = (awardId: number | bigint, sequence: number, due: string) => sqlite.prepare(INSTALMENT).run(awardId, sequence, due).lastInsertRowid;
  return { sqlite, db, fund, award, instalment };
}

describe('migration 0011: award, fund and instalment dates', () => {
  it('keeps older rows that break the date rules, and the invariant checker reports each of them', async () => {
    const { sqlite, db, fund, award, instalment } = await withOldData();
    // The same breaches, written before the rules existed.
    const f1 = fund('FUND1', '2024/25', '2025/26', '2026-03-31');
    const early = award(f1, 'W-123', '2024-03-01', '2024-04-01', '2025-03-31');
    instalment(early, 1, '2024-06-30');
    const late = award(f1, 'W-124', '2024-05-01', '2024-03-15', '2026-06-30');
    instalment(late, 1, '2026-06-30');
    const fine = award(f1, 'W-125', '2024-05-01', '2024-05-01', '2025-03-31');
    instalment(fine, 1, '2025-04-30');
    const f2 = fund('FUND2', '2025/26', '2025/26', '2026-06-30'); // end date after its last financial year
    const capped = award(f2, 'W-200', '2025-05-01', '2025-05-01', '2026-05-31'); // inside the end date, not the years
    instalment(capped, 1, '2025-12-31');
    const before = sqlite.prepare('select count(*) from funds').pluck().get() as number;

    await migrateTo(db, THIS);

    expect(sqlite.prepare('select (select count(*) from funds) f, (select count(*) from awards) a, (select count(*) from instalments) i').get()).toEqual({ f: before, a: 4, i: 4 });
    const reported = (await checkInvariants(db)).filter((v) => DATE_RULES.includes(v.rule));
    expect(reported.map((v) => v.message)).toEqual([
      'Award W-123 is dated 2024-03-01, before its fund FUND1 starts (2024-04-01)',
      'Award W-124 is planned to start on 2024-03-15, before its fund FUND1 starts (2024-04-01)',
      'Award W-124 is planned to end on 2026-06-30, after its fund FUND1 ends (2026-03-31)',
      'Fund FUND2 ends on 2026-06-30, outside its financial years 2025/26 to 2025/26 (2025-04-01 to 2026-03-31)',
      'Award W-200 is planned to end on 2026-05-31, after its fund FUND2 ends (2026-03-31)',
      'Instalment 1 of award W-125 is due on 2025-04-30, outside its planned period (2024-05-01 to 2025-03-31)',
    ]);
    expect(reported.find((v) => v.message.startsWith('Award W-123'))).toMatchObject({ rule: 'award_within_fund', fundId: Number(f1), awardId: Number(early) });
    // Scoped checks (as a write runs them) see only their own award's breaches.
    // (Today's checker also compares the stage totals migration 0012 added; this schema predates them.)
    const scoped = async (options?: { dateRules: boolean }) => (await checkInvariants(db, { fundId: Number(f1), awardId: Number(fine) }, options)).filter((v) => v.rule !== 'ledger_totals_match');
    expect((await scoped()).map((v) => v.rule)).toEqual(['instalment_within_award']);
    expect(await scoped({ dateRules: false })).toEqual([]);
    // An old row can still have its other columns changed.
    sqlite.prepare("update awards set status = 'completed' where id = ?").run(early);
    expect(sqlite.prepare('select status from awards where id = ?').pluck().get(early)).toBe('completed');
    await db.destroy();
  });

  it('refuses new rows that break the rules straight in the database, on insert and on update', async () => {
    const { sqlite, db, fund, award, instalment } = await withOldData();
    await migrateTo(db, THIS);
    const fundMessage = /A fund's end date must lie within its financial years/;
    const awardMessage = /An award's date and planned period must lie within its fund's period/;
    const instalmentMessage = /An instalment must fall due within its award's planned period/;

    expect(() => fund('BAD1', '2025/26', '2026/27', '2027-04-01')).toThrow(fundMessage);
    expect(() => fund('BAD2', '2025/26', '2026/27', '2025-03-31')).toThrow(fundMessage);
    const f = fund('F1', '2025/26', '2026/27', '2026-12-31'); // ends before its last financial year does
    expect(() => award(f, 'A-1', '2025-03-31', '2025-04-01', '2025-09-30')).toThrow(awardMessage);
    expect(() => award(f, 'A-2', '2027-01-01', '2025-04-01', '2025-09-30')).toThrow(awardMessage);
    expect(() => award(f, 'A-3', '2025-04-01', '2025-03-31', '2025-09-30')).toThrow(awardMessage);
    expect(() => award(f, 'A-4', '2025-04-01', '2025-04-01', '2027-01-01')).toThrow(awardMessage);
    const a = award(f, 'A-5', '2025-04-01', '2025-04-01', '2026-12-31'); // the fund's first and last days
    expect(() => instalment(a, 1, '2025-03-31')).toThrow(instalmentMessage);
    expect(() => instalment(a, 1, '2027-01-01')).toThrow(instalmentMessage);
    instalment(a, 1, '2025-04-01');
    const last = instalment(a, 2, '2026-12-31');
    expect(sqlite.prepare('select count(*) from awards').pluck().get()).toBe(1);

    expect(() => sqlite.prepare("update funds set end_date = '2027-04-01' where id = ?").run(f)).toThrow(fundMessage);
    expect(() => sqlite.prepare("update funds set end_date = '2026-06-30' where id = ?").run(f)).toThrow(awardMessage); // would leave A-5 outside
    expect(() => sqlite.prepare("update awards set award_date = '2025-03-01' where id = ?").run(a)).toThrow(awardMessage);
    expect(() => sqlite.prepare("update awards set planned_end = '2026-09-30' where id = ?").run(a)).toThrow(instalmentMessage); // would leave instalment 2 outside
    expect(() => sqlite.prepare("update instalments set due_date = '2027-01-01' where id = ?").run(last)).toThrow(instalmentMessage);
    expect(sqlite.prepare('select end_date from funds where id = ?').pluck().get(f)).toBe('2026-12-31');
    expect(sqlite.prepare('select award_date, planned_end from awards where id = ?').get(a)).toEqual({ award_date: '2025-04-01', planned_end: '2026-12-31' });
    expect((await checkInvariants(db)).filter((v) => DATE_RULES.includes(v.rule))).toEqual([]);
    await db.destroy();
  });
});
