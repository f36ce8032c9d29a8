import type { ChartSpec, PackDocument, PackSection, TrendPoint } from '../../core/packs/document';

/** A label with every XML special character, to prove renderers escape it. */
export const AWKWARD_LABEL = 'Skills <pilot> & "Work Well"';

export const SAMPLE_HASH = '3f9a1c0b7d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a';

const periods = ['2023/24 Q1', '2023/24 Q2', '2023/24 Q3', '2023/24 Q4', '2024/25 Q1', '2024/25 Q2', '2024/25 Q3', '2024/25 Q4', '2025/26 Q1', '2025/26 Q2'];
const recorded = [71.2, 71.8, null, 72.4, 72.9, 73.1, null, null, 74.0, 74.6];

export const trendChart: Extract<ChartSpec, { type: 'trend' }> = {
  type: 'trend',
  title: 'Employment rate, working-age residents',
  unit: '% of residents aged 16–64',
  points: periods.map(
    (period, index): TrendPoint => ({
      period,
      value: recorded[index] ?? null,
      target: index < 2 ? null : 73 + index * 0.15,
      bandLow: index < 2 ? null : 72 + index * 0.15,
      bandHigh: index < 2 ? null : 74 + index * 0.15,
    }),
  ),
};

export const flowChart: Extract<ChartSpec, { type: 'flow' }> = {
  type: 'flow',
  title: 'Community Wealth Fund: where the money is',
  stages: [
    { label: 'Allocation', pence: 120_000_000 },
    { label: 'Awarded', pence: 98_450_000 },
    { label: 'Released', pence: 61_230_050 },
  ],
};

export const barsChart: Extract<ChartSpec, { type: 'bars' }> = {
  type: 'bars',
  title: 'Integrated Settlement spend by theme',
  unit: 'pence',
  bars: [
    { label: 'Housing and regeneration', value: 1_245_000_000 },
    { label: 'Transport', value: 830_500_000 },
    { label: AWKWARD_LABEL, value: 412_000_099 },
    { label: 'Adult skills', value: 300_000_000 },
    { label: 'Net zero and retrofit', value: 95_000_000 },
  ],
};

const matrixColumns = ['Healthy lives', 'Good jobs and growth', 'Safe, strong and resilient communities', 'Net zero', 'Children get the best start in life'];
const strengths = ['primary', 'secondary', 'enabling', null] as const;

export const matrixChart: Extract<ChartSpec, { type: 'matrix' }> = {
  type: 'matrix',
  title: 'How programmes line up with the missions',
  rows: ['Integrated Settlement: Housing', 'Integrated Settlement: Skills and employment', 'Town centre regeneration (Wigan, Leigh)', 'Local transport plan'],
  columns: matrixColumns,
  cells: [0, 1, 2, 3].map((row) =>
    matrixColumns.map((_, column) => {
      const strength = strengths[(row + column) % 4]!;
      return strength === null
        ? { programmes: 0, pence: 0, strength }
        : { programmes: 1 + ((row * 3 + column) % 7), pence: (row + 1) * (column + 2) * 37_500_000 + row * 17, strength };
    }),
  ),
};

const longCommentary = [
  'This quarter the register shows steady progress across the Integrated Settlement. Most programmes are on track, and the finance ledger confirms that every payment released reached a named partner without deduction.',
  'Three indicators remain off track. The employment rate has risen for four quarters in a row but is still below its stretch target; the housing completions figure is late because the quarterly return arrived after the snapshot was frozen, and is shown as a gap rather than a guess.',
  'Leaders asked for a clearer view of how the missions and the Integrated Settlement overlap. The alignment matrix in this pack shows, for every pairing, the number of programmes and the money they carry, shaded by the strongest link recorded.',
  Array.from({ length: 6 }, (_, i) => `Paragraph sentence ${i + 1} adds detail on delivery partners, milestones and the sources behind each figure, so that the pack can be read on its own without the register open alongside it.`).join(' '),
].join('\n\n');

const programmeRows = Array.from({ length: 64 }, (_, index) => [
  `PRG-${String(index + 1).padStart(3, '0')}`,
  index === 7 ? AWKWARD_LABEL : `Programme ${index + 1}: ${['Housing delivery', 'Skills bootcamp', 'Active travel corridor', 'Retrofit pilot'][index % 4]}`,
  ['On track', 'At risk', 'Off track', 'Complete'][index % 4]!,
  `£${(1_000_000 + index * 12_345.67).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  `${(40 + (index * 7) % 60).toString()}%`,
]);

const sections: PackSection[] = [
  {
    id: 'headline',
    heading: 'Headline position',
    commentary: longCommentary,
    blocks: [
      { kind: 'figures', items: [
        { label: 'Programmes in the register', value: '64' },
        { label: 'Integrated Settlement 2025/26', value: '£28,450,000.00' },
        { label: 'Released to VCFSE partners', value: '£612,300.50' },
        { label: 'Indicators off track', value: '3 of 21' },
      ] },
      { kind: 'statement', text: 'Every penny of the Community Wealth Fund released this year reached partners: £612,300.50 released, £0.00 deducted.' },
      { kind: 'chart', id: 'headline-flow', caption: 'Figure 1. Community Wealth Fund from allocation to release.', altText: 'Bars: allocation £1,200,000.00, awarded £984,500.00, released £612,300.50.', chart: flowChart },
    ],
  },
  {
    id: 'missions',
    heading: 'Council missions',
    commentary: 'The council’s missions are tracked against the Local Outcomes Framework.',
    blocks: [
      { kind: 'subheading', text: 'Good jobs and growth' },
      { kind: 'paragraph', text: 'Employment is rising, with gaps where the quarterly survey was not published.' },
      { kind: 'chart', id: 'missions-trend', caption: 'Figure 2. Employment rate against target and tolerance band.', altText: 'Line chart of the employment rate from 71.2% to 74.6% over ten quarters, two quarters missing, against a rising target.', chart: trendChart },
    ],
  },
  {
    id: 'gmca_outcomes',
    heading: 'GMCA Integrated Settlement outcomes',
    commentary: '',
    blocks: [
      { kind: 'chart', id: 'gmca-bars', caption: 'Figure 3. Spend by theme.', altText: 'Bar chart of spend by theme; housing and regeneration is largest at £12,450,000.00.', chart: barsChart },
      { kind: 'paragraph', text: 'Spend follows the settlement’s themes; housing and regeneration carries the largest share.' },
    ],
  },
  {
    id: 'programmes',
    heading: 'Programme register',
    commentary: 'All programmes in the register at the snapshot, with their status and funding.',
    blocks: [
      { kind: 'table', caption: 'Table 1. Programmes, status and funding', columns: ['Reference', 'Programme', 'Status', 'Funding', 'Spent'], rows: programmeRows, numeric: [false, false, false, true, true] },
    ],
  },
  {
    id: 'grants',
    heading: 'Grants to VCFSE partners',
    commentary: 'Awards and payments from the zero-transaction-cost fund.',
    blocks: [
      { kind: 'table', caption: 'Table 2. Awards by partner', columns: ['Partner', 'Awards', 'Awarded', 'Released'], rows: [
        ['Hindley Community Pantry', '2', '£45,000.00', '£30,000.00'],
        ['Leigh Youth Sports Trust', '1', '£12,500.00', '£12,500.00'],
        [AWKWARD_LABEL, '3', '£80,000.00', '£20,000.00'],
      ], numeric: [false, true, true, true] },
      { kind: 'statement', text: 'No payment was released by the person who recorded it.' },
    ],
  },
  {
    id: 'alignment',
    heading: 'Alignment with the missions',
    commentary: 'Where programmes meet the missions, and how strongly.',
    blocks: [
      { kind: 'chart', id: 'alignment-matrix', caption: 'Figure 4. Programmes and money by mission and settlement theme.', altText: 'Matrix of four programme groups against five missions, showing programme counts and money.', chart: matrixChart },
    ],
  },
  {
    id: 'risks',
    heading: 'Risks and off-track items',
    commentary: 'Housing completions are late; the return is expected next month.\n\nSkills outcomes depend on the new provider contract.',
    blocks: [
      { kind: 'subheading', text: 'Off-track indicators' },
      { kind: 'paragraph', text: 'Housing completions, skills starts and active travel trips are below tolerance.' },
    ],
  },
  {
    id: 'appendix',
    heading: 'Appendix: sources and method',
    commentary: 'Figures come from the register snapshot named on the title page. The audit chain head in every footer identifies the snapshot.',
    blocks: [{ kind: 'paragraph', text: 'Money is shown in pounds from whole pence. Dates are UK dates; times are UTC.' }],
  },
];

/** A pack with every section, every block kind, all four charts and a table long enough to break pages. */
export const samplePack: PackDocument = {
  title: 'Integrated Settlement and Missions Briefing',
  subtitle: 'Quarterly position for the GMCA',
  audience: 'gmca',
  periodLabel: '2025/26 Q2',
  organisation: 'Wigan Council',
  asOf: '2025-10-01T09:30:00.000Z',
  auditHeadHash: SAMPLE_HASH,
  sections,
};
