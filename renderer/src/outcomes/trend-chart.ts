/**
 * The geometry of an indicator's trend chart, worked out without the DOM so it can be tested:
 * scales, "nice" axis ticks, the values line, the target line and the tolerance band around it.
 */
import { comparePeriods } from './periods';

export type Rag = 'green' | 'amber' | 'red' | 'none';

export interface TrendInput {
  /** The indicator's current values, one per period (any order). */
  series: ReadonlyArray<{ period: string; value: number; rag: Rag }>;
  targets: ReadonlyArray<{ period: string; value: number }>;
  /** Green band half-width, as a percentage of the target (e.g. 10 for ±10%). */
  tolerancePercent: number;
  width?: number;
  height?: number;
}

export interface ChartPoint {
  period: string;
  x: number;
  y: number;
  value: number;
}

export interface TrendChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  periods: string[];
  xTicks: Array<{ period: string; x: number; showLabel: boolean }>;
  yTicks: Array<{ value: number; y: number }>;
  values: Array<ChartPoint & { rag: Rag }>;
  targets: ChartPoint[];
  valuePath: string;
  targetPath: string;
  bandPath: string;
}

const MARGIN = { left: 72, right: 24, top: 20, bottom: 56 };

/** A function mapping [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Round tick values (1, 2 or 5 × a power of ten) covering [min, max] in about `count` steps. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    return niceTicks(min - pad, max + pad, count);
  }
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let value = first; value <= max + step * 1e-9; value += step) ticks.push(Number(value.toFixed(10)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toFixed(10)));
  return ticks;
}

/**
 * The tolerance band around a target: target ± tolerance% of the target's size. A zero target gets
 * an absolute band of tolerance/100 (10% -> ±0.1), as the RAG rules in core/outcomes/status/rag.ts.
 */
export function toleranceBounds(target: number, tolerancePercent: number): { low: number; high: number } {
  const tolerance = Math.max(0, tolerancePercent);
  const half = target === 0 ? tolerance / 100 : (Math.abs(target) * tolerance) / 100;
  return { low: target - half, high: target + half };
}

/** "M x y L x y …", starting a new sub-path after each gap (runs of consecutive periods only). */
export function linePath(points: ReadonlyArray<{ x: number; y: number; index: number }>): string {
  let path = '';
  let previous: number | null = null;
  for (const point of points) {
    const command = previous !== null && point.index === previous + 1 ? 'L' : 'M';
    path += `${path ? ' ' : ''}${command}${round(point.x)} ${round(point.y)}`;
    previous = point.index;
  }
  return path;
}

/** Closed shapes between an upper and a lower line, one per run of consecutive periods. */
export function bandPath(points: ReadonlyArray<{ x: number; upper: number; lower: number; index: number }>): string {
  const runs: Array<typeof points> = [];
  let run: Array<(typeof points)[number]> = [];
  for (const point of points) {
    if (run.length && point.index !== run[run.length - 1]!.index + 1) {
      runs.push(run);
      run = [];
    }
    run.push(point);
  }
  if (run.length) runs.push(run);
  return runs
    .map((r) => {
      // A single period still gets a visible sliver: widen it by a few pixels either side.
      const pts = r.length === 1 ? [{ ...r[0]!, x: r[0]!.x - 4 }, { ...r[0]!, x: r[0]!.x + 4 }] : r;
      const top = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.upper)}`).join(' ');
      const bottom = [...pts].reverse().map((p) => `L${round(p.x)} ${round(p.lower)}`).join(' ');
      return `${top} ${bottom} Z`;
    })
    .join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Every period with a value or a target, in time order, and which of them get an axis label. */
export function chartPeriods(input: Pick<TrendInput, 'series' | 'targets'>, maxLabels = 12): { periods: string[]; labelled: Set<string> } {
  const periods = [...new Set([...input.series.map((s) => s.period), ...input.targets.map((t) => t.period)])].sort(comparePeriods);
  const every = Math.max(1, Math.ceil(periods.length / maxLabels));
  // Count back from the latest period so it is always labelled and the spacing stays even.
  const labelled = new Set(periods.filter((_p, i) => (periods.length - 1 - i) % every === 0));
  return { periods, labelled };
}

export function buildTrendChart(input: TrendInput): TrendChartModel {
  const width = input.width ?? 720;
  const height = input.height ?? 320;
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const { periods, labelled } = chartPeriods(input);
  const indexOf = new Map(periods.map((p, i) => [p, i]));
  const bounds = input.targets.map((t) => toleranceBounds(t.value, input.tolerancePercent));
  const all = [...input.series.map((s) => s.value), ...bounds.flatMap((b) => [b.low, b.high])];
  const lowest = all.length ? Math.min(...all) : 0;
  const highest = all.length ? Math.max(...all) : 1;
  // Start counts and rates at zero when that does not flatten the line too much.
  const floor = lowest >= 0 && lowest <= highest * 0.5 ? 0 : lowest;
  const yTickValues = niceTicks(floor, highest, 5);
  const yDomain: [number, number] = [yTickValues[0] ?? floor, yTickValues[yTickValues.length - 1] ?? highest];
  const inset = periods.length > 1 ? 16 : 0;
  const x = linearScale([0, Math.max(1, periods.length - 1)], [plot.left + inset, periods.length > 1 ? plot.right - inset : plot.left + (plot.right - plot.left) / 2]);
  const xAt = (period: string) => (periods.length === 1 ? (plot.left + plot.right) / 2 : x(indexOf.get(period)!));
  const y = linearScale(yDomain, [plot.bottom, plot.top]);

  const byPeriod = <T extends { period: string }>(rows: readonly T[]) => [...rows].sort((a, b) => indexOf.get(a.period)! - indexOf.get(b.period)!);
  const values = byPeriod(input.series).map((s) => ({ period: s.period, x: xAt(s.period), y: y(s.value), value: s.value, rag: s.rag }));
  const sortedTargets = byPeriod(input.targets);
  const targets = sortedTargets.map((t) => ({ period: t.period, x: xAt(t.period), y: y(t.value), value: t.value }));
  const band = sortedTargets.map((t) => {
    const b = toleranceBounds(t.value, input.tolerancePercent);
    return { x: xAt(t.period), upper: y(b.high), lower: y(b.low), index: indexOf.get(t.period)! };
  });
  return {
    width,
    height,
    plot,
    periods,
    xTicks: periods.map((period) => ({ period, x: xAt(period), showLabel: labelled.has(period) })),
    yTicks: yTickValues.map((value) => ({ value, y: y(value) })),
    values,
    targets,
    valuePath: linePath(values.map((v) => ({ ...v, index: indexOf.get(v.period)! }))),
    targetPath: linePath(targets.map((t) => ({ ...t, index: indexOf.get(t.period)! }))),
    bandPath: input.tolerancePercent > 0 ? bandPath(band) : '',
  };
}
