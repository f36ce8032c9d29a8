import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programmeInput } from '../helpers/programme-input';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';
import { partnerInput, refusal, snapshot } from './partner-input';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(() => ws.close());

describe('partner directory: create, update, archive', () => {
  it('creates a partner, deriving the org id from the charity number, audited in the same transaction', async () => {
    const finance = await ws.as('finance_officer');
    const { partner, warnings } = await finance.partners.create(partnerInput());
    expect(warnings).toEqual([]);
    expect(partner).toMatchObject({
      name: 'Pennine Fold Community Kitchen',
      organisationType: 'cio',
      orgId: 'GB-CHC-1090095',
      charityNumber: '1090095',
      companyNumber: null,
      wardCode: 'E05015000',
      wardName: 'Ince',
      archivedAt: null,
      dueDiligence: { status: 'missing', expiresOn: null },
      dueDiligenceHistory: [],
      programmes: [],
    });
    const history = await finance.partners.history({ id: partner.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'partner.create', entityType: 'partner', actorRole: 'finance_officer', before: null, after: { orgId: 'GB-CHC-1090095' } });
  });

  it('keeps company numbers as typed (leading zeros) and stores the unprefixed numbers', async () => {
    const strategy = await ws.as('strategy_officer');
    const { partner } = await strategy.partners.create(
      partnerInput({ name: 'Loomhouse Heritage Volunteers', organisationType: 'company_limited_by_guarantee', charityNumber: null, orgId: 'gb-coh-01234567' }),
    );
    expect(partner).toMatchObject({ orgId: 'GB-COH-01234567', companyNumber: '01234567', charityNumber: null });
    const scottish = await strategy.partners.create(partnerInput({ name: 'Borders Outreach', charityNumber: null, orgId: 'GB-SC-SC042386' }));
    expect(scottish.partner).toMatchObject({ orgId: 'GB-SC-SC042386', charityNumber: 'SC042386' });
    const ni = await strategy.partners.create(partnerInput({ name: 'Foyle Friends', charityNumber: null, orgId: 'GB-NIC-NIC100000' }));
    expect(ni.partner).toMatchObject({ orgId: 'GB-NIC-100000', charityNumber: '100000' });
  });

  it('gives unregistered groups 360G-<grant prefix>-<n>, and keeps it when they are edited', async () => {
    const finance = await ws.as('finance_officer');
    const group = { organisationType: 'community_group' as const, charityNumber: null };
    const first = await finance.partners.create(partnerInput({ ...group, name: 'Marrowby Men’s Shed' }));
    const second = await finance.partners.create(partnerInput({ ...group, name: 'Quillmoor Warm Spaces' }));
    expect([first.partner.orgId, second.partner.orgId]).toEqual(['360G-wigan-1', '360G-wigan-2']);
    const edited = await finance.partners.update({ ...partnerInput({ ...group, name: 'Marrowby Mens Shed' }), id: first.partner.id });
    expect(edited.partner.orgId).toBe('360G-wigan-1');
    const registered = await finance.partners.update({ ...partnerInput({ ...group, name: 'Marrowby Mens Shed', charityNumber: '1190001' }), id: first.partner.id });
    expect(registered.partner.orgId).toBe('GB-CHC-1190001');

    await ws.db.insertInto('workspace_settings').values({ key: 'grant_prefix', value: 'test council' }).execute();
    const third = await finance.partners.create(partnerInput({ ...group, name: 'Northmoss Tenants’ Forum' }));
    expect(third.partner.orgId).toBe('360G-test_council-1');
  });

  it('updates with before and after in the audit log', async () => {
    const strategy = await ws.as('strategy_officer');
    const { partner } = await strategy.partners.create(partnerInput());
    const { partner: updated } = await strategy.partners.update({ ...partnerInput({ locality: 'Lower Ince', contactEmail: '' }), id: partner.id });
    expect(updated).toMatchObject({ locality: 'Lower Ince', contactEmail: null });
    const [latest] = await strategy.partners.history({ id: partner.id });
    expect(latest).toMatchObject({
      action: 'partner.update',
      before: { locality: 'Ince', contactEmail: 'kitchen@example.org' },
      after: { locality: 'Lower Ince', contactEmail: null },
    });
  });

  it('archives instead of deleting, hides archived partners from pickers and lists, and restores them', async () => {
    const finance = await ws.as('finance_officer');
    const { partner } = await finance.partners.create(partnerInput());
    const archived = await finance.partners.archive({ id: partner.id, reason: 'Organisation closed' });
    expect(archived.archivedAt).not.toBeNull();
    expect((await finance.partners.options()).rows).toEqual([]);
    expect((await finance.partners.list({})).rows).toEqual([]);
    expect((await finance.partners.list({ includeArchived: true })).rows[0]).toMatchObject({ id: partner.id, archived: true });
    expect((await refusal(finance.partners.update({ ...partnerInput(), id: partner.id }))).message).toMatch(/Restore this partner/);
    expect((await refusal(finance.partners.archive({ id: partner.id }))).message).toMatch(/already archived/);
    const [entry] = await finance.partners.history({ id: partner.id });
    expect(entry).toMatchObject({ action: 'partner.archive', before: { archivedAt: null }, after: { reason: 'Organisation closed' } });
    await finance.partners.restore({ id: partner.id });
    expect((await finance.partners.options()).rows).toEqual([{ id: partner.id, name: partner.name, organisationType: 'cio', wardCode: 'E05015000', archived: false, dueDiligence: { status: 'missing', expiresOn: null, checkedOn: null } }]);
    expect(await ws.db.selectFrom('partners').select('id').execute()).toHaveLength(1);
  });

  it('lets everyone read but only admins, finance and strategy officers change partners', async () => {
    const admin = await ws.as('admin');
    const { partner } = await admin.partners.create(partnerInput());
    for (const role of ['leader', 'finance_approver'] as const) {
      const caller = await ws.as(role);
      const before = snapshot(ws);
      expect((await refusal(caller.partners.create(partnerInput({ name: 'Other' })))).code).toBe('FORBIDDEN');
      expect((await refusal(caller.partners.update({ ...partnerInput(), id: partner.id }))).code).toBe('FORBIDDEN');
      expect((await refusal(caller.partners.archive({ id: partner.id }))).code).toBe('FORBIDDEN');
      expect((await refusal(caller.partners.restore({ id: partner.id }))).code).toBe('FORBIDDEN');
      expect(snapshot(ws)).toEqual(before);
      expect((await caller.partners.list({})).rows).toHaveLength(1);
      expect((await caller.partners.get({ id: partner.id })).name).toBe(partner.name);
      expect((await caller.partners.options()).rows).toHaveLength(1);
    }
    expect((await refusal(ws.anonymous().partners.list({}))).code).toBe('UNAUTHORIZED');
  });

  it('lists with search and filters, and shows which programmes a partner is part of', async () => {
    const strategy = await ws.as('strategy_officer');
    const kitchen = (await strategy.partners.create(partnerInput())).partner;
    await strategy.partners.create(partnerInput({ name: 'Kestrelgate Digital Skills', organisationType: 'community_interest_company', charityNumber: null, companyNumber: '99010104', wardCode: 'E05014989' }));
    await strategy.partners.create(partnerInput({ name: '100% Youth', organisationType: 'community_group', charityNumber: null, wardCode: null }));
    expect((await strategy.partners.list({})).rows.map((r) => r.name)).toEqual(['100% Youth', 'Kestrelgate Digital Skills', 'Pennine Fold Community Kitchen']);
    expect((await strategy.partners.list({ search: 'KITCHEN' })).rows.map((r) => r.id)).toEqual([kitchen.id]);
    expect((await strategy.partners.list({ search: '100%' })).rows.map((r) => r.name)).toEqual(['100% Youth']);
    expect((await strategy.partners.list({ search: '%' })).rows.map((r) => r.name)).toEqual(['100% Youth']);
    expect((await strategy.partners.list({ search: '1090095' })).rows.map((r) => r.id)).toEqual([kitchen.id]);
    expect((await strategy.partners.list({ organisationType: 'community_interest_company' })).rows.map((r) => r.name)).toEqual(['Kestrelgate Digital Skills']);
    expect((await strategy.partners.list({ wardCode: 'E05015000' })).rows[0]).toMatchObject({ id: kitchen.id, wardName: 'Ince', dueDiligence: { status: 'missing', expiresOn: null } });
    expect((await strategy.partners.list({ dueDiligence: 'valid' })).rows).toEqual([]);

    const programme = await strategy.programmes.create(programmeInput({ partners: [{ partnerId: kitchen.id, role: 'Food support' }] }));
    const detail = await strategy.partners.get({ id: kitchen.id });
    expect(detail.programmes).toEqual([{ id: programme.id, code: 'TST-001', name: 'Test programme', status: 'active', role: 'Food support', archived: false }]);
    expect((await refusal(strategy.partners.get({ id: 999 }))).code).toBe('NOT_FOUND');
  });

  it('validates ward, contact details and organisation type, writing nothing', async () => {
    const finance = await ws.as('finance_officer');
    const before = snapshot(ws);
    const badWard = await refusal(finance.partners.create(partnerInput({ wardCode: 'E08000010' })));
    expect(badWard.fieldErrors).toEqual({ wardCode: ['E08000010 is not a ward of this borough: choose a ward from the list'] });
    const contact = await refusal(finance.partners.create(partnerInput({ contactEmail: 'kitchen at example', contactPhone: '12' })));
    expect(Object.keys(contact.fieldErrors ?? {}).sort()).toEqual(['contactEmail', 'contactPhone']);
    const type = await refusal(finance.partners.create(partnerInput({ organisationType: 'club' as never })));
    expect(type.fieldErrors).toEqual({ organisationType: ['Choose an organisation type from the list'] });
    const cio = await refusal(finance.partners.create(partnerInput({ charityNumber: null })));
    expect(cio.fieldErrors).toEqual({ charityNumber: ['Charitable incorporated organisations need their charity number'] });
    expect(snapshot(ws)).toEqual(before);
  });
});
