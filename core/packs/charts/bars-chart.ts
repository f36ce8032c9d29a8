import { CONTENT_TOP, noDataNote, SMALL_SIZE, type ChartBody } from './frame';
import { formatCount, formatPence } from './format';
import { AXIS, BAR, INK } from './palette';
import { linearScale } from './scale';
import { element, textElement } from './svg-markup';
import { textWidth, truncate } from './text-metrics';

const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;

/** Horizontal bars in the order given, labelled with £ (pence) or whole counts. */
export function barsChart(spec: { unit: 'pence' | 'count'; bars: Array<{ label: string; value: number }> }, width: number): ChartBody {
  const top = CONTENT_TOP + 8;
  if (spec.bars.length === 0) {
    return { markup: noDataNote(width, top + 24), height: top + 48 };
  }
  const values = spec.bars.map((bar) => (Number.isFinite(bar.value) ? bar.value : 0));
  const format = spec.unit === 'pence' ? formatPence : formatCount;
  const valueLabels = values.map(format);
  const left = 12;
  const right = width - 12;
  const labelColumn = Math.min(Math.max(...spec.bars.map((bar) => textWidth(bar.label, SMALL_SIZE))) + 10, (right - left) * 0.4);
  const valueRoom = Math.max(...valueLabels.map((text) => textWidth(text, SMALL_SIZE))) + 10;
  const plotLeft = left + labelColumn;
  const plotRight = Math.max(plotLeft, right - valueRoom);
  const domain = { min: Math.min(0, ...values), max: Math.max(0, ...values) };
  const x = linearScale(domain, plotLeft, plotRight);
  const zero = domain.max === domain.min ? plotLeft : x(0);

  let markup = '';
  spec.bars.forEach((bar, index) => {
    const y = top + index * ROW_HEIGHT;
    const end = domain.max === domain.min ? plotLeft : x(values[index]!);
    markup += textElement(truncate(bar.label, labelColumn - 10, SMALL_SIZE), { x: left, y: y + BAR_HEIGHT / 2 + 4, 'font-size': SMALL_SIZE, fill: INK });
    markup += element('rect', { x: Math.min(zero, end), y, width: Math.abs(end - zero), height: BAR_HEIGHT, fill: BAR });
    markup += textElement(valueLabels[index]!, { x: Math.max(zero, end) + 6, y: y + BAR_HEIGHT / 2 + 4, 'font-size': SMALL_SIZE, fill: INK });
  });
  const bottom = top + spec.bars.length * ROW_HEIGHT;
  markup += element('line', { x1: zero, y1: top - 4, x2: zero, y2: bottom - ROW_HEIGHT + BAR_HEIGHT + 4, stroke: AXIS, 'stroke-width': 1 });
  return { markup, height: bottom + 4 };
}
