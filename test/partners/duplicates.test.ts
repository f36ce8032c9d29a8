import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { partnerInput, refusal, snapshot } from './partner-input';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());

describe('duplicate partners', () => {
  it('refuses a second partner with the same org id, on the orgId field, writing nothing', async () => {
    const finance = await ws.as('finance_officer');
    await finance.partners.create(partnerInput());
    const before = snapshot(ws);
    const typed = await refusal(finance.partners.create(partnerInput({ name: 'Another Kitchen', orgId: 'gb-chc-1090095' })));
    expect(typed.code).toBe('BAD_REQUEST');
    expect(typed.fieldErrors).toEqual({ orgId: ['GB-CHC-1090095 already belongs to Pennine Fold Community Kitchen: each organisation is in the register once'] });
    const derived = await refusal(finance.partners.create(partnerInput({ name: 'Another Kitchen' })));
    expect(derived.fieldErrors).toEqual({ orgId: [expect.stringMatching(/^GB-CHC-1090095 already belongs to/)] });
    expect(snapshot(ws)).toEqual(before);
  });

  it('names an archived holder of the org id and suggests restoring it', async () => {
    const finance = await ws.as('finance_officer');
    const { partner } = await finance.partners.create(partnerInput());
    await finance.partners.archive({ id: partner.id });
    const clash = await refusal(finance.partners.create(partnerInput({ name: 'Kitchen Again' })));
    expect(clash.fieldErrors?.orgId?.[0]).toMatch(/archived: restore it/);
  });

  it('refuses changing a partner onto another partner’s org id, but not keeping its own', async () => {
    const finance = await ws.as('finance_officer');
    await finance.partners.create(partnerInput());
    const { partner } = await finance.partners.create(partnerInput({ name: 'Tannerfold Youth Arts', charityNumber: '1090096' }));
    expect((await finance.partners.update({ ...partnerInput({ name: 'Tannerfold Youth Arts', charityNumber: '1090096' }), id: partner.id })).partner.orgId).toBe('GB-CHC-1090096');
    const before = snapshot(ws);
    const clash = await refusal(finance.partners.update({ ...partnerInput({ name: 'Tannerfold Youth Arts' }), id: partner.id }));
    expect(Object.keys(clash.fieldErrors ?? {})).toEqual(['orgId']);
    expect(snapshot(ws)).toEqual(before);
  });

  it('warns about a near-identical name, saves anyway, and the form can ask before saving', async () => {
    const strategy = await ws.as('strategy_officer');
    const first = (await strategy.partners.create(partnerInput({ name: 'Pennine Fold Community Kitchen' }))).partner;
    const { partner, warnings } = await strategy.partners.create(partnerInput({ name: 'Pennine Fold Community Kitchen Ltd', charityNumber: '1090096' }));
    expect(partner.id).not.toBe(first.id);
    expect(warnings).toEqual([
      {
        field: 'name',
        partnerId: first.id,
        partnerName: 'Pennine Fold Community Kitchen',
        archived: false,
        message: 'Pennine Fold Community Kitchen (GB-CHC-1090095) has a near-identical name: check this is not the same organisation',
      },
    ]);
    const ask = await strategy.partners.checkDuplicates({ name: 'the pennine fold community kitchen', orgId: null });
    expect(ask.errors).toEqual({});
    expect(ask.warnings.map((w) => w.partnerId).sort()).toEqual([first.id, partner.id].sort());
    const editing = await strategy.partners.checkDuplicates({ name: 'Pennine Fold Community Kitchen', orgId: 'GB-CHC-1090095', excludeId: first.id });
    expect(editing).toEqual({ orgId: 'GB-CHC-1090095', errors: {}, warnings: [expect.objectContaining({ partnerId: partner.id })], moreWarnings: 0 });
    expect(await strategy.partners.checkDuplicates({ name: 'Wetherspring Money Advice', orgId: null })).toEqual({ orgId: null, errors: {}, warnings: [], moreWarnings: 0 });
  });

  it('lists the first 20 near-identical names in name order and counts the rest, however many there are', async () => {
    const now = new Date().toISOString();
    const insert = ws.sqlite.prepare("insert into partners (name, organisation_type, created_at, updated_at) values (?, 'community_group', ?, ?)");
    for (let i = 0; i < 35; i++) insert.run(`Wigan Community Pantry ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'a' : ''}`, now, now);
    const all = ws.sqlite.prepare('select count(*) from partners').pluck().get() as number;
    const report = await (await ws.as('leader')).partners.checkDuplicates({ name: 'Wigan Community Pantry', orgId: null });
    expect(report.warnings).toHaveLength(20);
    expect(report.warnings.length + report.moreWarnings).toBeGreaterThan(20);
    expect(report.warnings.length + report.moreWarnings).toBeLessThanOrEqual(all);
    const names = report.warnings.map((w) => w.partnerName);
    expect(names).toEqual([...names].sort());
  });

  it('reports a taken or malformed org id from checkDuplicates without saving anything', async () => {
    const leader = await ws.as('leader');
    await (await ws.as('finance_officer')).partners.create(partnerInput());
    const before = snapshot(ws);
    const taken = await leader.partners.checkDuplicates({ name: 'Someone Else', orgId: 'GB-CHC-1090095' });
    expect(taken.errors.orgId).toEqual([expect.stringMatching(/already belongs to Pennine Fold Community Kitchen/)]);
    const malformed = await leader.partners.checkDuplicates({ name: '', orgId: 'GB-COH-1234567' });
    expect(malformed).toEqual({ orgId: null, errors: { orgId: [expect.stringMatching(/exactly 8 characters: keep the leading zeros/)] }, warnings: [], moreWarnings: 0 });
    expect(snapshot(ws)).toEqual(before);
  });

  it('refuses org ids and numbers that disagree, with a field error each', async () => {
    const finance = await ws.as('finance_officer');
    const before = snapshot(ws);
    expect((await refusal(finance.partners.create(partnerInput({ orgId: 'GB-CHC-1090095', charityNumber: '1090096' })))).fieldErrors).toEqual({
      charityNumber: ['The org id GB-CHC-1090095 is charity number 1090095, not 1090096'],
    });
    expect((await refusal(finance.partners.create(partnerInput({ orgId: 'GB-COH-1234567' })))).fieldErrors?.orgId?.[0]).toMatch(/leading zeros/);
    expect((await refusal(finance.partners.create(partnerInput({ orgId: 'GB-CHC-12345', charityNumber: null })))).fieldErrors).toEqual({
      orgId: ['Charity numbers in England and Wales have 6 or 7 digits, like 1090095'],
    });
    expect((await refusal(finance.partners.create(partnerInput({ orgId: '360G-wigan-9' })))).fieldErrors?.orgId?.[0]).toMatch(/use GB-CHC-1090095/);
    expect(snapshot(ws)).toEqual(before);
  });
});
