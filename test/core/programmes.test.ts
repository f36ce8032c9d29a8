import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programmeInput } from '../helpers/programme-input';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { refusal } from '../helpers/refusal';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());

async function snapshot() {
  const tables = ['programmes', 'programme_funding_lines', 'programme_milestones', 'programme_areas', 'audit_log'];
  return Object.fromEntries(tables.map((t) => [t, ws.sqlite.prepare(`select * from ${t} order by 1, 2`).all()]));
}


describe('programme register', () => {
  it('creates a programme with funding, milestones and wards, audited in the same transaction', async () => {
    const strategy = await ws.as('strategy_officer');
    const created = await strategy.programmes.create(programmeInput());
    expect(created).toMatchObject({ code: 'TST-001', revision: 1, boroughCode: 'E08000010' });
    expect(created.fundingLines[0]!.amountPence).toBe(120_000_000);
    expect(created.wards.map((w) => w.code).sort()).toEqual(['E05014989', 'E05015013']);
    const history = await strategy.programmes.history({ id: created.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'programme.create', actorUsername: 'strategy-officer', actorRole: 'strategy_officer', channel: 'http' });
  });

  it('lists, filters, searches and sorts the register with funding totals', async () => {
    const strategy = await ws.as('strategy_officer');
    await strategy.programmes.create(programmeInput({ code: 'A-1', name: 'Northfold growth location', type: 'growth_location', wardCodes: ['E05014998'] }));
    await strategy.programmes.create(programmeInput({ code: 'B-2', name: 'Live Well Trailblazer', status: 'proposed' }));
    await strategy.programmes.create(programmeInput({ code: 'C-3', name: 'Town of Culture bid', fundingLines: [], wardCodes: [] }));
    const leader = await ws.as('leader');
    const all = await leader.programmes.list({});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.name)).toEqual(['Live Well Trailblazer', 'Northfold growth location', 'Town of Culture bid']);
    expect((await leader.programmes.list({ search: 'northFOLD' })).rows.map((r) => r.code)).toEqual(['A-1']);
    expect((await leader.programmes.list({ search: '100%' })).total).toBe(0);
    expect((await leader.programmes.list({ statuses: ['proposed'] })).rows.map((r) => r.code)).toEqual(['B-2']);
    expect((await leader.programmes.list({ types: ['growth_location'] })).rows.map((r) => r.code)).toEqual(['A-1']);
    expect((await leader.programmes.list({ wardCode: 'E05014998' })).rows.map((r) => r.code)).toEqual(['A-1']);
    const byTotal = await leader.programmes.list({ sortBy: 'totalPence', sortDirection: 'asc' });
    expect(byTotal.rows[0]).toMatchObject({ code: 'C-3', totalPence: 0 });
    const paged = await leader.programmes.list({ pageSize: 2, page: 2 });
    expect(paged.rows).toHaveLength(1);
  });

  it('edits with optimistic concurrency and keeps before and after in the audit log', async () => {
    const strategy = await ws.as('strategy_officer');
    const created = await strategy.programmes.create(programmeInput());
    const updated = await strategy.programmes.update({ ...programmeInput({ name: 'Renamed' }), id: created.id, revision: 1 });
    expect(updated).toMatchObject({ name: 'Renamed', revision: 2 });
    const stale = await refusal(strategy.programmes.update({ ...programmeInput({ name: 'Stale' }), id: created.id, revision: 1 }));
    expect(stale.code).toBe('CONFLICT');
    const history = await strategy.programmes.history({ id: created.id });
    expect(history[0]).toMatchObject({ action: 'programme.update', before: { name: 'Test programme' }, after: { name: 'Renamed' } });
  });

  it('archives instead of deleting, hides archived rows by default, and restores them', async () => {
    const strategy = await ws.as('strategy_officer');
    const created = await strategy.programmes.create(programmeInput());
    const archived = await strategy.programmes.archive({ id: created.id, reason: 'Duplicate entry' });
    expect(archived.archiveReason).toBe('Duplicate entry');
    expect((await strategy.programmes.list({})).total).toBe(0);
    expect((await strategy.programmes.list({ includeArchived: true })).rows[0]).toMatchObject({ archived: true });
    expect((await refusal(strategy.programmes.update({ ...programmeInput(), id: created.id, revision: archived.revision }))).message).toMatch(/Restore/);
    await strategy.programmes.restore({ id: created.id });
    expect((await strategy.programmes.list({})).total).toBe(1);
  });
});

describe('invalid programme input is refused with field messages and changes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an empty name', { name: '   ' }, 'name'],
    ['an end before the start', { startDate: '2026-04-01', endDate: '2025-04-01' }, 'endDate'],
    ['a date that does not exist', { startDate: '2026-02-31' }, 'startDate'],
    ['negative pence', { fundingLines: [{ source: 'dwp', pillarCode: null, financialYear: '2025/26', spendType: 'revenue', amountPence: -1, certainty: 'planned', note: '' }] }, 'fundingLines.0.amountPence'],
    ['fractional pence', { fundingLines: [{ source: 'dwp', pillarCode: null, financialYear: '2025/26', spendType: 'revenue', amountPence: 10.5, certainty: 'planned', note: '' }] }, 'fundingLines.0.amountPence'],
    ['a pillar line without its pillar', { fundingLines: [{ source: 'is_pillar', pillarCode: null, financialYear: '2025/26', spendType: 'revenue', amountPence: 1, certainty: 'planned', note: '' }] }, 'fundingLines.0.pillarCode'],
    ['a financial year that is not consecutive', { fundingLines: [{ source: 'dwp', pillarCode: null, financialYear: '2025/27', spendType: 'revenue', amountPence: 1, certainty: 'planned', note: '' }] }, 'fundingLines.0.financialYear'],
    ['an unknown ward code', { wardCodes: ['E05999999'] }, 'wardCodes'],
    ['a 10 MB string', { summary: 'x'.repeat(10 * 1024 * 1024) }, 'summary'],
    ['extra keys', { sneaky: true }, '_form'],
    ['an unknown partner', { partners: [{ partnerId: 4242, role: 'Delivery' }] }, 'partners.0.partnerId'],
  ];

  it.each(cases)('%s', async (_label, overrides, field) => {
    const strategy = await ws.as('strategy_officer');
    const before = await snapshot();
    const error = await refusal(strategy.programmes.create(programmeInput(overrides)));
    expect(error.code).toBe('BAD_REQUEST');
    const shape = (await import('../../core/trpc/error-shape')).fieldErrorsOf(error);
    expect(shape?.[field]?.[0]).toEqual(expect.any(String));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a duplicate code on the code field', async () => {
    const strategy = await ws.as('strategy_officer');
    await strategy.programmes.create(programmeInput());
    const before = await snapshot();
    const error = await refusal(strategy.programmes.create(programmeInput({ name: 'Other' })));
    expect((await import('../../core/trpc/error-shape')).fieldErrorsOf(error)).toEqual({ code: ['Another programme already uses the code TST-001'] });
    expect(await snapshot()).toEqual(before);
  });
});
