import { formatMeasure } from '../../outcomes/measure';
import { DirectionOfTravel, RagBadge } from '../../outcomes/OutcomeBadges';
import { periodLabel } from '../../outcomes/periods';
import type { TrendRow } from './indicator-series';

/** The chart's figures as a table (its text alternative in full); shown, not hidden, so everyone can check a value. */
export function TrendTable({ rows, unit, areaName }: { rows: readonly TrendRow[]; unit: string; areaName: string }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3 id="trend-table-title">Figures behind the chart</h3>
      <div className="table-wrap trend-table">
        <table className="table table--compact">
          <caption className="visually-hidden">Figures for {areaName} by period: value, target, RAG rating and direction of travel</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="cell--numeric">Value</th>
              <th scope="col" className="cell--numeric">Target</th>
              <th scope="col">RAG</th>
              <th scope="col">Direction of travel</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period}>
                <th scope="row">{periodLabel(row.period)}</th>
                <td className="cell--numeric">
                  {row.value === null ? <span className="muted">No figure yet</span> : formatMeasure(row.value, unit)}
                  {row.status === 'provisional' && <span className="cell__sub">Provisional</span>}
                  {row.revision !== null && row.revision > 1 && <span className="cell__sub">Revision {row.revision}</span>}
                </td>
                <td className="cell--numeric">{row.target === null ? '—' : formatMeasure(row.target, unit)}</td>
                <td>{row.value === null ? '—' : <RagBadge rag={row.rag} />}</td>
                <td>{row.value === null ? '—' : <DirectionOfTravel direction={row.direction} />}</td>
                <td className="trend-table__reason">{row.value === null ? '' : row.ragReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
