import { useId, useMemo } from 'react';
import type { MoneyTotals } from '../api/types';
import { formatPence } from '../format/money';
import { buildFlowChart } from './flow-chart';
import { flowSummary, formatShare } from './statement';

const HATCHED = new Set(['unallocated', 'unpaid']);

/**
 * Allocation → awarded → paid to partners as inline SVG. The drawing is one image to assistive
 * technology (role="img" with a sentence of the figures); the table under it lists every part.
 * Each part is named in text beside its bar, so nothing depends on colour alone.
 */
export function FlowChart({ totals }: { totals: MoneyTotals }) {
  const chart = useMemo(() => buildFlowChart(totals), [totals]);
  const hatchId = `flow${useId().replace(/[^A-Za-z0-9_-]/g, '')}-hatch`;
  const byKind = new Map(chart.segments.map((s) => [s.kind, s]));
  return (
    <figure className="flow-chart">
      <svg className="flow-chart__svg" viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={flowSummary(totals)} preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="flow-chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="flow-chart__hatch-line" />
          </pattern>
        </defs>
        {chart.columns.map((column) => (
          <text key={column.title} x={column.x + chart.columnWidth / 2} y={22} textAnchor="middle" className="flow-chart__title">
            {column.title}
          </text>
        ))}
        {chart.bands.map((band) => (
          <path key={`${band.from}-${band.to}`} d={band.path} className={`flow-chart__band flow-chart__band--${band.to}`} />
        ))}
        {chart.segments
          .filter((s) => s.drawn)
          .map((s) => (
            <rect
              key={s.kind}
              x={s.x}
              y={s.y}
              width={chart.columnWidth}
              height={s.height}
              className={`flow-chart__bar flow-chart__bar--${s.kind}`}
              fill={HATCHED.has(s.kind) ? `url(#${hatchId})` : undefined}
            />
          ))}
        {chart.labels.map((label) => {
          const segment = byKind.get(label.kind)!;
          return (
            <g key={label.kind} className="flow-chart__label">
              {label.leader && <line {...label.leader} className="flow-chart__leader" />}
              <text x={label.x} y={label.y - 3} textAnchor={label.anchor} className="flow-chart__label-name">
                {segment.label}
              </text>
              <text x={label.x} y={label.y + 13} textAnchor={label.anchor} className="flow-chart__label-amount">
                {formatPence(segment.pence)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="flow-chart__caption">
        Band heights are to scale. Hatched parts are money not yet awarded or not yet paid. Very small amounts are drawn a little larger so they can be seen.
      </figcaption>
      <div className="table-wrap table-wrap--fit">
        <table className="table table--compact flow-chart__table">
          <caption className="visually-hidden">Figures in the flow chart</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Part</th>
              <th scope="col" className="cell--numeric">
                Amount
              </th>
              <th scope="col" className="cell--numeric">
                Share of the allocation
              </th>
            </tr>
          </thead>
          <tbody>
            {chart.segments.map((s) => (
              <tr key={s.kind}>
                <td>{chart.columns[s.column]!.title}</td>
                <th scope="row">{s.label}</th>
                <td className="cell--numeric">{formatPence(s.pence)}</td>
                <td className="cell--numeric">{formatShare(s.pence, totals.allocationPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
