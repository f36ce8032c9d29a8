import { wardCode } from '../geography';
import type { DemoFund } from './types';

/**
 * The council's Supporting Communities Fund micro-grants (up to £2,000 a project in the February
 * 2025 round). An ordinary fund, not zero-transaction-cost. Its allocation is the published total
 * awarded over all rounds (189 projects); only two illustrative micro-grants are entered, so most of
 * the allocation shows as unallocated. The grants themselves are illustrative.
 */

const MICRO_GRANT_ADVANCE = 'Micro-grants of £2,000 or less are paid in full when awarded, as the fund’s published terms allow.';

export const SUPPORTING_COMMUNITIES_FUND: DemoFund = {
  code: 'SCF-MICRO',
  name: 'Supporting Communities Fund micro-grants',
  programmeCode: 'WGN-SCF',
  source: 'Wigan Council revenue budget. Allocation = total awarded over all rounds (189 projects); only two illustrative micro-grants are entered here.',
  allocationPence: 19_306_707,
  firstFinancialYear: '2024/25',
  lastFinancialYear: '2025/26',
  endDate: '2026-03-31',
  zeroTransactionCost: false,
  awards: [
    {
      partnerKey: 'oakbrindle-balance-club',
      title: 'Strength and balance taster sessions',
      purpose: 'Six free taster sessions of the falls-prevention class in church halls, so older residents can try it before joining.',
      amountPence: 200_000,
      awardDate: '2025-03-14',
      plannedStart: '2025-04-01',
      plannedEnd: '2025-09-30',
      wardCodes: [wardCode('Standish with Langtree'), wardCode('Shevington with Lower Ground & Moor')],
      route: 'open_call',
      paymentBasis: 'advance',
      basisJustification: MICRO_GRANT_ADVANCE,
      instalments: [{ dueDate: '2025-04-01', amountPence: 200_000 }], // due as the work starts; paid in advance of it
      payments: [{ instalment: 1, amountPence: 200_000, paidOn: '2025-03-24', approvedOn: '2025-03-26', releasedOn: '2025-03-27' }],
    },
    {
      partnerKey: 'quillmoor-warm-spaces',
      title: 'Warm spaces winter hosts',
      purpose: 'Hot drinks, heating and volunteer expenses for three warm spaces in Abram over the 2025/26 winter.',
      amountPence: 185_000,
      awardDate: '2025-03-14',
      plannedStart: '2025-10-01',
      plannedEnd: '2026-03-31',
      wardCodes: [wardCode('Abram'), wardCode('Ince')],
      route: 'open_call',
      paymentBasis: 'advance',
      basisJustification: MICRO_GRANT_ADVANCE,
      instalments: [{ dueDate: '2025-10-01', amountPence: 185_000 }],
      payments: [{ instalment: 1, amountPence: 185_000, paidOn: '2025-03-24', approvedOn: '2025-03-26', releasedOn: '2025-03-27' }],
    },
  ],
};
