/**
 * Float-safe comparison and figure formatting shared by the status rules.
 *
 * Figures such as 0.3 − 0.27 are not exact in binary floating point, so "equal" means equal to within
 * a tiny tolerance relative to the magnitude of the numbers being compared. The slack is purely
 * relative (no absolute floor), so multiplying every figure by the same positive factor never
 * changes a comparison, and zero only equals zero.
 */
export const RELATIVE_EPSILON = 1e-10;

/** Allowed rounding slack when comparing figures of these magnitudes. */
export function slack(...figures: number[]): number {
  return RELATIVE_EPSILON * Math.max(0, ...figures.map(Math.abs));
}

/** 1 when a is clearly above b, −1 when clearly below, 0 when equal within slack. */
export function compareFigures(a: number, b: number): -1 | 0 | 1 {
  const difference = a - b;
  const allowed = slack(a, b);
  if (difference > allowed) return 1;
  if (difference < -allowed) return -1;
  return 0;
}

/** A finite number, or null for null/undefined/NaN/±Infinity (treated as "no figure"). */
export function figureOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const FIGURE_FORMAT = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 4 });
const PERCENT_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A figure for a reason sentence: "12.0", "0.27", "1,250.5". */
export function formatFigure(value: number): string {
  return FIGURE_FORMAT.format(value);
}

/** A tolerance percentage without the sign: "10", "7.5". */
export function formatPercent(value: number): string {
  return PERCENT_FORMAT.format(value);
}
