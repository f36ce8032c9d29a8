import { GMCA_CODE, WIGAN_BOROUGH_CODE } from '../geography/wigan-areas';

/** The area whose series gives an indicator its headline RAG: GM-level for GM indicators, else the borough. */
export function headlineAreaCode(geographyLevel: string): string {
  return geographyLevel === 'combined_authority' ? GMCA_CODE : WIGAN_BOROUGH_CODE;
}
