import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, exportScenario, parseCsv } from './scenario';

/**
 * Exports of every fund at once read awards by fund in SQL, not by a list of award ids: at
 * Greater Manchester scale (200,000 awards) a list of ids passed SQLite's limit on bound variables
 * and the export failed. 33,000 awards is past that limit (32,766).
 */
const EXTRA_AWARDS = 33_000;

let scenario: Awaited<ReturnType<typeof exportScenario>>;
beforeAll(async () => {
  scenario = await exportScenario();
  const { sqlite } = scenario.ws;
  const { fund_id: fundId, partner_id: partnerId } = sqlite.prepare('select fund_id, partner_id from awards order by id limit 1').get() as { fund_id: number; partner_id: number };
  sqlite
    .prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       insert into awards (fund_id, partner_id, reference, title, purpose, amount_pence, award_date, planned_start, planned_end, route, payment_basis, status, created_at, updated_at)
       select ?, ?, printf('BULK-%05d', i), 'Bulk award', 'Scale test', 1, '2025-05-01', '2025-05-01', '2026-03-31', 'open_call', 'arrears', 'active', '2025-05-01T09:00:00.000Z', '2025-05-01T09:00:00.000Z' from n`,
    )
    .run(EXTRA_AWARDS, fundId, partnerId);
}, 120_000);
afterAll(() => scenario.ws.close());

describe('exports of every fund at scale', () => {
  it('lists every award in the transparency file and every movement in the journal', async () => {
    const leader = await scenario.ws.as('leader');
    const transparency = parseCsv(decode(await leader.grants.exportTransparencyCode({ fundId: null })));
    const awards = Number(scenario.ws.sqlite.prepare('select count(*) from awards').pluck().get());
    expect(awards).toBeGreaterThan(EXTRA_AWARDS);
    expect(transparency.length - 1).toBe(awards);
    const journal = parseCsv(decode(await leader.grants.exportJournal({ fundId: null })));
    const movements = Number(scenario.ws.sqlite.prepare("select count(*) from ledger_entries where entry_type in ('release', 'reversal', 'clawback')").pluck().get());
    expect(journal.length - 1).toBe(movements);
    expect(movements).toBeGreaterThan(0);
  }, 120_000);
});
