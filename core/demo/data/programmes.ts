import type { Programme } from './types';
import { lwtProgramme } from './programmes/lwt';
import { lmdzProgramme } from './programmes/lmdz';
import { nfdProgramme } from './programmes/nfd';
import { toc27Programme } from './programmes/toc27';
import { h4yProgramme } from './programmes/h4y';
import { ltbProgramme } from './programmes/ltb';
import { scfProgramme } from './programmes/scf';
import { fallsProgramme } from './programmes/falls';
import { capProgramme } from './programmes/cap';
import { lgbProgramme } from './programmes/lgb';

/**
 * The demonstration register: Wigan programmes drawn from the LGA peer review's progress review
 * (19 November 2025) and the public sources in sources.ts.
 *
 * Honesty rules followed here:
 * - a figure taken from a source names that source (`sourceKey`); where sources give different
 *   figures, both are kept as `reportedFigures` side by side;
 * - anything invented for the demo (phasing, placeholder budgets, milestone dates, statuses,
 *   ward footprints, risks) has `illustrative: true` and says so in its note;
 * - officers are role titles, never real people; VCFSE partners are fictional.
 */
export const PROGRAMMES: readonly Programme[] = [
  lwtProgramme,
  lmdzProgramme,
  nfdProgramme,
  toc27Programme,
  h4yProgramme,
  ltbProgramme,
  scfProgramme,
  fallsProgramme,
  capProgramme,
  lgbProgramme,
];

/** Look a programme up by code; undefined when the code is unknown. */
export function findProgramme(code: string): Programme | undefined {
  return PROGRAMMES.find((programme) => programme.code === code);
}

/** Sum of a programme's confirmed funding lines, in pence. */
export function confirmedTotalPence(programme: Programme): number {
  return programme.fundingLines
    .filter((line) => line.certainty === 'confirmed')
    .reduce((sum, line) => sum + line.amountPence, 0);
}
