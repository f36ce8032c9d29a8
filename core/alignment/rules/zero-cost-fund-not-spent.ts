import { type FindingRecord, type Rule, makeFinding } from './finding';
import { longDate, money, named } from './format';
import { byId, fundRecord, programmeRecord } from './model';

/**
 * zero-cost-fund-not-spent (high).
 * Test: a fund with zeroTransactionCost = true whose endDate is strictly before today (the end date
 * itself is still in time; ISO dates compared as text), where awardedPence < allocationPence (not
 * fully awarded) or netReleasedPence < awardedPence (awarded money not released, net of reversals
 * and clawbacks). The message gives whichever gaps apply.
 * Key: 'zero-cost-fund-not-spent:fund:<id>'. Fingerprint: end date, allocation, awarded, net released.
 */
export const zeroCostFundNotSpent: Rule = {
  id: 'zero-cost-fund-not-spent',
  title: 'Zero-transaction-cost fund not fully awarded or released by its end date',
  purpose: 'Zero-transaction-cost funds promise that every pound reaches the voluntary sector, so money left at the end breaks that promise.',
  severity: 'high',
  suggestedFix: 'Award and release the remaining money, or record the agreed extension or return with the funder.',
  reads: ['programmes', 'funds', 'today'],
  run(s) {
    const programmes = byId(s.programmes);
    return s.funds.flatMap((f) => {
      if (!f.zeroTransactionCost || !(f.endDate < s.today)) return [];
      const unawarded = f.allocationPence - f.awardedPence;
      const unreleased = f.awardedPence - f.netReleasedPence;
      if (unawarded <= 0 && unreleased <= 0) return [];
      const gaps = [
        ...(unawarded > 0 ? [`${money(unawarded)} of its ${money(f.allocationPence)} allocation not awarded`] : []),
        ...(unreleased > 0 ? [`${money(unreleased)} of the ${money(f.awardedPence)} awarded not released`] : []),
      ];
      const programme = programmes.get(f.programmeId);
      const records: FindingRecord[] = [fundRecord(f), ...(programme ? [programmeRecord(programme)] : [])];
      return [
        makeFinding(
          zeroCostFundNotSpent,
          ['fund', f.id],
          `Zero-transaction-cost fund ${named(f.code, f.name)} ended on ${longDate(f.endDate)} with ${gaps.join(' and ')}.`,
          records,
          { endDate: f.endDate, allocationPence: f.allocationPence, awardedPence: f.awardedPence, netReleasedPence: f.netReleasedPence },
        ),
      ];
    });
  },
};
