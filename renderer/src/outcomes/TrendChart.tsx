import { useMemo } from 'react';
import { formatAxisValue, formatMeasure } from './measure';
import { shortPeriodLabel } from './periods';
import { buildTrendChart, type Rag } from './trend-chart';

export interface TrendChartProps {
  /** Read out instead of the drawing (see describeTrend). */
  summary: string;
  unit: string;
  series: ReadonlyArray<{ period: string; value: number; rag: Rag }>;
  targets: ReadonlyArray<{ period: string; value: number }>;
  tolerancePercent: number;
}

const MARKER_SIZE = 6;

/** A RAG point: the shape differs as well as the colour (circle Green, triangle Amber, square Red, ring Not rated). */
function Marker({ x, y, rag }: { x: number; y: number; rag: Rag }) {
  const s = MARKER_SIZE;
  const className = `trend-chart__point trend-chart__point--${rag}`;
  if (rag === 'red') return <rect className={className} x={x - s} y={y - s} width={s * 2} height={s * 2} />;
  if (rag === 'amber') return <path className={className} d={`M${x} ${y - s - 1} L${x + s + 1} ${y + s} L${x - s - 1} ${y + s} Z`} />;
  return <circle className={className} cx={x} cy={y} r={s} />;
}

/**
 * The indicator's values over time against its targets, as inline SVG. The drawing is one image to
 * assistive technology (role="img" with a summary); the data table beside it carries every figure.
 */
export function TrendChart({ summary, unit, series, targets, tolerancePercent }: TrendChartProps) {
  const chart = useMemo(() => buildTrendChart({ series, targets, tolerancePercent }), [series, targets, tolerancePercent]);
  const { plot } = chart;
  const hasTargets = targets.length > 0;
  return (
    <figure className="trend-chart">
      <svg className="trend-chart__svg" viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={summary} preserveAspectRatio="xMidYMid meet">
        <g className="trend-chart__grid" aria-hidden="true">
          {chart.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
              <text x={plot.left - 8} y={tick.y} className="trend-chart__y-label" textAnchor="end" dominantBaseline="middle">
                {formatAxisValue(tick.value, unit)}
              </text>
            </g>
          ))}
          {chart.xTicks.map((tick) => (
            <g key={tick.period}>
              <line className="trend-chart__tick" x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} />
              {tick.showLabel && (
                <text x={tick.x} y={plot.bottom + 20} className="trend-chart__x-label" textAnchor="middle">
                  {shortPeriodLabel(tick.period)}
                </text>
              )}
            </g>
          ))}
          <line className="trend-chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          <text className="trend-chart__axis-title" x={(plot.left + plot.right) / 2} y={chart.height - 8} textAnchor="middle">
            Period
          </text>
        </g>
        {chart.bandPath && <path className="trend-chart__band" d={chart.bandPath} />}
        {chart.targetPath && <path className="trend-chart__target" d={chart.targetPath} />}
        {chart.valuePath && <path className="trend-chart__line" d={chart.valuePath} />}
        {chart.values.map((point) => (
          <Marker key={point.period} x={point.x} y={point.y} rag={point.rag} />
        ))}
        {chart.values.length === 0 && (
          <text x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" className="trend-chart__empty">
            No figures recorded yet
          </text>
        )}
      </svg>
      <figcaption className="trend-chart__legend">
        <span className="legend-item">
          <span className="legend-swatch legend-swatch--line" aria-hidden="true" /> Value{chart.values.length ? ` (latest ${formatMeasure(chart.values[chart.values.length - 1]!.value, unit)})` : ''}
        </span>
        {hasTargets && (
          <span className="legend-item">
            <span className="legend-swatch legend-swatch--target" aria-hidden="true" /> Target
          </span>
        )}
        {hasTargets && tolerancePercent > 0 && (
          <span className="legend-item">
            <span className="legend-swatch legend-swatch--band" aria-hidden="true" /> Tolerance band (±{tolerancePercent}% of target)
          </span>
        )}
        <span className="legend-item">
          Points: <span aria-hidden="true">●</span> Green, <span aria-hidden="true">▲</span> Amber, <span aria-hidden="true">■</span> Red, <span aria-hidden="true">○</span> Not rated
        </span>
      </figcaption>
    </figure>
  );
}
