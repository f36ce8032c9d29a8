import type { DemoElement, DemoFramework, DemoIndicator } from './types';

/**
 * The national Local Outcomes Framework (MHCLG), as a draft the council is preparing to report
 * against from 2026/27. The final framework has 16 priority outcomes, each with outcome metrics and
 * output metrics; the demonstration holds three of them and a few of their metrics, with no values
 * yet — room for the rest to be added. Outcome names and metric wording follow the published
 * framework; the ambition summaries are ours.
 */

export const LOF_SOURCE_URL = 'https://www.gov.uk/government/publications/local-outcomes-framework/local-outcomes-framework-priority-outcomes-and-metrics';

const ELEMENTS: readonly DemoElement[] = [
  { code: 'LOF-HQS', kind: 'outcome', parentCode: null, illustrative: false, title: 'Housing quality and safety', description: 'Homes are decent, safe and energy efficient. (Summary ours.)' },
  { code: 'LOF-HRS', kind: 'outcome', parentCode: null, illustrative: false, title: 'Homelessness and rough sleeping', description: 'Homelessness is prevented where possible and families spend less time in unsuitable temporary accommodation. (Summary ours.)' },
  { code: 'LOF-BSL', kind: 'outcome', parentCode: null, illustrative: false, title: 'Best start in life', description: 'Children get a good start in their early years. Metrics to be added. (Summary ours.)' },
];

const common = {
  tier: null,
  numerator: '',
  denominator: '',
  dataSource: 'Local Outcomes Framework (MHCLG); data source to be confirmed',
  frequency: 'annual',
  geographyLevel: 'borough',
  baselineValue: null,
  baselinePeriod: null,
  tolerancePercent: 10,
  comparator: 'same_period_last_year',
  owner: '',
  lastReviewed: null,
  illustrative: false,
  targets: null,
  series: null,
  kind: 'accountable',
} as const;

export const LOF_INDICATORS: readonly DemoIndicator[] = [
  {
    ...common,
    code: 'LOF-HQS-01',
    elementCode: 'LOF-HQS',
    title: 'Percentage of rental housing deemed decent',
    definition: 'Outcome metric of the Housing quality and safety priority outcome.',
    unit: 'percentage',
    polarity: 'higher_is_better',
    demonstrates: 'draft version, no observations yet',
  },
  {
    ...common,
    code: 'LOF-HQS-02',
    elementCode: 'LOF-HQS',
    title: 'Percentage of homes with an EPC rating of C or above',
    definition: 'Outcome metric of the Housing quality and safety priority outcome.',
    unit: 'percentage',
    polarity: 'higher_is_better',
    demonstrates: 'draft version, no observations yet',
  },
  {
    ...common,
    code: 'LOF-HRS-01',
    elementCode: 'LOF-HRS',
    title: 'Households with children in temporary accommodation per 1,000 households',
    definition: 'Outcome metric of the Homelessness and rough sleeping priority outcome.',
    unit: 'rate_per_1000',
    polarity: 'lower_is_better',
    demonstrates: 'draft version, no observations yet',
  },
];

export const LOF_FRAMEWORK: DemoFramework = {
  code: 'LOF',
  title: 'Local Outcomes Framework',
  owner: 'national',
  description:
    'The national framework of priority outcomes for local government (16 priority outcomes in the final version, published 9 February 2026), each with outcome and output metrics. It applies to councils such as Wigan, not to the combined authority, which answers to the Integrated Settlement framework. The demonstration holds a draft with three outcomes.',
  versions: [
    {
      label: '2026/27 draft',
      status: 'draft',
      fromFinancialYear: '2026/27',
      publishedAt: null,
      elements: ELEMENTS,
      fundingLines: [],
      indicators: LOF_INDICATORS,
    },
  ],
};
