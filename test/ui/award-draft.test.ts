import { describe, expect, it } from 'vitest';
import { awardInputFromDraft, emptyAwardDraft, newInstalment, type AwardDraft } from '../../renderer/src/screens/award-form/award-draft';
import { partnerInputFromDraft, EMPTY_PARTNER_DRAFT } from '../../renderer/src/screens/partner-form/partner-draft';
import { nextPartnerSort, partnerListInput, EMPTY_PARTNER_FILTER } from '../../renderer/src/screens/partners/partners-state';

function draft(patch: Partial<AwardDraft> = {}): AwardDraft {
  return {
    ...emptyAwardDraft('2026-11-26'),
    partnerId: '12',
    title: ' Allotment open days ',
    purpose: 'Open days',
    amount: '1,500.29',
    plannedStart: '2027-04-01',
    plannedEnd: '2027-09-30',
    instalments: [newInstalment('2027-04-01', '1,000.29'), newInstalment('2027-07-01', '500')],
    ...patch,
  };
}

describe('award form to grants.createAward', () => {
  it('converts pounds to exact pence and trims text', () => {
    const result = awardInputFromDraft(4, draft({ wardCodes: ['E05015006'] }));
    expect(result).toEqual({
      ok: true,
      input: {
        fundId: 4,
        partnerId: 12,
        title: 'Allotment open days',
        purpose: 'Open days',
        amountPence: 150_029,
        awardDate: '2026-11-26',
        plannedStart: '2027-04-01',
        plannedEnd: '2027-09-30',
        wardCodes: ['E05015006'],
        route: 'open_call',
        routeJustification: '',
        paymentBasis: 'arrears',
        basisJustification: '',
        instalments: [
          { dueDate: '2027-04-01', amountPence: 100_029 },
          { dueDate: '2027-07-01', amountPence: 50_000 },
        ],
      },
    });
  });

  it('explains what is missing, at each field', () => {
    const result = awardInputFromDraft(4, draft({ partnerId: '', amount: '1,500.299', plannedEnd: '2027-01-01', route: 'direct_award', paymentBasis: 'advance', instalments: [newInstalment('', 'lots')] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['amountPence', 'basisJustification', 'instalments.0.amountPence', 'instalments.0.dueDate', 'partnerId', 'plannedEnd', 'routeJustification']);
    expect(result.errors.plannedEnd).toEqual(['The planned end must be on or after the start']);
  });

  it('refuses a schedule that does not add up to the award, saying by how much', () => {
    const result = awardInputFromDraft(4, draft({ instalments: [newInstalment('2027-04-01', '1,000')] }));
    expect(result).toEqual({ ok: false, errors: { instalments: ['The instalments add up to £1,000.00: £500.29 less than the award of £1,500.29.'] } });
    expect(awardInputFromDraft(4, draft({ instalments: [] }))).toMatchObject({ ok: false, errors: { instalments: ['Add at least one instalment', expect.stringContaining('less than the award')] } });
  });
});

describe('partner form and filters', () => {
  it('sends empty boxes as null', () => {
    expect(partnerInputFromDraft({ ...EMPTY_PARTNER_DRAFT, name: ' Pemberton Allotment Society ', organisationType: 'community_group', contactEmail: ' plots@example.org ' })).toEqual({
      name: 'Pemberton Allotment Society',
      organisationType: 'community_group',
      orgId: null,
      charityNumber: null,
      companyNumber: null,
      wardCode: null,
      locality: null,
      contactName: null,
      contactEmail: 'plots@example.org',
      contactPhone: null,
    });
  });

  it('leaves unchosen filters out of partners.list', () => {
    expect(partnerListInput(EMPTY_PARTNER_FILTER)).toEqual({
      search: '',
      organisationType: null,
      wardCode: null,
      dueDiligence: null,
      includeArchived: false,
      sortBy: 'name',
      sortDirection: 'asc',
      page: { offset: 0, limit: 50 },
    });
    expect(partnerListInput({ ...EMPTY_PARTNER_FILTER, search: ' kitchen ', dueDiligence: 'expired', offset: 100 })).toMatchObject({ search: 'kitchen', dueDiligence: 'expired', page: { offset: 100, limit: 50 } });
  });

  it('sorts partners by a header: the same column flips, another starts ascending', () => {
    expect(nextPartnerSort(EMPTY_PARTNER_FILTER, 'name')).toEqual({ sortBy: 'name', sortDirection: 'desc' });
    expect(nextPartnerSort({ ...EMPTY_PARTNER_FILTER, sortDirection: 'desc' }, 'name')).toEqual({ sortBy: 'name', sortDirection: 'asc' });
    expect(nextPartnerSort({ ...EMPTY_PARTNER_FILTER, sortDirection: 'desc' }, 'ward')).toEqual({ sortBy: 'ward', sortDirection: 'asc' });
  });
});
