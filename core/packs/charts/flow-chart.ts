import { CONTENT_TOP, LABEL_SIZE, noDataNote, SMALL_SIZE, type ChartBody } from './frame';
import { formatNumber, formatPence } from './format';
import { AXIS, FLOW_STAGES, INK, MUTED_INK } from './palette';
import { element, textElement } from './svg-markup';
import { textWidth, truncate } from './text-metrics';

const STAGE_HEIGHT = 52;
const BAR_HEIGHT = 22;

function share(part: number, whole: number): string | null {
  if (!(whole > 0) || !Number.isFinite(part)) return null;
  return `${formatNumber(Math.round((part / whole) * 1000) / 10)}%`;
}

/** Money through its stages (allocation → awarded → released) as bars on one scale, each labelled in £. */
export function flowChart(stages: Array<{ label: string; pence: number }>, width: number): ChartBody {
  const top = CONTENT_TOP + 8;
  if (stages.length === 0) {
    return { markup: noDataNote(width, top + 24, 'No money recorded'), height: top + 48 };
  }
  const first = stages[0]!;
  const valueLabels = stages.map((stage, index) => {
    const pct = index === 0 ? null : share(stage.pence, first.pence);
    return pct === null ? formatPence(stage.pence) : `${formatPence(stage.pence)} (${pct} of ${first.label.toLowerCase()})`;
  });
  const left = 12;
  const right = width - 12;
  const labelRoom = Math.min(Math.max(...valueLabels.map((text) => textWidth(text, SMALL_SIZE))) + 10, (right - left) / 2);
  const barMax = Math.max(0, right - left - labelRoom);
  const max = Math.max(0, ...stages.map((stage) => (Number.isFinite(stage.pence) ? stage.pence : 0)));

  let markup = '';
  stages.forEach((stage, index) => {
    const y = top + index * STAGE_HEIGHT;
    const length = max > 0 && stage.pence > 0 ? (stage.pence / max) * barMax : 0;
    markup += textElement(truncate(stage.label, right - left, LABEL_SIZE, true), { x: left, y: y + 12, 'font-size': LABEL_SIZE, 'font-weight': 'bold', fill: INK });
    markup += element('rect', { x: left, y: y + 18, width: length, height: BAR_HEIGHT, fill: FLOW_STAGES[index % FLOW_STAGES.length] });
    markup += textElement(truncate(valueLabels[index]!, labelRoom - 8, SMALL_SIZE), {
      x: left + length + 8,
      y: y + 18 + BAR_HEIGHT / 2 + 4,
      'font-size': SMALL_SIZE,
      fill: length > 0 ? INK : MUTED_INK,
    });
  });
  const bottom = top + stages.length * STAGE_HEIGHT;
  markup += element('line', { x1: left, y1: top + 14, x2: left, y2: bottom - 8, stroke: AXIS, 'stroke-width': 1 });
  return { markup, height: bottom + 8 };
}
