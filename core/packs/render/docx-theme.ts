import type { IStylesOptions } from 'docx';

/** Page geometry, colours and styles of the Word pack. Sizes: twips (1/1440 inch), half-points for text. */

/** Arial in Word (installed everywhere, metric-compatible Liberation Sans in LibreOffice). */
export const WORD_FONT = 'Arial';

export const COLOUR = {
  ink: '1A1A1A',
  muted: '4D4D4D',
  accent: '08306B',
  rule: 'BFBFBF',
  zebra: 'F1F5FA',
  statementFill: 'EEF4FA',
  headerText: 'FFFFFF',
} as const;

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm

export const PAGE = {
  size: A4,
  margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
  /** Width between the margins, in twips. */
  contentWidth: A4.width - 2 * MARGIN,
} as const;

/** Twips to pixels at 96 to the inch (how docx sizes images). */
export const twipsToPixels = (twips: number): number => (twips / 1440) * 96;

export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: WORD_FONT, size: 21, color: COLOUR.ink }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: WORD_FONT, size: 56, bold: true, color: COLOUR.accent }, paragraph: { spacing: { after: 200 } } },
    heading1: {
      run: { font: WORD_FONT, size: 36, bold: true, color: COLOUR.accent },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: WORD_FONT, size: 26, bold: true, color: COLOUR.accent },
      paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 18, color: COLOUR.ink },
      paragraph: { spacing: { before: 80, after: 80 } },
    },
    { id: 'ChartDescription', name: 'Chart description', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: COLOUR.muted } },
    { id: 'PackFurniture', name: 'Pack header and footer', basedOn: 'Normal', run: { size: 16, color: COLOUR.muted }, paragraph: { spacing: { after: 0 } } },
  ],
};
