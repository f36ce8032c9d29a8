/**
 * Reference geography loaded into every workspace: Greater Manchester, Wigan borough and
 * Wigan's 25 wards as drawn by the Wigan (Electoral Changes) Order 2022 (in force May 2023).
 * Nine ward codes were seen in published data; the rest follow the alphabetical run of codes
 * E05014989–E05015013 and are marked unverified until checked against the ONS lookup.
 */
export const GMCA_CODE = 'E47000001';
export const WIGAN_BOROUGH_CODE = 'E08000010';
export const WARD_VINTAGE = 'WD23';

const WARD_NAMES = [
  'Abram',
  'Ashton-in-Makerfield South',
  'Aspull, New Springs & Whelley',
  'Astley',
  'Atherton North',
  'Atherton South & Lilford',
  'Bryn with Ashton-in-Makerfield North',
  'Douglas',
  'Golborne & Lowton West',
  'Hindley',
  'Hindley Green',
  'Ince',
  'Leigh Central & Higher Folds',
  'Leigh South',
  'Leigh West',
  'Lowton East',
  'Orrell',
  'Pemberton',
  'Shevington with Lower Ground & Moor',
  'Standish with Langtree',
  'Tyldesley & Mosley Common',
  'Wigan Central',
  'Wigan West',
  'Winstanley',
  'Worsley Mesnes',
] as const;

const VERIFIED_CODES = new Set(['E05014989', 'E05014990', 'E05014995', 'E05014998', 'E05014999', 'E05015005', 'E05015006', 'E05015012', 'E05015013']);

export interface ReferenceArea {
  code: string;
  name: string;
  areaType: 'ward' | 'borough' | 'combined_authority';
  parentCode: string | null;
  vintage: string | null;
  verified: boolean;
  note: string | null;
}

export const WIGAN_WARDS: readonly ReferenceArea[] = WARD_NAMES.map((name, index) => {
  const code = `E0501${String(4989 + index).padStart(4, '0')}`;
  const verified = VERIFIED_CODES.has(code);
  return {
    code,
    name,
    areaType: 'ward',
    parentCode: WIGAN_BOROUGH_CODE,
    vintage: WARD_VINTAGE,
    verified,
    note: verified ? null : 'Code inferred from the alphabetical sequence of Wigan ward codes; check it against the ONS ward lookup.',
  };
});

export const REFERENCE_AREAS: readonly ReferenceArea[] = [
  { code: GMCA_CODE, name: 'Greater Manchester Combined Authority', areaType: 'combined_authority', parentCode: null, vintage: null, verified: true, note: null },
  { code: WIGAN_BOROUGH_CODE, name: 'Wigan', areaType: 'borough', parentCode: GMCA_CODE, vintage: null, verified: true, note: null },
  ...WIGAN_WARDS,
];
