/**
 * Chart colours: the Okabe–Ito colour-blind-safe hues for series, and a sequential blue ramp for
 * ordered categories, whose steps also differ clearly in lightness when printed in greyscale.
 */

export const INK = '#1A1A1A';
export const MUTED_INK = '#4D4D4D';
export const GRID = '#D9D9D9';
export const AXIS = '#7F7F7F';
export const BACKGROUND = '#FFFFFF';

/** Trend chart: measured values, the target and its tolerance band. */
export const TREND = { value: '#0072B2', target: '#D55E00', band: '#DCEBF7' };

/** Flow stages, darkest first (allocation → awarded → released). */
export const FLOW_STAGES = ['#08306B', '#2171B5', '#6BAED6', '#9ECAE1'];

export const BAR = '#0072B2';

/** Alignment matrix cells by link strength, with a text colour of at least 4.5:1 contrast on each. */
export const STRENGTH = {
  primary: { fill: '#08306B', text: '#FFFFFF', label: 'Primary' },
  secondary: { fill: '#2171B5', text: '#FFFFFF', label: 'Secondary' },
  enabling: { fill: '#C6DBEF', text: '#08306B', label: 'Enabling' },
  none: { fill: '#F2F2F2', text: '#4D4D4D', label: 'No link' },
} as const;
