import { fontPaths } from './fonts';

/** Page geometry, fonts and colours of the PDF pack. Sizes are in points (1/72 inch). */

export const PAGE = {
  size: 'A4',
  margins: { top: 68, bottom: 64, left: 56, right: 56 },
  headerBaseline: 30,
  footerOffset: 40,
} as const;

/**
 * Fonts are named by their file paths: the document opens with the regular face (so no standard
 * font is ever added), and pdfkit then finds each face in its cache by path instead of parsing
 * the file again.
 */
export const FONT = { regular: fontPaths.regular, bold: fontPaths.bold } as const;

export const SIZE = {
  title: 28,
  subtitle: 15,
  h1: 18,
  h2: 13,
  body: 10.5,
  table: 8.5,
  caption: 9,
  furniture: 8,
} as const;

export const COLOUR = {
  ink: '#1A1A1A',
  muted: '#4D4D4D',
  accent: '#08306B',
  rule: '#BFBFBF',
  zebra: '#F1F5FA',
  statementFill: '#EEF4FA',
  headerText: '#FFFFFF',
} as const;

export const LINE_GAP = 2.5;
