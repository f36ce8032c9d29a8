import { useState } from 'react';
import type { IndicatorHistoryRow } from '../../api/types';
import { formatDateTime } from '../../format/dates';
import { labelOf } from '../../labels';
import { formatMeasure } from '../../outcomes/measure';
import { OBSERVATION_STATUS_LABELS } from '../../outcomes/outcome-labels';
import { periodLabel } from '../../outcomes/periods';
import { WithdrawObservationDialog } from './WithdrawObservationDialog';

/**
 * Every revision of every figure, newest period first; superseded and withdrawn revisions are marked
 * as such, a withdrawal with its reason, who and when. Editors may withdraw a period's current figure.
 * A figure recorded before its period ended (stored before that was refused) is flagged for checking.
 * Shows the chosen area's figures unless asked for every area (a ward indicator has 25 wards).
 */
export function ObservationHistory({ rows: allRows, unit, areaCode, areaName, indicatorId, canWithdraw }: {
  rows: readonly IndicatorHistoryRow[];
  unit: string;
  areaCode: string;
  areaName: string;
  indicatorId: number;
  canWithdraw: boolean;
}) {
  const [everyArea, setEveryArea] = useState(false);
  const [withdrawing, setWithdrawing] = useState<IndicatorHistoryRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
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
            <th scope="col">Withdrawal</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={10} className="cell--empty">
                No figures for {areaName}.
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const superseded = row.revision < (latest.get(`${row.period}|${row.areaCode}`) ?? 0);
            const withdrawn = row.withdrawnAt !== null;
            const buttonId = `withdraw-button-${row.id}`;
            return (
              <tr key={row.id} className={superseded || withdrawn ? 'row--superseded' : undefined}>
                <th scope="row">{periodLabel(row.period)}</th>
                <td>{row.areaName ?? row.areaCode}</td>
                <td className="cell--numeric">
                  {row.revision}
                  {superseded && <span className="cell__sub">Superseded</span>}
                  {withdrawn && <span className="cell__sub cell__sub--withdrawn">Withdrawn</span>}
                </td>
                <td className="cell--numeric">{formatMeasure(row.value, unit)}</td>
                <td>{labelOf(OBSERVATION_STATUS_LABELS, row.status)}</td>
                <td>{row.recordedBy ?? 'System'}</td>
                <td className="cell--date">
                  {formatDateTime(row.recordedAt)}
                  {row.recordedBeforePeriodEnded && <span className="cell__sub cell__sub--warning">Before the period ended</span>}
                </td>
                <td>{row.sourceNote}</td>
                <td className="summary-text">{row.commentary}</td>
                <td className="summary-text">
                  {withdrawn ? (
                    <>
                      <strong>Withdrawn</strong> by {row.withdrawnBy ?? 'System'} on {formatDateTime(row.withdrawnAt)}: {row.withdrawnReason}
                    </>
                  ) : (
                    canWithdraw &&
                    !superseded && (
                      <button
                        id={buttonId}
                        type="button"
                        className="button button--secondary button--small"
                        aria-haspopup="dialog"
                        aria-label={`Withdraw the figure for ${periodLabel(row.period)}, ${row.areaName ?? row.areaCode}, revision ${row.revision}`}
                        onClick={() => {
                          setMessage(null);
                          setWithdrawing(row);
                        }}
                      >
                        Withdraw…
                      </button>
                    )
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <p id="history-status" role="status" tabIndex={-1} className="history-status">
        {message}
      </p>
      {withdrawing && (
        <WithdrawObservationDialog
          indicatorId={indicatorId}
          row={withdrawing}
          unit={unit}
          returnFocusTo={`withdraw-button-${withdrawing.id}`}
          fallbackFocus="history-status"
          onClose={(done) => {
            setWithdrawing(null);
            if (done) setMessage(done);
          }}
        />
      )}
    </>
  );
}
