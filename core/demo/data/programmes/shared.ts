import { ALL_WARD_CODES, wardCode } from '../geography';
import type { FundingLine } from '../types';

// Values several demonstration programmes share.

export const borough = [...ALL_WARD_CODES];
export const LEIGH_WARDS = [wardCode('Leigh Central & Higher Folds'), wardCode('Leigh South'), wardCode('Leigh West')];

export const ILLUSTRATIVE_BUDGET = 'Illustrative placeholder: no amount for this line appears in our sources.';

// ---------------------------------------------------------------------------------------------
// Leigh Town Board: the source gives £20m over ten years only, so the phasing is assumed.
// ---------------------------------------------------------------------------------------------
const LONG_TERM_TOWNS_YEARS = [
  '2024/25', '2025/26', '2026/27', '2027/28', '2028/29',
  '2029/30', '2030/31', '2031/32', '2032/33', '2033/34',
];
export const longTermTownsLines: FundingLine[] = LONG_TERM_TOWNS_YEARS.map((financialYear) => ({
  source: 'other',
  financialYear,
  spendType: 'capital',
  amountPence: 200_000_000,
  certainty: 'planned',
  note: 'Long-Term Towns (MHCLG). Even £2m a year from 2024/25, all capital, is an illustrative split: the source gives £20m over ten years only.',
  sourceKey: 'wigan-leigh-town-board',
  illustrative: true,
}));

