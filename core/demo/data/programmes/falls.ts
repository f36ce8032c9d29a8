import { WIGAN_BOROUGH_CODE, wardCode } from '../geography';
import type { Programme } from '../types';
import { ILLUSTRATIVE_BUDGET } from './shared';

// -------------------------------------------------------------------------------------------
export const fallsProgramme: Programme = {
  code: 'WGN-FALLS',
  name: 'Falls prevention refresh',
  summary:
    'A refreshed, neighbourhood-based approach to preventing falls among older residents, led by a newly appointed Assistant Director. The peer review gave it as an example of neighbourhood working making a difference.',
  type: 'service_improvement',
  status: 'active',
  leadOfficer: 'Assistant Director (falls prevention lead)',
  sro: 'Director of Adult Social Care',
  startDate: null,
  endDate: null,
  boroughCode: WIGAN_BOROUGH_CODE,
  geographyScope: 'wards',
  fundingLines: [
    {
      source: 'nhs',
      financialYear: '2025/26',
      spendType: 'revenue',
      amountPence: 18_000_000,
      certainty: 'planned',
      note: `Community strength and balance offer. ${ILLUSTRATIVE_BUDGET}`,
      sourceKey: 'lga-cpc-wigan-2025',
      illustrative: true,
    },
    {
      source: 'council',
      financialYear: '2025/26',
      spendType: 'revenue',
      amountPence: 12_000_000,
      certainty: 'planned',
      note: `Home hazard checks and minor adaptations. ${ILLUSTRATIVE_BUDGET}`,
      sourceKey: 'lga-cpc-wigan-2025',
      illustrative: true,
    },
  ],
  milestones: [
    {
      title: 'Strength and balance classes running in target neighbourhoods',
      dueDate: '2026-06-30',
      targetValue: 10,
      unit: 'neighbourhoods',
      status: 'on_track',
      actualValue: 6,
      illustrative: true,
      note: 'Illustrative target and progress.',
    },
    {
      title: 'Falls-related hospital admissions reduced against the 2024/25 baseline',
      dueDate: '2027-03-31',
      targetValue: 5,
      unit: '% reduction',
      status: 'on_track',
      illustrative: true,
      note: 'Illustrative target.',
    },
  ],
  wardCodes: [
    wardCode('Abram'),
    wardCode('Ashton-in-Makerfield South'),
    wardCode('Hindley Green'),
    wardCode('Leigh South'),
    wardCode('Pemberton'),
    wardCode('Standish with Langtree'),
  ],
  partners: [
    { partnerKey: 'oakbrindle-balance-club', role: 'Strength and balance classes' },
    { partnerKey: 'ashbrindle-carers', role: 'Falls awareness for unpaid carers' },
    { partnerKey: 'marrowby-shed', role: 'Peer outreach to older men' },
  ],
  publicBodies: [
    { bodyKey: 'nhs-gm', role: 'Joint commissioner' },
    { bodyKey: 'wigan-council', role: 'Lead' },
  ],
  risks: [
    {
      description: 'Hospital data on falls arrives too late to steer the work quarter by quarter.',
      likelihood: 3,
      impact: 2,
      owner: 'Assistant Director (falls prevention lead)',
      mitigation: 'Use community referrals and class attendance as leading indicators.',
      illustrative: true,
    },
  ],
  sources: [{ sourceKey: 'lga-cpc-wigan-2025', figure: 'Refreshed approach to falls prevention, with a new Assistant Director' }],
  reportedFigures: [],
  missionCodes: ['M1'],
  caveats: ['The ward footprint, budget and targets are illustrative.'],
};
