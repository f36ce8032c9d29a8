import { BACKGROUND, INK, MUTED_INK } from './palette';
import { element, escapeXml, num, textElement } from './svg-markup';
import { truncate } from './text-metrics';

export const FONT_FAMILY = 'DejaVu Sans';
export const TITLE_SIZE = 15;
export const LABEL_SIZE = 12;
export const SMALL_SIZE = 11;
/** Baseline of the visible title; chart content starts below `CONTENT_TOP`. */
export const TITLE_BASELINE = 22;
export const CONTENT_TOP = 36;

/** What a chart drawer returns: its markup and the height it needs at the width it was given. */
export interface ChartBody {
  markup: string;
  height: number;
}

export interface FrameOptions {
  title: string;
  /** Size the SVG is shown at. */
  width: number;
  height: number;
  /** Size the body was laid out at (the viewBox); scaled to fit width × height. */
  layoutWidth: number;
  layoutHeight: number;
  body: string;
}

/** A short stable hash (FNV-1a), so ids differ between charts yet stay the same for the same chart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The standalone SVG document: accessible title, white background, visible title, then the body.
 * It has no XML declaration and its one id is derived from its content, so several charts can
 * also be placed inline in one HTML page.
 */
export function svgDocument(options: FrameOptions): string {
  const { title, width, height, layoutWidth, layoutHeight, body } = options;
  const titleId = `chart-title-${shortHash(`${title}\n${body}`)}`;
  const visibleTitle = textElement(truncate(title, layoutWidth - 24, TITLE_SIZE, true), {
    x: 12,
    y: TITLE_BASELINE,
    'font-size': TITLE_SIZE,
    'font-weight': 'bold',
    fill: INK,
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}" height="${num(height)}" ` +
    `viewBox="0 0 ${num(layoutWidth)} ${num(layoutHeight)}" role="img" aria-labelledby="${titleId}" ` +
    `font-family="${FONT_FAMILY}" font-size="${LABEL_SIZE}">` +
    `<title id="${titleId}">${escapeXml(title)}</title>` +
    element('rect', { x: 0, y: 0, width: layoutWidth, height: layoutHeight, fill: BACKGROUND }) +
    visibleTitle +
    body +
    '</svg>\n'
  );
}

/** A centred note used when a chart has nothing to draw. */
export function noDataNote(width: number, y: number, text = 'No figures to show'): string {
  return textElement(text, { x: width / 2, y, 'text-anchor': 'middle', 'font-size': LABEL_SIZE, fill: MUTED_INK });
}
