import type { ChartSpec } from '../document';
import { barsChart } from './bars-chart';
import { flowChart } from './flow-chart';
import { svgDocument, type ChartBody } from './frame';
import { matrixChart } from './matrix-chart';
import { trendChart } from './trend-chart';

export interface ChartSize {
  /** Width in px; 640 unless given. */
  width?: number;
  /** Height in px; a trend chart is laid out at this height (320 unless given), other charts take the
   * height their rows need and are scaled to fit a given height. */
  height?: number;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_TREND_HEIGHT = 320;
const MIN_WIDTH = 240;
const MIN_HEIGHT = 120;

function positive(value: number | undefined, fallback: number, min: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.max(min, value) : fallback;
}

function body(chart: ChartSpec, width: number, height: number): ChartBody {
  switch (chart.type) {
    case 'trend':
      return trendChart(chart, width, height);
    case 'flow':
      return flowChart(chart.stages, width);
    case 'bars':
      return barsChart(chart, width);
    case 'matrix':
      return matrixChart(chart, width);
  }
}

/**
 * A chart as a standalone SVG 1.1 document: pure and deterministic (the same spec always gives the
 * same text), in DejaVu Sans, with an accessible title, and no NaN or Infinity whatever the data.
 */
export function chartToSvg(chart: ChartSpec, options: ChartSize = {}): string {
  const width = positive(options.width, DEFAULT_WIDTH, MIN_WIDTH);
  const layoutHeight = chart.type === 'trend' ? positive(options.height, DEFAULT_TREND_HEIGHT, MIN_HEIGHT) : 0;
  const drawn = body(chart, width, layoutHeight);
  const height = chart.type === 'trend' ? drawn.height : positive(options.height, drawn.height, 1);
  return svgDocument({ title: chart.title, width, height, layoutWidth: width, layoutHeight: drawn.height, body: drawn.markup });
}
