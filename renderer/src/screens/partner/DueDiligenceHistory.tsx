import type { DueDiligenceRecord } from '../../api/types';
import { formatDate } from '../../format/dates';
import { DUE_DILIGENCE_CHECK_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';

/** Every check on the partner, latest first; the first row decides the partner's standing. */
export function DueDiligenceHistory({ records }: { records: readonly DueDiligenceRecord[] }) {
  if (records.length === 0) return <p className="muted">No due diligence has been recorded for this partner.</p>;
  return (
    <div className="table-wrap">
      <table className="table dd-table">
        <caption className="visually-hidden">Due-diligence checks, latest first</caption>
        <thead>
          <tr>
            <th scope="col">Checked on</th>
            <th scope="col">Expires on</th>
            <th scope="col">Checks</th>
            <th scope="col">Checked by</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r, index) => (
            <tr key={r.id}>
              <th scope="row" className="cell--date">
                {formatDate(r.checkedOn)}
                {index === 0 && <span className="cell__sub">Latest</span>}
              </th>
              <td className="cell--date">{formatDate(r.expiresOn)}</td>
              <td>{r.checks.map((c) => labelOf(DUE_DILIGENCE_CHECK_LABELS, c)).join(', ')}</td>
              <td>{r.checkedBy}</td>
              <td>{r.notes || <span className="muted">None</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
