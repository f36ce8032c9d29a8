import { useState } from 'react';
import type { IndicatorHistoryRow } from '../../api/types';
import { formatDateTime } from '../../format/dates';
import { labelOf } from '../../labels';
import { formatMeasure } from '../../outcomes/measure';
import { OBSERVATION_STATUS_LABELS } from '../../outcomes/outcome-labels';
import { periodLabel } from '../../outcomes/periods';

/**
 * Every revision of every figure, newest period first; superseded revisions are marked as such.
 * Shows the chosen area's figures unless asked for every area (a ward indicator has 25 wards).
 */
export function ObservationHistory({ rows: allRows, unit, areaCode, areaName }: { rows: readonly IndicatorHistoryRow[]; unit: string; areaCode: string; areaName: string }) {
  const [everyArea, setEveryArea] = useState(false);
  if (allRows.length === 0) return <p className="muted">No figures have been recorded for this indicator yet.</p>;
  const otherAreas = allRows.some((row) => row.areaCode !== areaCode);
  const rows = everyArea ? allRows : allRows.filter((row) => row.areaCode === areaCode);
  const latest = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.period}|${row.areaCode}`;
    latest.set(key, Math.max(latest.get(key) ?? 0, row.revision));
  }
  return (
    <>
      {otherAreas && (
        <div className="checkbox history-areas">
          <input id="history-every-area" type="checkbox" checked={everyArea} onChange={(event) => setEveryArea(event.target.checked)} />
          <label htmlFor="history-every-area">
            Show every area ({allRows.length} rows), not only {areaName}
          </label>
        </div>
      )}
      <div className="table-wrap">
      <table className="table table--compact history-table">
        <caption className="visually-hidden">Every recorded figure and revision{everyArea ? '' : ` for ${areaName}`}, newest period first</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Area</th>
            <th scope="col" className="cell--numeric">Revision</th>
            <th scope="col" className="cell--numeric">Value</th>
            <th scope="col">Status</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Recorded</th>
            <th scope="col">Source note</th>
            <th scope="col">Commentary</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={9} className="cell--empty">
                No figures for {areaName}.
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const superseded = row.revision < (latest.get(`${row.period}|${row.areaCode}`) ?? 0);
            return (
              <tr key={row.id} className={superseded ? 'row--superseded' : undefined}>
                <th scope="row">{periodLabel(row.period)}</th>
                <td>{row.areaName ?? row.areaCode}</td>
                <td className="cell--numeric">
                  {row.revision}
                  {superseded && <span className="cell__sub">Superseded</span>}
                </td>
                <td className="cell--numeric">{formatMeasure(row.value, unit)}</td>
                <td>{labelOf(OBSERVATION_STATUS_LABELS, row.status)}</td>
                <td>{row.recordedBy ?? 'System'}</td>
                <td className="cell--date">{formatDateTime(row.recordedAt)}</td>
                <td>{row.sourceNote}</td>
                <td className="summary-text">{row.commentary}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
}
