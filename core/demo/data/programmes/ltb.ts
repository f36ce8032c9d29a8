import { WIGAN_BOROUGH_CODE } from '../geography';
import type { Programme } from '../types';
import { LEIGH_WARDS, longTermTownsLines } from './shared';

// -------------------------------------------------------------------------------------------
export const ltbProgramme: Programme = {
  code: 'WGN-LTB',
  name: 'Leigh Town Board: Long-Term Towns',
  summary:
    'The Leigh Town Board steers ten years of Long-Term Towns funding from central government, alongside Levelling Up Fund money. Its themes are safety and security; the high street, regeneration and heritage; and transport and connectivity.',
  type: 'other',
  status: 'active',
  leadOfficer: 'Town Centre Programme Manager, Leigh',
  sro: 'Assistant Director, Regeneration',
  startDate: null,
  endDate: null,
  boroughCode: WIGAN_BOROUGH_CODE,
  geographyScope: 'wards',
  fundingLines: longTermTownsLines,
  milestones: [
    {
      title: 'Town Board agrees its long-term plan for Leigh',
      dueDate: '2024-11-30',
      status: 'achieved',
      illustrative: true,
      note: 'Illustrative date and status.',
    },
    {
      title: 'Town centre safety improvements complete',
      dueDate: '2026-06-30',
      status: 'at_risk',
      illustrative: true,
      note: 'Illustrative date and status.',
    },
  ],
  wardCodes: LEIGH_WARDS,
  partners: [
    { partnerKey: 'loomhouse-heritage', role: 'Heritage theme partner' },
    { partnerKey: 'tannerfold-youth-arts', role: 'Young people’s events in the town centre' },
  ],
  publicBodies: [
    { bodyKey: 'mhclg', role: 'Funder (Long-Term Towns)' },
    { bodyKey: 'wigan-council', role: 'Accountable body for the Town Board' },
  ],
  risks: [
    {
      description: 'Construction cost inflation squeezes what the fixed £20m can buy.',
      likelihood: 4,
      impact: 3,
      owner: 'Assistant Director, Regeneration',
      mitigation: 'Keep a prioritised list of schemes and review scope each year with the Town Board.',
      illustrative: true,
    },
  ],
  sources: [
    { sourceKey: 'wigan-leigh-town-board', figure: '£20m of Long-Term Towns funding over ten years; three themes' },
    { sourceKey: 'wigan-borough-life-spring-2024', figure: '£12m Levelling Up Fund; more than £30m in total for Leigh' },
  ],
  reportedFigures: [
    {
      key: 'ltb-long-term-towns',
      label: 'Long-Term Towns funding over ten years',
      value: 2_000_000_000,
      unit: 'pence',
      sourceKey: 'wigan-leigh-town-board',
      note: 'The funding lines spread this evenly across ten years; that split is illustrative.',
    },
    {
      key: 'ltb-levelling-up',
      label: 'Levelling Up Fund for Leigh',
      value: 1_200_000_000,
      unit: 'pence',
      sourceKey: 'wigan-borough-life-spring-2024',
      note: 'Our research cites the Town Board page and Borough Life (Spring 2024) together for this figure. Not entered as a funding line here.',
    },
    {
      key: 'ltb-total',
      label: 'Total for Leigh',
      value: 3_000_000_000,
      unit: 'pence',
      sourceKey: 'wigan-borough-life-spring-2024',
      note: 'Stated as "more than £30m", so this is a floor.',
    },
  ],
  missionCodes: ['M2'],
  caveats: ['The yearly phasing and the capital/revenue split of the £20m are illustrative.'],
};
