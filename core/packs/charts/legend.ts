import { INK } from './palette';
import { SMALL_SIZE } from './frame';
import { element, textElement } from './svg-markup';
import { textWidth } from './text-metrics';

/** How a legend entry's key is drawn: a line (solid or dashed, optionally with a marker) or a box. */
export type LegendKey =
  | { kind: 'line'; colour: string; dashed?: boolean; marker?: boolean }
  | { kind: 'box'; fill: string; stroke?: string };

const KEY_WIDTH = 20;

function key(entry: LegendKey, x: number, y: number): string {
  if (entry.kind === 'box') {
    return element('rect', { x, y: y - 6, width: KEY_WIDTH, height: 12, fill: entry.fill, stroke: entry.stroke ?? 'none', 'stroke-width': 0.75 });
  }
  let markup = element('line', {
    x1: x,
    y1: y,
    x2: x + KEY_WIDTH,
    y2: y,
    stroke: entry.colour,
    'stroke-width': entry.dashed ? 2 : 2.5,
    'stroke-dasharray': entry.dashed ? '6 4' : undefined,
  });
  if (entry.marker) markup += element('circle', { cx: x + KEY_WIDTH / 2, cy: y, r: 3.5, fill: entry.colour });
  return markup;
}

/** A one-line legend starting at (x, y), y being the middle of the keys. */
export function legend(entries: Array<{ label: string; key: LegendKey }>, x: number, y: number): string {
  let markup = '';
  let left = x;
  for (const entry of entries) {
    markup += key(entry.key, left, y);
    markup += textElement(entry.label, { x: left + KEY_WIDTH + 6, y: y + 4, 'font-size': SMALL_SIZE, fill: INK });
    left += KEY_WIDTH + 6 + textWidth(entry.label, SMALL_SIZE) + 18;
  }
  return markup;
}
