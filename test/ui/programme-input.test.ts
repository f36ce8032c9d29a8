import { describe, expect, it } from 'vitest';
import type { ProgrammeDetail } from '../../renderer/src/api/types';
import { draftFromDetail, emptyDraft, newFundingLine, newMilestone, newPartner, newRisk, newSource } from '../../renderer/src/forms/programme-draft';
import { draftToInput, parseOptionalNumber } from '../../renderer/src/forms/programme-input';

const detail: ProgrammeDetail = {
  id: 12,
  code: 'WGN-LWT',
  name: 'Live Well',
  summary: 'Summary',
  type: 'devolved_programme',
  status: 'active',
  leadOfficer: 'Lead',
  seniorResponsibleOwner: 'SRO',
  startDate: '2025-04-01',
  endDate: null,
  boroughCode: 'E08000010',
  archivedAt: null,
  archiveReason: null,
  revision: 4,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  fundingLines: [{ source: 'is_pillar', pillarCode: 'adult_skills', financialYear: '2025/26', spendType: 'revenue', amountPence: 120000029, certainty: 'confirmed', note: 'n' }],
  milestones: [{ title: 'Launch', dueDate: '2025-06-30', targetValue: 1500, unit: 'people', status: 'on_track', actualValue: null }],
  wards: [{ code: 'E05014989', name: 'Abram', verified: true }],
  partners: [{ partnerId: 3, name: 'Partner', role: 'Delivery' }],
  risks: [{ description: 'Risk', likelihood: 2, impact: 5, owner: 'O', mitigation: 'M' }],
  sources: [{ title: 'Report', url: 'https://example.org', document: null, sourceDate: '2025-01-02', figure: '£1.2m' }],
};

describe('draftFromDetail then draftToInput', () => {
  it('round-trips a programme without changing any value', () => {
    const result = draftToInput(draftFromDetail(detail));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toEqual({
      code: 'WGN-LWT',
      name: 'Live Well',
      summary: 'Summary',
      type: 'devolved_programme',
      status: 'active',
      leadOfficer: 'Lead',
      seniorResponsibleOwner: 'SRO',
      startDate: '2025-04-01',
      endDate: null,
      fundingLines: [{ source: 'is_pillar', pillarCode: 'adult_skills', financialYear: '2025/26', spendType: 'revenue', amountPence: 120000029, certainty: 'confirmed', note: 'n' }],
      milestones: [{ title: 'Launch', dueDate: '2025-06-30', targetValue: 1500, unit: 'people', status: 'on_track', actualValue: null }],
      wardCodes: ['E05014989'],
      partners: [{ partnerId: 3, role: 'Delivery' }],
      risks: [{ description: 'Risk', likelihood: 2, impact: 5, owner: 'O', mitigation: 'M' }],
      sources: [{ title: 'Report', url: 'https://example.org', document: null, sourceDate: '2025-01-02', figure: '£1.2m' }],
    });
  });
});

describe('draftToInput', () => {
  it('converts pounds typed with commas into exact pence', () => {
    const draft = emptyDraft();
    draft.fundingLines = [{ ...newFundingLine(), source: 'gmca', pillarCode: 'adult_skills', amount: '1,234.56' }];
    const result = draftToInput(draft);
    expect(result.ok && result.input.fundingLines?.[0]).toMatchObject({ amountPence: 123456, pillarCode: null });
  });

  it('reports unreadable amounts and numbers at the API field paths', () => {
    const draft = emptyDraft();
    draft.fundingLines = [{ ...newFundingLine(), amount: '10' }, { ...newFundingLine(), amount: '1.234' }];
    draft.milestones = [{ ...newMilestone(), targetValue: 'lots' }];
    draft.partners = [newPartner()];
    const result = draftToInput(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['fundingLines.1.amountPence', 'milestones.0.targetValue', 'partners.0.partnerId']);
    expect(result.errors['fundingLines.1.amountPence']?.[0]).toMatch(/2 decimal places/);
  });

  it('sends empty optional text as null and numbers from selects as numbers', () => {
    const draft = emptyDraft();
    draft.code = '  ABC-1 ';
    draft.risks = [{ ...newRisk(), likelihood: '4', impact: '2' }];
    draft.sources = [{ ...newSource(), title: 'T', url: ' ', sourceDate: '' }];
    const result = draftToInput(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.code).toBe('ABC-1');
    expect(result.input.startDate).toBeNull();
    expect(result.input.risks?.[0]).toMatchObject({ likelihood: 4, impact: 2 });
    expect(result.input.sources?.[0]).toMatchObject({ url: null, document: null, sourceDate: null });
  });
});

describe('parseOptionalNumber', () => {
  it('reads numbers, treats empty as null and refuses text', () => {
    expect(parseOptionalNumber('')).toBeNull();
    expect(parseOptionalNumber('1,500')).toBe(1500);
    expect(parseOptionalNumber('-2.5')).toBe(-2.5);
    expect(parseOptionalNumber('abc')).toBeUndefined();
    expect(parseOptionalNumber('1.2.3')).toBeUndefined();
  });
});
