import { WIGAN_BOROUGH_CODE, wardCode } from '../geography';
import type { Programme } from '../types';
import { LEIGH_WARDS } from './shared';

// -------------------------------------------------------------------------------------------
export const lgbProgramme: Programme = {
  code: 'WGN-LGB',
  name: 'Leigh Guided Busway',
  summary:
    'A guided busway serving Leigh, completed before the current programme period. The peer review mentions it as earlier joint working with Greater Manchester; it stays in the register as a closed scheme that later work builds on.',
  type: 'capital_scheme',
  status: 'closed',
  leadOfficer: 'Transport Strategy Manager',
  sro: 'Director of Place',
  startDate: null,
  endDate: null,
  boroughCode: WIGAN_BOROUGH_CODE,
  geographyScope: 'wards',
  fundingLines: [],
  milestones: [],
  wardCodes: [...LEIGH_WARDS, wardCode('Tyldesley & Mosley Common'), wardCode('Astley')],
  partners: [],
  publicBodies: [{ bodyKey: 'gmca', role: 'Greater Manchester transport partner' }],
  risks: [],
  sources: [{ sourceKey: 'lga-cpc-wigan-2025', figure: 'Cited as earlier work with Greater Manchester' }],
  reportedFigures: [],
  missionCodes: ['M2'],
  caveats: ['Dates, cost and route are not in our sources; the ward footprint is illustrative.'],
};
