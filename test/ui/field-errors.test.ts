import { describe, expect, it } from 'vitest';
import { errorId, fieldId, placeFieldErrors, placePath, summaryItems } from '../../renderer/src/forms/field-errors';
import { emptyDraft, newFundingLine, newMilestone } from '../../renderer/src/forms/programme-draft';
import { describeFieldPath, knownFieldPaths } from '../../renderer/src/forms/programme-paths';

function draftWith(fundingSources: string[]) {
  const draft = emptyDraft();
  draft.fundingLines = fundingSources.map((source) => ({ ...newFundingLine(), source }));
  draft.milestones = [newMilestone()];
  return draft;
}

describe('fieldId', () => {
  it('turns dotted paths into stable DOM ids', () => {
    expect(fieldId('fundingLines.0.amountPence')).toBe('pf-fundingLines-0-amountPence');
    expect(fieldId('admin.username', 'setup')).toBe('setup-admin-username');
    expect(errorId('endDate')).toBe('pf-endDate-error');
  });
});

describe('placing server field errors', () => {
  const draft = draftWith(['is_pillar', 'gmca']);
  const known = new Set(knownFieldPaths(draft));

  it('puts a funding line amount error on that row’s amount input', () => {
    expect(placePath('fundingLines.1.amountPence', known)).toBe('fundingLines.1.amountPence');
    expect(fieldId(placePath('fundingLines.1.amountPence', known))).toBe('pf-fundingLines-1-amountPence');
  });

  it('falls back to the nearest rendered ancestor', () => {
    // The pillar select is only shown for Integrated Settlement lines.
    expect(placePath('fundingLines.0.pillarCode', known)).toBe('fundingLines.0.pillarCode');
    expect(placePath('fundingLines.1.pillarCode', known)).toBe('fundingLines.1');
    expect(placePath('wardCodes.3', known)).toBe('wardCodes');
    expect(placePath('fundingLines', known)).toBe('fundingLines');
    expect(placePath('somethingElse', known)).toBe('_form');
    expect(placePath('_form', known)).toBe('_form');
  });

  it('groups messages by where they will be shown', () => {
    const placed = placeFieldErrors({ 'wardCodes.0': ['Bad'], 'wardCodes.2': ['Worse'], endDate: ['Too early'] }, known);
    expect(placed).toEqual({ wardCodes: ['Bad', 'Worse'], endDate: ['Too early'] });
  });

  it('builds a summary in screen order with links to the fields', () => {
    const placed = placeFieldErrors(
      {
        'milestones.0.title': ['Enter a milestone title'],
        'fundingLines.0.amountPence': ['Amounts are whole pence'],
        code: ['Another programme already uses the code X'],
        mystery: ['Something odd'],
      },
      known,
    );
    const items = summaryItems(placed, knownFieldPaths(draft), describeFieldPath);
    expect(items).toEqual([
      { path: '_form', targetId: null, text: 'Something odd' },
      { path: 'code', targetId: 'pf-code', text: 'Code: Another programme already uses the code X' },
      { path: 'fundingLines.0.amountPence', targetId: 'pf-fundingLines-0-amountPence', text: 'Funding line 1, Amount (£): Amounts are whole pence' },
      { path: 'milestones.0.title', targetId: 'pf-milestones-0-title', text: 'Milestone 1, Milestone title: Enter a milestone title' },
    ]);
  });
});

describe('describeFieldPath', () => {
  it('names fields the way the form labels them', () => {
    expect(describeFieldPath('endDate')).toBe('End date');
    expect(describeFieldPath('fundingLines.2.amountPence')).toBe('Funding line 3, Amount (£)');
    expect(describeFieldPath('risks.0')).toBe('Risk 1');
    expect(describeFieldPath('partners')).toBe('Partners');
    expect(describeFieldPath('wardCodes.4')).toBe('Wards');
  });
});
