import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import type { IndicatorHistoryRow } from '../../api/types';
import { formatDateTime } from '../../format/dates';
import { labelOf } from '../../labels';
import { formatMeasure } from '../../outcomes/measure';
import { OBSERVATION_STATUS_LABELS } from '../../outcomes/outcome-labels';
import { periodLabel } from '../../outcomes/periods';
import { WithdrawObservationDialog } from './WithdrawObservationDialog';

const HISTORY_PAGE_SIZE = 50;

/**
 * Every revision of every figure, newest period first (or oldest, from the Period header), one page
 * at a time from the server; superseded and withdrawn revisions are marked as such, a withdrawal
 * with its reason, who and when. Editors may withdraw a period's current figure. A figure recorded
 * before its period ended (stored before that was refused) is flagged for checking. Shows the chosen
 * area's figures unless asked for every area (a ward indicator across ten councils has 34,000 rows).
 */
export function ObservationHistory({ unit, areaCode, areaName, otherAreas, indicatorId, canWithdraw }: {
  unit: string;
  areaCode: string;
  areaName: string;
  /** Whether any other area has figures (offers "every area"). */
  otherAreas: boolean;
  indicatorId: number;
  canWithdraw: boolean;
}) {
  const [everyArea, setEveryArea] = useState(false);
  const [newestFirst, setNewestFirst] = useState(true);
  const [offset, setOffset] = useState(0);
  const [withdrawing, setWithdrawing] = useState<IndicatorHistoryRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Another area chosen above: start again at its first page.
  const [shownArea, setShownArea] = useState(areaCode);
  if (shownArea !== areaCode) {
    setShownArea(areaCode);
    setOffset(0);
  }
  const history = useQuery(
    trpc.outcomes.indicatorHistory.queryOptions(
      { id: indicatorId, areaCode: everyArea ? null : areaCode, sortDirection: newestFirst ? 'desc' : 'asc', page: { offset, limit: HISTORY_PAGE_SIZE } },
      { placeholderData: keepPreviousData },
    ),
  );
  if (history.isError) return <ApiError error={history.error} title="The history could not be loaded." />;
  if (!history.data) return <Loading label="Loading the history…" />;
  const page = history.data;
  const rows = page.rows;
  if (page.total === 0 && !everyArea && !otherAreas) return <p className="muted">No figures have been recorded for this indicator yet.</p>;
  return (
    <>
      {otherAreas && (
        <div className="checkbox history-areas">
          <input
            id="history-every-area"
            type="checkbox"
            checked={everyArea}
            onChange={(event) => {
              setEveryArea(event.target.checked);
              setOffset(0);
            }}
          />
          <label htmlFor="history-every-area">Show every area, not only {areaName}</label>
        </div>
      )}
      <div className="table-wrap">
      <table className="table table--compact history-table">
        <caption className="visually-hidden">
          Every recorded figure and revision{everyArea ? '' : ` for ${areaName}`}, {newestFirst ? 'newest' : 'oldest'} period first
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={newestFirst ? 'descending' : 'ascending'}>
              <button
                type="button"
                className="sort-button"
                onClick={() => {
                  setNewestFirst(!newestFirst);
                  setOffset(0);
                }}
              >
                Period
                <span className="sort-button__icon" aria-hidden="true">
                  {newestFirst ? '▼' : '▲'}
                </span>
              </button>
            </th>
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
            const superseded = row.superseded;
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
      <Pager noun="revisions" id="history-pager" offset={page.offset} limit={page.limit} total={page.total} onOffsetChange={setOffset} />
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
