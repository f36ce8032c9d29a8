/**
 * Reference geography loaded into every workspace (empty or demonstration): Greater Manchester,
 * Wigan borough and Wigan's 25 wards as drawn by the Wigan (Electoral Changes) Order 2022, in force
 * from May 2023. Only codes seen in a published source are marked verified.
 */

/** ONS/GSS area code, e.g. 'E05014989' (ward), 'E08000010' (borough), 'E47000001' (combined authority). */
export type OnsCode = string;

export type AreaType = 'ward' | 'borough' | 'combined_authority' | 'region' | 'country';

export interface Area {
  code: OnsCode;
  name: string;
  areaType: AreaType;
  /** Code of the area this one sits inside, when it is part of the dataset. */
  parentCode: OnsCode | null;
  /** ONS code vintage, e.g. 'WD23' for wards in force from May 2023. */
  vintage: string | null;
  /** True only when the code was seen in a cited source. */
  verified: boolean;
  note?: string;
}

export interface Ward extends Area {
  areaType: 'ward';
  parentCode: OnsCode;
  vintage: string;
}


export const WIGAN_BOROUGH_CODE = 'E08000010';
export const GMCA_CODE = 'E47000001';
/** Vintage of the ward codes: wards in force from the May 2023 elections. */
export const WARD_VINTAGE = 'WD23';

export const GMCA: Area = {
  code: GMCA_CODE,
  name: 'Greater Manchester Combined Authority',
  areaType: 'combined_authority',
  parentCode: null,
  vintage: null,
  verified: true,
  note: 'Combined authority code covering the ten GM districts (E08000001 Bolton to E08000010 Wigan).',
};

export const WIGAN_BOROUGH: Area = {
  code: WIGAN_BOROUGH_CODE,
  name: 'Wigan',
  areaType: 'borough',
  parentCode: GMCA_CODE,
  vintage: null,
  verified: true,
  note: 'Metropolitan borough (local authority district); former ONS code 00BW. Census 2021 population 329,321.',
};

const INFERRED_NOTE =
  'Code inferred from the alphabetical order of ward names (E05014989 to E05015013); not seen in a source. Check against the ONS ward to LAD lookup before relying on it.';
const SEEN_NOTE = 'Code seen in a public GM election dataset.';

/** [name, code, seen in a source] in alphabetical order of name, which is also code order. */
const WARD_ROWS: ReadonlyArray<readonly [string, OnsCode, boolean]> = [
  ['Abram', 'E05014989', true],
  ['Ashton-in-Makerfield South', 'E05014990', true],
  ['Aspull, New Springs & Whelley', 'E05014991', false],
  ['Astley', 'E05014992', false],
  ['Atherton North', 'E05014993', false],
  ['Atherton South & Lilford', 'E05014994', false],
  ['Bryn with Ashton-in-Makerfield North', 'E05014995', true],
  ['Douglas', 'E05014996', false],
  ['Golborne & Lowton West', 'E05014997', false],
  ['Hindley', 'E05014998', true],
  ['Hindley Green', 'E05014999', true],
  ['Ince', 'E05015000', false],
  ['Leigh Central & Higher Folds', 'E05015001', false],
  ['Leigh South', 'E05015002', false],
  ['Leigh West', 'E05015003', false],
  ['Lowton East', 'E05015004', false],
  ['Orrell', 'E05015005', true],
  ['Pemberton', 'E05015006', true],
  ['Shevington with Lower Ground & Moor', 'E05015007', false],
  ['Standish with Langtree', 'E05015008', false],
  ['Tyldesley & Mosley Common', 'E05015009', false],
  ['Wigan Central', 'E05015010', false],
  ['Wigan West', 'E05015011', false],
  ['Winstanley', 'E05015012', true],
  ['Worsley Mesnes', 'E05015013', true],
];

/** Wigan's 25 wards (three councillors each) in force from May 2023. */
export const WARDS: readonly Ward[] = WARD_ROWS.map(([name, code, seen]) => ({
  code,
  name,
  areaType: 'ward',
  parentCode: WIGAN_BOROUGH_CODE,
  vintage: WARD_VINTAGE,
  verified: seen,
  note: seen ? SEEN_NOTE : INFERRED_NOTE,
}));

/** Every area in the demonstration workspace, parents before children. */
export const AREAS: readonly Area[] = [GMCA, WIGAN_BOROUGH, ...WARDS];

/** All ward codes, in code order. */
export const ALL_WARD_CODES: readonly OnsCode[] = WARDS.map((ward) => ward.code);

/** Ward code by exact ward name; throws on an unknown name so typos fail loudly. */
export function wardCode(name: string): OnsCode {
  const ward = WARDS.find((candidate) => candidate.name === name);
  if (!ward) throw new Error(`Unknown Wigan ward: ${name}`);
  return ward.code;
}

/**
 * The council groups the borough into three "Localities" made up of smaller "Places". Our sources
 * confirm the count but not the names or boundaries, so the demo does not model them.
 */
export const LOCALITIES_NOTE =
  'Wigan Council uses three Localities made up of Places; names and boundaries are not in our sources, so they are not modelled here.';
