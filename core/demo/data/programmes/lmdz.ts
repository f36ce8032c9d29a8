import { WIGAN_BOROUGH_CODE } from '../geography';
import type { Programme } from '../types';
import { ILLUSTRATIVE_BUDGET, LEIGH_WARDS } from './shared';

// -------------------------------------------------------------------------------------------
export const lmdzProgramme: Programme = {
  code: 'WGN-LMDZ',
  name: 'Leigh Mayoral Development Zone',
  summary:
    'A mayoral designation to speed up regeneration in Leigh. Plans include a university campus focused on health and social care, supporting neighbourhood health and the NHS 10-year plan. The peer review calls it a Mayoral Development Zone (MDZ); GM’s published local commitments list a Leigh Mayoral Development Corporation (MDC). Which designation applies needs confirming.',
  type: 'development_zone',
  status: 'proposed',
  leadOfficer: 'Assistant Director, Regeneration',
  sro: 'Director of Place',
  startDate: null,
  endDate: null,
  boroughCode: WIGAN_BOROUGH_CODE,
  geographyScope: 'wards',
  fundingLines: [
    {
      source: 'council',
      financialYear: '2026/27',
      spendType: 'revenue',
      amountPence: 25_000_000,
      certainty: 'planned',
      note: `Masterplanning and feasibility. ${ILLUSTRATIVE_BUDGET}`,
      sourceKey: 'lga-cpc-wigan-2025',
      illustrative: true,
    },
    {
      source: 'is_pillar',
      pillarCode: 'local_growth_place',
      financialYear: '2026/27',
      spendType: 'revenue',
      amountPence: 30_000_000,
      certainty: 'planned',
      note: `Possible bid to the local growth and place pillar. ${ILLUSTRATIVE_BUDGET}`,
      sourceKey: 'lga-cpc-wigan-2025',
      illustrative: true,
    },
  ],
  milestones: [
    {
      title: 'Designation (MDZ or MDC) confirmed with GMCA',
      dueDate: '2026-12-31',
      status: 'at_risk',
      illustrative: true,
      note: 'Illustrative date and status.',
    },
    {
      title: 'Outline business case for the health and social care campus',
      dueDate: '2027-06-30',
      status: 'not_started',
      illustrative: true,
      note: 'Illustrative date and status.',
    },
  ],
  wardCodes: LEIGH_WARDS,
  partners: [
    { partnerKey: 'loomhouse-heritage', role: 'Community voice on heritage-led regeneration' },
    { partnerKey: 'tannerfold-youth-arts', role: 'Involving young people in masterplanning' },
  ],
  publicBodies: [
    { bodyKey: 'gmca', role: 'Mayoral designation and growth support' },
    { bodyKey: 'nhs-gm', role: 'Neighbourhood health partner for the campus' },
    { bodyKey: 'wigan-council', role: 'Local lead' },
  ],
  risks: [
    {
      description: 'Uncertainty over whether Leigh is a Zone or a Corporation delays governance and funding decisions.',
      likelihood: 3,
      impact: 3,
      owner: 'Assistant Director, Regeneration',
      mitigation: 'Confirm the designation in writing with GMCA and record it with its source.',
      illustrative: true,
    },
    {
      description: 'No higher-education partner is yet committed to the health and social care campus.',
      likelihood: 3,
      impact: 4,
      owner: 'Director of Place',
      mitigation: 'Run soft market testing with universities and NHS GM before the business case.',
      illustrative: true,
    },
  ],
  sources: [
    { sourceKey: 'lga-cpc-wigan-2025', figure: 'Leigh MDZ, with plans for a university health and social care campus' },
    { sourceKey: 'gm-local-commitments', figure: '"Leigh MDC" listed among new Mayoral Development Corporations and Zones' },
  ],
  reportedFigures: [],
  missionCodes: ['M2', 'M1'],
  caveats: [
    'Designation unconfirmed: the peer review says Mayoral Development Zone (MDZ), GM local commitments say Mayoral Development Corporation (MDC).',
    'Our research found no published source for the campus plans.',
  ],
};
