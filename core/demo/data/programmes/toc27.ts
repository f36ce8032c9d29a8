import { WIGAN_BOROUGH_CODE } from '../geography';
import type { Programme } from '../types';
import { ILLUSTRATIVE_BUDGET, borough } from './shared';

// -------------------------------------------------------------------------------------------
export const toc27Programme: Programme = {
  code: 'WGN-TOC27',
  name: 'GM Town of Culture 2027 bid',
  summary:
    'The council’s application, developed with Arts Council England, to be Greater Manchester Town of Culture for 2027. The title is a GMCA award, modelled on UK City of Culture, that gives one town a year of cultural activity.',
  type: 'other',
  status: 'active',
  leadOfficer: 'Head of Culture, Heritage and Libraries',
  sro: 'Assistant Director, Communities',
  startDate: null,
  endDate: null,
  boroughCode: WIGAN_BOROUGH_CODE,
  geographyScope: 'borough',
  fundingLines: [
    {
      source: 'council',
      financialYear: '2026/27',
      spendType: 'revenue',
      amountPence: 4_000_000,
      certainty: 'planned',
      note: `Bid development and community programming. ${ILLUSTRATIVE_BUDGET}`,
      sourceKey: 'lga-cpc-wigan-2025',
      illustrative: true,
    },
    {
      source: 'arts_council',
      financialYear: '2027/28',
      spendType: 'revenue',
      amountPence: 5_000_000,
      certainty: 'planned',
      note: `Possible project grant if the bid succeeds. ${ILLUSTRATIVE_BUDGET}`,
      sourceKey: 'lga-cpc-wigan-2025',
      illustrative: true,
    },
  ],
  milestones: [
    {
      title: 'Bid submitted to GMCA',
      dueDate: '2026-06-30',
      status: 'achieved',
      illustrative: true,
      note: 'Illustrative date and status.',
    },
    {
      title: 'Town of Culture 2027 decision announced',
      dueDate: '2026-12-31',
      status: 'on_track',
      illustrative: true,
      note: 'Illustrative date and status.',
    },
  ],
  wardCodes: borough,
  partners: [
    { partnerKey: 'tannerfold-youth-arts', role: 'Leads the young people’s strand' },
    { partnerKey: 'loomhouse-heritage', role: 'Heritage trails and volunteer guides' },
  ],
  publicBodies: [
    { bodyKey: 'arts-council-england', role: 'Development partner for the bid' },
    { bodyKey: 'gmca', role: 'Awarding body' },
  ],
  risks: [
    {
      description: 'If the bid fails, partners lose momentum and the work done is wasted.',
      likelihood: 3,
      impact: 2,
      owner: 'Head of Culture, Heritage and Libraries',
      mitigation: 'Plan a smaller programme that goes ahead whatever the outcome.',
      illustrative: true,
    },
  ],
  sources: [
    { sourceKey: 'lga-cpc-wigan-2025', figure: 'Application to be GM Town of Culture 2027, with the Arts Council' },
    { sourceKey: 'bbc-gm-town-of-culture', figure: 'Award modelled on UK City of Culture; earlier holders and award values' },
  ],
  reportedFigures: [
    {
      key: 'toc-bury-2020',
      label: 'Award to Bury, the first holder (2020)',
      value: 12_000_000,
      unit: 'pence',
      sourceKey: 'bbc-gm-town-of-culture',
      note: 'About £120k. Context for scale: not Wigan funding.',
    },
    {
      key: 'toc-stalybridge-2022',
      label: 'Award to Stalybridge (2022)',
      value: 5_000_000,
      unit: 'pence',
      sourceKey: 'bbc-gm-town-of-culture',
      note: 'Context for scale: not Wigan funding.',
    },
    {
      key: 'toc-stockport-2023',
      label: 'Award to Stockport (2023)',
      value: 5_000_000,
      unit: 'pence',
      sourceKey: 'bbc-gm-town-of-culture',
      note: 'Context for scale: not Wigan funding.',
    },
  ],
  missionCodes: ['M2'],
  caveats: [
    'Our sources do not say which town the bid centres on, so it is recorded borough-wide.',
    'Our research found no award holders after 2023.',
  ],
};
