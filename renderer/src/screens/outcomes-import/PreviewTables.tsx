import type { ReactNode } from 'react';
import type { IndicatorsPreview, ObservationsPreview } from '../../api/types';
import { labelOf } from '../../labels';
import { formatNumber } from '../../outcomes/measure';
import { OBSERVATION_STATUS_LABELS } from '../../outcomes/outcome-labels';

function Note({ text }: { text: string | null }) {
  return text ? <p className="muted">{text}</p> : null;
}

function TableSection({ id, title, count, note, children }: { id: string; title: string; count: number; note: string | null; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="preview-section">
      <h3 id={`${id}-title`}>
        {title} ({count})
      </h3>
      {count === 0 ? <p className="muted">None.</p> : children}
      <Note text={note} />
    </section>
  );
}

type ObservationRow = ObservationsPreview['toAdd'][number];

function ObservationCells({ row }: { row: ObservationRow }) {
  return (
    <>
      <td className="cell--numeric">{row.line}</td>
      <td className="cell--code">{row.framework.toUpperCase()}</td>
      <th scope="row" className="cell--code">
        {row.indicator}
      </th>
      <td>{row.period}</td>
      <td className="cell--code">{row.areaCode}</td>
    </>
  );
}

const OBSERVATION_HEAD = ['Line', 'Framework', 'Indicator', 'Period', 'Area'];

export function ObservationPreviewTables({ preview, notes }: { preview: ObservationsPreview; notes: { add: string | null; change: string | null } }) {
  return (
    <>
      <TableSection id="preview-add" title="Rows to add" count={preview.counts.add} note={notes.add}>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Observations the import will add</caption>
            <thead>
              <tr>
                {OBSERVATION_HEAD.map((h) => <th key={h} scope="col">{h}</th>)}
                <th scope="col" className="cell--numeric">Value</th>
                <th scope="col">Status</th>
                <th scope="col">Source note</th>
              </tr>
            </thead>
            <tbody>
              {preview.toAdd.map((row) => (
                <tr key={row.line}>
                  <ObservationCells row={row} />
                  <td className="cell--numeric">{formatNumber(row.value)}</td>
                  <td>{labelOf(OBSERVATION_STATUS_LABELS, row.status)}</td>
                  <td>{row.sourceNote}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableSection>
      <TableSection id="preview-change" title="Rows that change a figure" count={preview.counts.change} note={notes.change}>
        <p className="field__hint">The earlier figure is kept in the indicator's history as an older revision.</p>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Observations the import will revise, old value to new value</caption>
            <thead>
              <tr>
                {OBSERVATION_HEAD.map((h) => <th key={h} scope="col">{h}</th>)}
                <th scope="col" className="cell--numeric">Value (old → new)</th>
                <th scope="col">Status (old → new)</th>
                <th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {preview.toChange.map((row) => (
                <tr key={row.line}>
                  <ObservationCells row={row} />
                  <td className="cell--numeric">
                    <span className="change-list__from">{formatNumber(row.previous.value)}</span>
                    {row.previous.withdrawn && <span className="cell__sub">withdrawn</span>} <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> to </span> <strong>{formatNumber(row.value)}</strong>
                  </td>
                  <td>
                    {labelOf(OBSERVATION_STATUS_LABELS, row.previous.status)} <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> to </span> {labelOf(OBSERVATION_STATUS_LABELS, row.status)}
                  </td>
                  <td>
                    {row.previous.revision} <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> to </span> {row.previous.revision + 1}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableSection>
    </>
  );
}

export function IndicatorPreviewTables({ preview, notes }: { preview: IndicatorsPreview; notes: { add: string | null; change: string | null } }) {
  return (
    <>
      <TableSection id="preview-add" title="Indicators to add" count={preview.counts.add} note={notes.add}>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Indicator definitions the import will add</caption>
            <thead>
              <tr>
                <th scope="col" className="cell--numeric">Line</th>
                <th scope="col">Code</th>
                <th scope="col">Title</th>
                <th scope="col">Outcome</th>
                <th scope="col">Kind</th>
                <th scope="col">Frequency</th>
                <th scope="col" className="cell--numeric">Targets</th>
              </tr>
            </thead>
            <tbody>
              {preview.toAdd.map((row) => (
                <tr key={row.line}>
                  <td className="cell--numeric">{row.line}</td>
                  <th scope="row" className="cell--code">{row.input.code}</th>
                  <td>{row.input.title}</td>
                  <td className="cell--code">{row.input.elementCode ?? '—'}</td>
                  <td>{row.input.kind}</td>
                  <td>{row.input.frequency.replace('_', '-')}</td>
                  <td className="cell--numeric">{row.input.targets.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableSection>
      <TableSection id="preview-change" title="Indicators that change" count={preview.counts.change} note={notes.change}>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Indicator definitions the import will change, with the fields that change</caption>
            <thead>
              <tr>
                <th scope="col" className="cell--numeric">Line</th>
                <th scope="col">Code</th>
                <th scope="col">Title</th>
                <th scope="col">Fields that change</th>
              </tr>
            </thead>
            <tbody>
              {preview.toChange.map((row) => (
                <tr key={row.line}>
                  <td className="cell--numeric">{row.line}</td>
                  <th scope="row" className="cell--code">{row.input.code}</th>
                  <td>{row.input.title}</td>
                  <td>{row.changes.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableSection>
    </>
  );
}

export function RejectedRows({ rows, count, note }: { rows: ReadonlyArray<{ line: number; reason: string; raw: string[] }>; count: number; note: string | null }) {
  return (
    <TableSection id="preview-rejected" title="Rejected rows" count={count} note={note}>
      <p className="field__hint">These rows will not be imported. Correct them in the file and import it again; rows already imported will show as up to date.</p>
      <div className="table-wrap">
        <table className="table table--compact rejected-table">
          <caption className="visually-hidden">Rows that will not be imported, with the reason for each</caption>
          <thead>
            <tr>
              <th scope="col" className="cell--numeric">Line</th>
              <th scope="col">Reason</th>
              <th scope="col">Row as read</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line}>
                <th scope="row" className="cell--numeric">{row.line}</th>
                <td className="rejected-table__reason">{row.reason}</td>
                <td className="cell--code rejected-table__raw">{row.raw.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </TableSection>
  );
}
