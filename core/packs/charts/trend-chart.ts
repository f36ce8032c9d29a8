import type { TrendPoint } from '../document';
import { CONTENT_TOP, noDataNote, SMALL_SIZE, type ChartBody } from './frame';
import { formatNumber } from './format';
import { AXIS, GRID, INK, MUTED_INK, TREND } from './palette';
import { extent, linearScale, niceTicks } from './scale';
import { legend, type LegendKey } from './legend';
import { element, points, textElement } from './svg-markup';
import { textWidth, truncate } from './text-metrics';

type Point = [number, number];

/** Indexes grouped into consecutive runs where `has` holds; a missing figure splits the runs (a gap). */
function runs(count: number, has: (index: number) => boolean): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  for (let index = 0; index < count; index++) {
    if (has(index)) current.push(index);
    else if (current.length > 0) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

const isFigure = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Value over periods, with the target dashed and the tolerance band shaded; nulls leave gaps. */
export function trendChart(spec: { unit: string; points: TrendPoint[] }, width: number, height: number): ChartBody {
  const pts = spec.points;
  const inBand = (i: number) => isFigure(pts[i]!.bandLow) && isFigure(pts[i]!.bandHigh);
  const hasValue = pts.some((p) => isFigure(p.value));
  const hasTarget = pts.some((p) => isFigure(p.target));
  const hasBand = pts.some((_, i) => inBand(i));
  const plotTop = CONTENT_TOP + 46;
  const plotBottom = height - 34;

  const legendEntries: Array<{ label: string; key: LegendKey }> = [];
  if (hasValue) legendEntries.push({ label: 'Recorded', key: { kind: 'line', colour: TREND.value, marker: true } });
  if (hasTarget) legendEntries.push({ label: 'Target', key: { kind: 'line', colour: TREND.target, dashed: true } });
  if (hasBand) legendEntries.push({ label: 'Tolerance band', key: { kind: 'box', fill: TREND.band, stroke: TREND.value } });

  let markup = '';
  if (!hasValue && !hasTarget && !hasBand) {
    markup += element('rect', { x: 12, y: plotTop, width: width - 24, height: Math.max(0, plotBottom - plotTop), fill: 'none', stroke: GRID });
    markup += noDataNote(width, (plotTop + plotBottom) / 2 + 4, 'No figures recorded for these periods');
    return { markup, height };
  }

  const values: Array<number | null> = [];
  for (const p of pts) values.push(p.value, p.target, p.bandLow, p.bandHigh);
  const { domain, ticks } = niceTicks(extent(values) ?? { min: 0, max: 1 });
  const tickLabels = ticks.map(formatNumber);
  const axisLabelWidth = Math.max(...tickLabels.map((t) => textWidth(t, SMALL_SIZE)), 0);
  const plotLeft = 12 + axisLabelWidth + 8;
  const plotRight = width - 16;
  const y = linearScale(domain, plotBottom, plotTop);

  const labelWidth = Math.max(...pts.map((p) => textWidth(p.period, SMALL_SIZE)), 0);
  const inset = Math.max(16, Math.min(labelWidth / 2 + 2, (plotRight - plotLeft) / 4));
  const span = Math.max(0, plotRight - plotLeft - 2 * inset);
  const x = (index: number) => (pts.length <= 1 ? (plotLeft + plotRight) / 2 : plotLeft + inset + (index * span) / (pts.length - 1));

  // Grid and y-axis labels.
  ticks.forEach((tick, index) => {
    const ty = y(tick);
    markup += element('line', { x1: plotLeft, y1: ty, x2: plotRight, y2: ty, stroke: GRID, 'stroke-width': 1 });
    markup += textElement(tickLabels[index]!, { x: plotLeft - 6, y: ty + 4, 'text-anchor': 'end', 'font-size': SMALL_SIZE, fill: MUTED_INK });
  });
  if (spec.unit.trim() !== '') {
    markup += textElement(truncate(spec.unit, width - 24, SMALL_SIZE), { x: 12, y: plotTop - 14, 'font-size': SMALL_SIZE, fill: MUTED_INK });
  }

  // Tolerance band, drawn under the lines.
  for (const run of runs(pts.length, inBand)) {
    if (run.length === 1) {
      const i = run[0]!;
      const low = y(pts[i]!.bandLow!);
      const high = y(pts[i]!.bandHigh!);
      markup += element('rect', { x: x(i) - 6, y: Math.min(low, high), width: 12, height: Math.abs(low - high), fill: TREND.band });
      continue;
    }
    const upper = run.map((i): Point => [x(i), y(pts[i]!.bandHigh!)]);
    const lower = run.map((i): Point => [x(i), y(pts[i]!.bandLow!)]).reverse();
    markup += element('polygon', { points: points([...upper, ...lower]), fill: TREND.band, stroke: 'none' });
  }

  // Axes.
  markup += element('line', { x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: AXIS, 'stroke-width': 1 });

  // Target: dashed, with short ticks where a target stands alone.
  for (const run of runs(pts.length, (i) => isFigure(pts[i]!.target))) {
    const at = run.map((i): Point => [x(i), y(pts[i]!.target!)]);
    const line: Point[] = at.length === 1 ? [[at[0]![0] - 8, at[0]![1]], [at[0]![0] + 8, at[0]![1]]] : at;
    markup += element('polyline', { points: points(line), fill: 'none', stroke: TREND.target, 'stroke-width': 2, 'stroke-dasharray': '6 4' });
  }

  // Recorded values: solid line segments and a marker on every figure.
  for (const run of runs(pts.length, (i) => isFigure(pts[i]!.value))) {
    const at = run.map((i): Point => [x(i), y(pts[i]!.value!)]);
    if (at.length > 1) markup += element('polyline', { points: points(at), fill: 'none', stroke: TREND.value, 'stroke-width': 2.5, 'stroke-linejoin': 'round' });
    for (const [cx, cy] of at) markup += element('circle', { cx, cy, r: 3.5, fill: TREND.value });
  }

  // Period labels, thinned so they never overlap.
  const spacing = pts.length <= 1 ? plotRight - plotLeft : span / (pts.length - 1);
  const step = spacing > 0 ? Math.max(1, Math.ceil((labelWidth + 8) / spacing)) : pts.length;
  const maxLabel = Math.max(0, Math.min(plotRight - plotLeft, step * spacing - 4));
  pts.forEach((p, i) => {
    if (i % step !== 0) return;
    markup += textElement(truncate(p.period, maxLabel, SMALL_SIZE), { x: x(i), y: plotBottom + 18, 'text-anchor': 'middle', 'font-size': SMALL_SIZE, fill: INK });
  });

  markup += legend(legendEntries, 12, CONTENT_TOP + 10);
  return { markup, height };
}
