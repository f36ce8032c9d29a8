import { findSource } from '../sources';
import type { DemoElement, DemoFramework, DemoFundingLine, DemoIndicator } from './types';

/**
 * The GMCA Integrated Settlement outcomes framework, 2025/26 ("Phase I").
 *
 * Pillars and funding lines come from the published 2025/26 settlement (policy paper, 20 Dec 2024).
 * The published framework's own outcomes, indicators and targets could not be read in full, so the
 * outcomes and most indicators below are demonstration examples marked illustrative. The one
 * contextual indicator named in the contextual indicators document ("Public transport node
 * connectivity score", Local transport, DfT) is kept with its published wording. Every
 * observation value is illustrative.
 */

const SETTLEMENT = findSource('gov-gmca-is-2025-26');
if (!SETTLEMENT) throw new Error('Demo outcome data names a missing source');

export const IS_SETTLEMENT_SOURCE_TITLE = `${SETTLEMENT.title} (policy paper, 20 December 2024)`;
const SETTLEMENT_URL = SETTLEMENT.url ?? null;

const FY = '2025/26';
/** Pounds to pence, kept exact: every published amount is a whole number of pounds. */
const pounds = (amount: number): number => amount * 100;

const TBC = `${IS_SETTLEMENT_SOURCE_TITLE}: shown as TBC`;
const TBC_SPEND = `${TBC}; revenue or capital not stated, recorded as revenue`;

export const GMCA_IS_PILLARS: readonly DemoElement[] = [
  { code: 'P-LGP', kind: 'pillar', title: 'Local growth and place', parentCode: null, illustrative: false, description: 'UK Shared Prosperity Fund, Investment Zones and business support.' },
  { code: 'P-LT', kind: 'pillar', title: 'Local transport', parentCode: null, illustrative: false, description: 'City Region Sustainable Transport Settlement, bus funding, rail and ticketing.' },
  { code: 'P-AS', kind: 'pillar', title: 'Adult skills', parentCode: null, illustrative: false, description: 'Adult Education Budget (including Free Courses for Jobs) and Skills Bootcamps.' },
  { code: 'P-HR', kind: 'pillar', title: 'Housing and regeneration', parentCode: null, illustrative: false, description: 'Brownfield land and housing funds. The settlement table was cut off in the copy we read.' },
  { code: 'P-ES', kind: 'pillar', title: 'Employment support', parentCode: null, illustrative: false, description: 'Named as a theme of the settlement; its funding rows were not visible in the copy we read.' },
  { code: 'P-BR', kind: 'pillar', title: 'Buildings retrofit', parentCode: null, illustrative: false, description: 'Named as a theme of the settlement; its funding rows were not visible in the copy we read.' },
];

const GMCA_IS_OUTCOMES: readonly DemoElement[] = [
  { code: 'O-LGP-1', kind: 'outcome', parentCode: 'P-LGP', illustrative: true, title: 'More productive, growing local businesses', description: 'Businesses get the advice, finance and technology support they need to grow.' },
  { code: 'O-LGP-2', kind: 'outcome', parentCode: 'P-LGP', illustrative: true, title: 'Lively, well-used town centres', description: 'Fewer empty units and more reasons to visit the region’s town centres.' },
  { code: 'O-LT-1', kind: 'outcome', parentCode: 'P-LT', illustrative: true, title: 'Reliable, well-connected public transport', description: 'Buses run on time and more places are within easy reach by public transport.' },
  { code: 'O-AS-1', kind: 'outcome', parentCode: 'P-AS', illustrative: true, title: 'Adults gain the skills and qualifications employers need', description: 'More adults achieve a qualification and move on into work or better work.' },
  { code: 'O-HR-1', kind: 'outcome', parentCode: 'P-HR', illustrative: true, title: 'More new homes on brownfield land', description: 'Previously developed land is brought back into use for new homes.' },
  { code: 'O-ES-1', kind: 'outcome', parentCode: 'P-ES', illustrative: true, title: 'Residents move into work, closer to work, or stay in work', description: 'Support reaches residents furthest from the labour market and helps them into lasting work.' },
  { code: 'O-BR-1', kind: 'outcome', parentCode: 'P-BR', illustrative: true, title: 'Warmer, lower-carbon homes', description: 'Homes are retrofitted so they cost less to heat and emit less carbon.' },
];

/** 2025/26 funding lines as listed in the settlement (RDEL → revenue, CDEL → capital). */
export const GMCA_IS_FUNDING_LINES: readonly DemoFundingLine[] = [
  // Local growth and place
  { elementCode: 'P-LGP', fund: 'UK Shared Prosperity Fund', homeDepartment: 'MHCLG', allocationMechanism: 'National formula', financialYear: FY, spendType: 'revenue', amountPence: pounds(30_349_418), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LGP', fund: 'UK Shared Prosperity Fund', homeDepartment: 'MHCLG', allocationMechanism: 'National formula', financialYear: FY, spendType: 'capital', amountPence: pounds(12_866_197), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LGP', fund: 'Investment Zones', homeDepartment: 'MHCLG', allocationMechanism: 'Existing allocation', financialYear: FY, spendType: 'revenue', amountPence: pounds(6_960_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LGP', fund: 'Investment Zones', homeDepartment: 'MHCLG', allocationMechanism: 'Existing allocation', financialYear: FY, spendType: 'capital', amountPence: pounds(10_800_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LGP', fund: 'Made Smarter', homeDepartment: 'DBT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(947_500), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LGP', fund: 'Growth Hubs', homeDepartment: 'DBT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: TBC_SPEND, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LGP', fund: 'Create Growth', homeDepartment: 'DCMS', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: TBC_SPEND, sourceUrl: SETTLEMENT_URL },
  // Local transport (the department is shown against CRSTS; the other transport funds are also DfT's)
  { elementCode: 'P-LT', fund: 'City Region Sustainable Transport Settlement', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'capital', amountPence: pounds(215_506_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Bus Service Improvement Plan', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(43_664_250), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'BSIP capacity and capability', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(125_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Bus Service Operators Grant (BSOG)', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(2_953_691), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Commercial BSOG', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(13_150_811), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'BSOG Plus', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(6_500_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Active Travel Fund', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: TBC_SPEND, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Active Travel Capability', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: TBC_SPEND, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Local Electric Vehicle Infrastructure (LEVI)', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: TBC_SPEND, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Rail Admin Grant', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(1_560_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-LT', fund: 'Cross Manchester Ticketing', homeDepartment: 'DfT', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(340_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  // Adult skills
  { elementCode: 'P-AS', fund: 'Adult Education Budget (including Free Courses for Jobs)', homeDepartment: 'DfE', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: pounds(102_000_000), sourceTitle: IS_SETTLEMENT_SOURCE_TITLE, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-AS', fund: 'Skills Bootcamps', homeDepartment: 'DfE', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: TBC_SPEND, sourceUrl: SETTLEMENT_URL },
  // Housing and regeneration: the table was cut off after this fund's name
  { elementCode: 'P-HR', fund: 'Brownfield Infrastructure and Land Fund', homeDepartment: 'MHCLG', allocationMechanism: '', financialYear: FY, spendType: 'capital', amountPence: null, sourceTitle: `${IS_SETTLEMENT_SOURCE_TITLE}: amount not visible (the table was cut off in the copy read); capital assumed`, sourceUrl: SETTLEMENT_URL },
  // Employment support and buildings retrofit: named themes, rows not visible
  { elementCode: 'P-ES', fund: 'Employment support funds (names not visible)', homeDepartment: '', allocationMechanism: '', financialYear: FY, spendType: 'revenue', amountPence: null, sourceTitle: `${IS_SETTLEMENT_SOURCE_TITLE}: rows for this pillar not visible in the copy read; figure not recorded`, sourceUrl: SETTLEMENT_URL },
  { elementCode: 'P-BR', fund: 'Buildings retrofit funds (names not visible)', homeDepartment: '', allocationMechanism: '', financialYear: FY, spendType: 'capital', amountPence: null, sourceTitle: `${IS_SETTLEMENT_SOURCE_TITLE}: rows for this pillar not visible in the copy read; figure not recorded`, sourceUrl: SETTLEMENT_URL },
];

const GM_OWNER = 'GMCA (illustrative owner)';
const common = { tolerancePercent: 10, comparator: 'same_period_last_year', lastReviewed: null, tier: null, numerator: '', denominator: '' } as const;

export const GMCA_IS_INDICATORS: readonly DemoIndicator[] = [
  {
    ...common,
    code: 'IS-LGP-01',
    elementCode: 'O-LGP-1',
    title: 'Businesses receiving support funded by the UK Shared Prosperity Fund',
    definition: 'Number of businesses given advice, grants or specialist support in the quarter through UKSPF-funded business support.',
    kind: 'accountable',
    unit: 'count',
    polarity: 'higher_is_better',
    dataSource: 'GMCA business support monitoring returns',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: 520,
    baselinePeriod: '2023/24 Q1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 Q1', to: '2026/27 Q4', start: 520, end: 960, decimals: 0 },
    series: { anchors: { '2023/24 Q1': 520, '2025/26 Q2': 790, '2026/27 Q2': 905 }, noise: 0.04, decimals: 0 },
    demonstrates: 'green, improving',
  },
  {
    ...common,
    code: 'IS-LGP-02',
    elementCode: 'O-LGP-2',
    title: 'Town centre retail vacancy rate',
    definition: 'Percentage of ground-floor retail units in the region’s main town centres that are vacant, surveyed twice a year.',
    kind: 'accountable',
    unit: 'percentage',
    polarity: 'lower_is_better',
    numerator: 'Vacant ground-floor retail units',
    denominator: 'All ground-floor retail units surveyed',
    dataSource: 'Town centre health checks',
    frequency: 'six_monthly',
    geographyLevel: 'combined_authority',
    baselineValue: 17.8,
    baselinePeriod: '2023/24 H1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 H1', to: '2026/27 H2', start: 16.5, end: 13.0, decimals: 1 },
    series: { anchors: { '2023/24 H1': 17.8, '2025/26 H1': 16.9, '2026/27 H1': 15.9 }, noise: 0.02, decimals: 1 },
    demonstrates: 'amber (more than 10% off target), improving; six-monthly',
  },
  {
    ...common,
    code: 'IS-LT-01',
    elementCode: 'O-LT-1',
    title: 'Bus services running on time',
    definition: 'Percentage of timed bus departures leaving between one minute early and five minutes and 59 seconds late.',
    kind: 'accountable',
    unit: 'percentage',
    polarity: 'higher_is_better',
    numerator: 'Departures on time',
    denominator: 'Timed departures monitored',
    dataSource: 'Bus network punctuality monitoring',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: 79.0,
    baselinePeriod: '2023/24 Q1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 Q1', to: '2026/27 Q4', start: 82, end: 86, decimals: 1 },
    series: {
      anchors: { '2023/24 Q1': 79.0, '2025/26 Q2': 80.6, '2026/27 Q2': 71.2 },
      noise: 0.015,
      decimals: 1,
      revisions: [{ period: '2026/27 Q1', firstValue: 76.8, commentary: 'Revised after late returns from two operators were added.' }],
      commentary: { '2026/27 Q2': 'Roadworks on two main corridors and a driver shortage at one depot. Corrective action: temporary timetable changes agreed with operators; recovery expected by Q4.' },
    },
    demonstrates: 'red, worsening; has a revised figure',
  },
  {
    ...common,
    code: 'IS-LT-C1',
    elementCode: 'P-LT',
    title: 'Public transport node connectivity score',
    definition: 'Listed for the Local transport pillar in the Greater Manchester Integrated Settlement contextual indicators 2025 to 2026 (8 April 2025): GMCA tracks it to understand an area of shared interest but is not held to account for it.',
    kind: 'contextual',
    unit: 'score',
    polarity: 'higher_is_better',
    dataSource: 'DfT Model of Connectivity',
    frequency: 'annual',
    geographyLevel: 'combined_authority',
    baselineValue: null,
    baselinePeriod: null,
    owner: GM_OWNER,
    illustrative: false,
    targets: null,
    series: { anchors: { '2023/24': 54.0, '2025/26': 56.4 }, noise: 0.01, decimals: 1 },
    demonstrates: 'contextual (no RAG), improving',
  },
  {
    ...common,
    code: 'IS-LT-C2',
    elementCode: 'P-LT',
    title: 'Passenger journeys on local bus services',
    definition: 'Number of passenger journeys made on local bus services in the quarter. Tracked for context: more journeys are neither a target nor a failure on their own.',
    kind: 'contextual',
    unit: 'count',
    polarity: 'none',
    dataSource: 'Operator patronage returns',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: null,
    baselinePeriod: null,
    owner: GM_OWNER,
    illustrative: true,
    targets: null,
    series: { anchors: { '2023/24 Q1': 41_600_000, '2025/26 Q2': 44_100_000, '2026/27 Q2': 46_300_000 }, noise: 0.02, decimals: 0 },
    demonstrates: 'contextual, no polarity, increasing',
  },
  {
    ...common,
    code: 'IS-AS-01',
    elementCode: 'O-AS-1',
    title: 'Adult learners achieving a qualification through the Adult Education Budget',
    definition: 'Number of adult learners funded by the Adult Education Budget who achieved a qualification in the academic year ending in the financial year.',
    kind: 'accountable',
    unit: 'count',
    polarity: 'higher_is_better',
    dataSource: 'Individualised Learner Record',
    frequency: 'annual',
    geographyLevel: 'combined_authority',
    baselineValue: 41_200,
    baselinePeriod: '2023/24',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24', to: '2026/27', start: 42_000, end: 46_000, decimals: 0 },
    series: { anchors: { '2023/24': 41_200, '2024/25': 43_900, '2025/26': 44_600 }, noise: 0, decimals: 0, commentary: { '2025/26': 'Final figure for the academic year.' } },
    demonstrates: 'green, improving; annual',
  },
  {
    ...common,
    code: 'IS-AS-02',
    elementCode: 'O-AS-1',
    title: 'Free Courses for Jobs learners in work six months after finishing',
    definition: 'Percentage of learners completing a Free Courses for Jobs qualification who are in employment six months later.',
    kind: 'accountable',
    unit: 'percentage',
    polarity: 'higher_is_better',
    numerator: 'Completers in work six months later',
    denominator: 'Completers followed up',
    dataSource: 'Provider destination surveys',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: 58.0,
    baselinePeriod: '2023/24 Q1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 Q1', to: '2026/27 Q4', start: 60, end: 64, decimals: 1 },
    series: { anchors: { '2023/24 Q1': 58.0, '2025/26 Q2': 62.0, '2026/27 Q2': 62.0 }, noise: 0.02, decimals: 1 },
    demonstrates: 'green, no change on the same quarter last year',
  },
  {
    ...common,
    code: 'IS-HR-01',
    elementCode: 'O-HR-1',
    title: 'New homes delivered through the Brownfield Housing Fund (cumulative)',
    definition: 'Cumulative number of new homes completed on brownfield sites supported by the £150m Brownfield Housing Fund (2023 Trailblazer deal).',
    kind: 'accountable',
    unit: 'count',
    polarity: 'higher_is_better',
    dataSource: 'GMCA Brownfield Housing Fund monitoring',
    frequency: 'six_monthly',
    geographyLevel: 'combined_authority',
    baselineValue: 0,
    baselinePeriod: '2023/24 H1',
    owner: GM_OWNER,
    illustrative: true,
    // The 7,000 homes by 2025/26 is the fund's published delivery target; the path to it is ours.
    // Its dates are the fund's own, so unlike the other demo series they are not moved forward.
    targets: { from: '2023/24 H1', to: '2025/26 H2', start: 1_000, end: 7_000, decimals: 0, overrides: { '2025/26 H2': 7_000 } },
    series: { anchors: { '2023/24 H1': 950, '2024/25 H1': 3_300, '2025/26 H1': 5_650, '2025/26 H2': 7_050 }, noise: 0.03, decimals: 0 },
    demonstrates: 'green, improving; met the published end target of 7,000 homes in 2025/26',
  },
  {
    ...common,
    code: 'IS-ES-01',
    elementCode: 'O-ES-1',
    title: 'Residents starting employment support',
    definition: 'Number of residents starting on an employment support programme in the quarter.',
    kind: 'accountable',
    unit: 'count',
    polarity: 'higher_is_better',
    dataSource: 'Programme management information',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: 2_450,
    baselinePeriod: '2023/24 Q1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 Q1', to: '2026/27 Q4', start: 2_500, end: 3_400, decimals: 0 },
    series: {
      anchors: { '2023/24 Q1': 2_450, '2025/26 Q2': 3_050, '2026/27 Q2': 2_610 },
      noise: 0.04,
      decimals: 0,
      revisions: [{ period: '2025/26 Q3', firstValue: 2_880, commentary: 'Revised down: duplicate referrals removed after data cleansing.' }],
      commentary: { '2026/27 Q2': 'Starts fell while providers moved onto the new single grant agreement. Corrective action: joint referral campaign with Jobcentre Plus from October.' },
    },
    demonstrates: 'red, worsening; has a revised figure',
  },
  {
    ...common,
    code: 'IS-ES-02',
    elementCode: 'O-ES-1',
    title: 'Employment support participants moving into work',
    definition: 'Percentage of participants leaving employment support in the quarter who had started work.',
    kind: 'accountable',
    unit: 'percentage',
    polarity: 'higher_is_better',
    numerator: 'Leavers who started work',
    denominator: 'All leavers',
    dataSource: 'Programme management information',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: 21.0,
    baselinePeriod: '2023/24 Q1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 Q1', to: '2026/27 Q4', start: 28, end: 35, decimals: 1 },
    series: { anchors: { '2023/24 Q1': 21.0, '2025/26 Q2': 24.5, '2026/27 Q2': 27.8 }, noise: 0.03, decimals: 1 },
    demonstrates: 'amber (more than 10% off target), improving',
  },
  {
    ...common,
    code: 'IS-BR-01',
    elementCode: 'O-BR-1',
    title: 'Homes retrofitted to EPC band C or better',
    definition: 'Number of homes brought up to EPC band C or better through publicly funded retrofit schemes in the quarter.',
    kind: 'accountable',
    unit: 'count',
    polarity: 'higher_is_better',
    dataSource: 'Retrofit scheme returns',
    frequency: 'quarterly',
    geographyLevel: 'combined_authority',
    baselineValue: 610,
    baselinePeriod: '2023/24 Q1',
    owner: GM_OWNER,
    illustrative: true,
    targets: { from: '2023/24 Q1', to: '2026/27 Q4', start: 600, end: 1_100, decimals: 0 },
    series: {
      anchors: { '2023/24 Q1': 610, '2024/25 Q4': 720 },
      noise: 0.05,
      decimals: 0,
      commentary: { '2024/25 Q4': 'Last return before the retrofit schemes moved into the settlement; reporting to be re-established.' },
    },
    demonstrates: 'stale (no figure since 2024/25 Q4); amber, improving at its last figure',
  },
];

export const GMCA_IS_FRAMEWORK: DemoFramework = {
  code: 'GMCA-IS',
  title: 'GMCA Integrated Settlement outcomes framework',
  owner: 'gmca',
  description:
    'The single accountability framework for the Greater Manchester Integrated Settlement: pillars with their funding, outcomes, accountable indicators and targets, plus contextual indicators GMCA tracks but is not held to account for. 2025/26 is a one-year "Phase I"; outcomes and targets are renegotiated from 2026/27.',
  versions: [
    {
      label: '2025/26 Phase I',
      status: 'published',
      fromFinancialYear: '2025/26',
      publishedAt: '2025-04-08T00:00:00.000Z',
      elements: [...GMCA_IS_PILLARS, ...GMCA_IS_OUTCOMES],
      fundingLines: GMCA_IS_FUNDING_LINES,
      indicators: GMCA_IS_INDICATORS,
    },
  ],
};
