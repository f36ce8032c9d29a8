import { GMCA, WARD_VINTAGE, WARDS as WIGAN_WARDS, WIGAN_BOROUGH } from '../../core/geography/wigan-areas';

/** The ten Greater Manchester councils, in ONS code order (E08000001 Bolton to E08000010 Wigan). */
export interface Council {
  index: number;
  key: string;
  name: string;
  /** Programme, fund and username prefix. */
  prefix: string;
  boroughCode: string;
  /** Wards generated for the borough (Wigan uses its 25 real wards). */
  wardCount: number;
}

export const COUNCILS: readonly Council[] = [
  { index: 0, key: 'bolton', name: 'Bolton', prefix: 'BOL', boroughCode: 'E08000001', wardCount: 20 },
  { index: 1, key: 'bury', name: 'Bury', prefix: 'BUR', boroughCode: 'E08000002', wardCount: 20 },
  { index: 2, key: 'manchester', name: 'Manchester', prefix: 'MAN', boroughCode: 'E08000003', wardCount: 30 },
  { index: 3, key: 'oldham', name: 'Oldham', prefix: 'OLD', boroughCode: 'E08000004', wardCount: 20 },
  { index: 4, key: 'rochdale', name: 'Rochdale', prefix: 'ROC', boroughCode: 'E08000005', wardCount: 20 },
  { index: 5, key: 'salford', name: 'Salford', prefix: 'SAL', boroughCode: 'E08000006', wardCount: 24 },
  { index: 6, key: 'stockport', name: 'Stockport', prefix: 'STO', boroughCode: 'E08000007', wardCount: 21 },
  { index: 7, key: 'tameside', name: 'Tameside', prefix: 'TAM', boroughCode: 'E08000008', wardCount: 20 },
  { index: 8, key: 'trafford', name: 'Trafford', prefix: 'TRA', boroughCode: 'E08000009', wardCount: 21 },
  { index: 9, key: 'wigan', name: 'Wigan', prefix: 'WIG', boroughCode: WIGAN_BOROUGH.code, wardCount: WIGAN_WARDS.length },
];

export const GMCA_AREA_CODE = GMCA.code;

export interface AreaRow {
  code: string;
  name: string;
  area_type: 'ward' | 'borough' | 'combined_authority';
  parent_code: string | null;
  vintage: string | null;
  verified: 0 | 1;
  note: string | null;
}

export interface WardInfo {
  code: string;
  name: string;
  council: Council;
}

const WARD_SUFFIXES = [
  'Central', 'North', 'South', 'East', 'West', 'Park', 'Vale', 'Heath', 'Moor', 'Bridge', 'Brook', 'Green', 'Hill', 'Fold',
  'Meadows', 'Cross', 'Mill', 'Common', 'Edge', 'Fields', 'Gate', 'Grange', 'Hall', 'Wood', 'Croft', 'Bank', 'Clough', 'Dale',
  'Mount', 'Side',
];

const SYNTHETIC_WARD_NOTE =
  'Synthetic benchmark ward: the code (E0599…) and name are generated and are not an ONS ward. Never use this workspace for real data.';
const BOROUGH_NOTE = 'Borough code from the GM districts range E08000001 (Bolton) to E08000010 (Wigan); loaded for benchmark data and not checked against ONS here.';

/**
 * Synthetic ward codes keep the ONS shape (E05 + 6 digits, so they pass the app's validation) in a
 * range ONS has not issued: E0599 + council index + a 3-digit ward number, e.g. E05990001.
 */
export function syntheticWardCode(council: Council, n: number): string {
  return `E0599${council.index}${String(n).padStart(3, '0')}`;
}

/** Greater Manchester, the ten boroughs and their wards, parents before children. */
export function buildAreas(): { areas: AreaRow[]; wardsByCouncil: WardInfo[][] } {
  const areas: AreaRow[] = [
    { code: GMCA.code, name: GMCA.name, area_type: 'combined_authority', parent_code: null, vintage: GMCA.vintage, verified: GMCA.verified ? 1 : 0, note: GMCA.note ?? null },
  ];
  for (const council of COUNCILS) {
    if (council.key === 'wigan') {
      areas.push({ code: WIGAN_BOROUGH.code, name: WIGAN_BOROUGH.name, area_type: 'borough', parent_code: GMCA.code, vintage: WIGAN_BOROUGH.vintage, verified: WIGAN_BOROUGH.verified ? 1 : 0, note: WIGAN_BOROUGH.note ?? null });
    } else {
      areas.push({ code: council.boroughCode, name: council.name, area_type: 'borough', parent_code: GMCA.code, vintage: null, verified: 0, note: BOROUGH_NOTE });
    }
  }
  const wardsByCouncil: WardInfo[][] = [];
  for (const council of COUNCILS) {
    const wards: WardInfo[] = [];
    if (council.key === 'wigan') {
      for (const ward of WIGAN_WARDS) {
        areas.push({ code: ward.code, name: ward.name, area_type: 'ward', parent_code: council.boroughCode, vintage: ward.vintage, verified: ward.verified ? 1 : 0, note: ward.note ?? null });
        wards.push({ code: ward.code, name: ward.name, council });
      }
    } else {
      for (let n = 1; n <= council.wardCount; n++) {
        const code = syntheticWardCode(council, n);
        const name = `${council.name} ${WARD_SUFFIXES[(n - 1) % WARD_SUFFIXES.length]}`;
        areas.push({ code, name, area_type: 'ward', parent_code: council.boroughCode, vintage: WARD_VINTAGE, verified: 0, note: SYNTHETIC_WARD_NOTE });
        wards.push({ code, name, council });
      }
    }
    wardsByCouncil.push(wards);
  }
  return { areas, wardsByCouncil };
}
