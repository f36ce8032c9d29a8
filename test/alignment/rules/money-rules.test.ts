import { describe, expect, it } from 'vitest';
import { awardsAboveConfirmedFunding } from '../../../core/alignment/rules/awards-above-confirmed-funding';
import { geographyMismatch } from '../../../core/alignment/rules/geography-mismatch';
import { zeroCostFundNotSpent } from '../../../core/alignment/rules/zero-cost-fund-not-spent';
import { WARDS, fixture, fixtureWith, fund, programme } from './fixture';

const SKL = { type: 'programme', id: 1, label: 'PRG-SKL Skills for Growth' };
const WRM = { type: 'programme', id: 2, label: 'PRG-WRM Warm Homes' };
const F_SKL = { type: 'fund', id: 1, label: 'F-SKL Skills community grants' };
const F_WRM = { type: 'fund', id: 2, label: 'F-WRM Warm homes small grants' };

describe('geography-mismatch', () => {
  const outside = () => fixtureWith((s) => (s.awards[1]!.partnerWardCode = WARDS.elsewhere));

  it('flags an award to a partner registered outside the programme’s wards', () => {
    expect(geographyMismatch.run(outside())).toEqual([
      {
        ruleId: 'geography-mismatch',
        severity: 'medium',
        key: 'geography-mismatch:award:2',
        message:
          'Award AWD-0002 (£30,000.00) from fund F-SKL ‘Skills community grants’ went to Pemberton Skills Hub, registered in ward E05000999, ' +
          'outside the wards of programme PRG-SKL ‘Skills for Growth’ (E05000841 and E05000842).',
        records: [{ type: 'award', id: 2, label: 'AWD-0002 Pemberton Skills Hub' }, F_SKL, SKL],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('cannot judge a partner with no ward, or a borough-wide programme', () => {
    const noWard = fixtureWith((s) => (s.awards[1]!.partnerWardCode = null));
    expect(geographyMismatch.run(noWard)).toEqual([]);
    const s = outside();
    programme(s, 1).wardCodes = [];
    expect(geographyMismatch.run(s)).toEqual([]);
  });
});

describe('awards-above-confirmed-funding', () => {
  it('flags awards above confirmed funding: planned money does not count', () => {
    const s = fixtureWith((x) => (programme(x, 2).fundingLines[0]!.certainty = 'planned'));
    expect(awardsAboveConfirmedFunding.run(s)).toEqual([
      {
        ruleId: 'awards-above-confirmed-funding',
        severity: 'high',
        key: 'awards-above-confirmed-funding:programme:2',
        message:
          'Programme PRG-WRM ‘Warm Homes’ has £50,000.00 awarded across its funds (F-WRM ‘Warm homes small grants’ £50,000.00), ' +
          '£50,000.00 more than its confirmed funding of £0.00.',
        records: [WRM, F_WRM],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('adds up every fund of the programme, and allows awards exactly equal to confirmed funding', () => {
    const s = fixture();
    s.funds.push({ ...fund(s, 2), id: 3, code: 'F-WRM-2', name: 'Warm homes top-up', awardedPence: 25_000_000, endDate: '2026-03-31' });
    expect(awardsAboveConfirmedFunding.run(s)).toEqual([]);
    fund(s, 3).awardedPence += 1;
    const [finding] = awardsAboveConfirmedFunding.run(s);
    expect(finding?.message).toBe(
      'Programme PRG-WRM ‘Warm Homes’ has £300,000.01 awarded across its funds (F-WRM ‘Warm homes small grants’ £50,000.00 and ' +
        'F-WRM-2 ‘Warm homes top-up’ £250,000.01), £0.01 more than its confirmed funding of £300,000.00.',
    );
    expect(finding?.records).toEqual([WRM, F_WRM, { type: 'fund', id: 3, label: 'F-WRM-2 Warm homes top-up' }]);
  });
});

describe('zero-cost-fund-not-spent', () => {
  it('flags an ended fund with awarded money not released', () => {
    const s = fixtureWith((x) => (fund(x, 2).netReleasedPence = 4_000_000));
    expect(zeroCostFundNotSpent.run(s)).toEqual([
      {
        ruleId: 'zero-cost-fund-not-spent',
        severity: 'high',
        key: 'zero-cost-fund-not-spent:fund:2',
        message: 'Zero-transaction-cost fund F-WRM ‘Warm homes small grants’ ended on 31 March 2025 with £10,000.00 of the £50,000.00 awarded not released.',
        records: [F_WRM, WRM],
        fingerprint: expect.any(String),
      },
    ]);
  });

  it('names both gaps when the fund is neither fully awarded nor released', () => {
    const s = fixtureWith((x) => Object.assign(fund(x, 2), { awardedPence: 4_500_000, netReleasedPence: 4_000_000 }));
    expect(zeroCostFundNotSpent.run(s)[0]?.message).toBe(
      'Zero-transaction-cost fund F-WRM ‘Warm homes small grants’ ended on 31 March 2025 with £5,000.00 of its £50,000.00 allocation not awarded ' +
        'and £5,000.00 of the £45,000.00 awarded not released.',
    );
  });

  it('waits until the day after the end date, and ignores ordinary funds', () => {
    const s = fixtureWith((x) => Object.assign(fund(x, 2), { netReleasedPence: 0, endDate: '2025-11-15' }));
    expect(zeroCostFundNotSpent.run(s)).toEqual([]);
    s.today = '2025-11-16';
    expect(zeroCostFundNotSpent.run(s)).toHaveLength(1);
    fund(s, 2).zeroTransactionCost = false;
    expect(zeroCostFundNotSpent.run(s)).toEqual([]);
  });

  it('ignores a fund still open (the fixture’s F-SKL has money left until March 2026)', () => {
    expect(zeroCostFundNotSpent.run(fixture())).toEqual([]);
  });
});
