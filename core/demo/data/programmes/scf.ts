import { WIGAN_BOROUGH_CODE } from '../geography';
import type { Programme } from '../types';
import { borough } from './shared';

// -------------------------------------------------------------------------------------------
export const scfProgramme: Programme = {
  code: 'WGN-SCF',
  name: 'Supporting Communities Fund',
  summary:
    'Council micro-grants for voluntary, community and faith groups: up to £1,000 a project, raised to £2,000 in the February 2025 round. Applicants explain how their project serves one or both of the council’s missions.',
  type: 'other',
  status: 'active',
  leadOfficer: 'Community Investment Officer',
  sro: 'Head of Community Partnerships',
  startDate: null,
  endDate: null,
  boroughCode: WIGAN_BOROUGH_CODE,
  geographyScope: 'borough',
  fundingLines: [
    {
      source: 'council',
      financialYear: '2024/25',
      spendType: 'revenue',
      amountPence: 19_306_707,
      certainty: 'confirmed',
      note: 'Total awarded across all rounds to date (189 projects). The source gives no split by year, so the whole amount sits in 2024/25 for the demo.',
      sourceKey: 'wigan-supporting-communities-fund',
      illustrative: true,
    },
  ],
  milestones: [
    {
      title: 'February 2025 round opens with a £2,000 maximum grant',
      dueDate: '2025-02-01',
      status: 'achieved',
      sourceKey: 'wigan-supporting-communities-fund',
      illustrative: true,
      note: 'Round and maximum from the source; the day is assumed.',
    },
    {
      title: 'Community projects funded',
      dueDate: '2025-03-31',
      unit: 'projects',
      status: 'achieved',
      actualValue: 189,
      sourceKey: 'wigan-supporting-communities-fund',
      illustrative: true,
      note: 'Count from the source; the date is assumed.',
    },
  ],
  wardCodes: borough,
  partners: [
    { partnerKey: 'marrowby-shed', role: 'Grant recipient (illustrative)' },
    { partnerKey: 'quillmoor-warm-spaces', role: 'Grant recipient (illustrative)' },
    { partnerKey: 'northmoss-tenants', role: 'Grant recipient (illustrative)' },
    { partnerKey: 'st-ambrels-pantry', role: 'Grant recipient (illustrative)' },
    { partnerKey: 'ashbrindle-carers', role: 'Grant recipient (illustrative)' },
    { partnerKey: 'oakbrindle-balance-club', role: 'Grant recipient (illustrative)' },
  ],
  publicBodies: [{ bodyKey: 'wigan-council', role: 'Funder' }],
  risks: [
    {
      description: 'Very small grants cost more to administer and monitor than they are worth.',
      likelihood: 2,
      impact: 2,
      owner: 'Head of Community Partnerships',
      mitigation: 'Light-touch application and one short end-of-grant return; publish awards in 360Giving format.',
      illustrative: true,
    },
  ],
  sources: [
    {
      sourceKey: 'wigan-supporting-communities-fund',
      figure: '189 projects funded, £193,067.07 in total; grants up to £1,000 (£2,000 in the February 2025 round)',
    },
  ],
  reportedFigures: [
    {
      key: 'scf-total',
      label: 'Total awarded',
      value: 19_306_707,
      unit: 'pence',
      sourceKey: 'wigan-supporting-communities-fund',
      note: '£193,067.07 across all rounds.',
    },
    {
      key: 'scf-projects',
      label: 'Projects funded',
      value: 189,
      unit: 'projects',
      sourceKey: 'wigan-supporting-communities-fund',
      note: 'All rounds to date.',
    },
    {
      key: 'scf-max-grant',
      label: 'Maximum grant (usual rounds)',
      value: 100_000,
      unit: 'pence',
      sourceKey: 'wigan-supporting-communities-fund',
      compareWith: ['scf-max-grant-feb-2025'],
      note: 'Up to £1,000.',
    },
    {
      key: 'scf-max-grant-feb-2025',
      label: 'Maximum grant (February 2025 round)',
      value: 200_000,
      unit: 'pence',
      sourceKey: 'wigan-supporting-communities-fund',
      compareWith: ['scf-max-grant'],
      note: 'Up to £2,000 in that round.',
    },
  ],
  missionCodes: ['M1', 'M2'],
  caveats: ['Which demo partners received grants is illustrative.'],
};
