import type { AwardInstalment } from '../../api/types';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';

interface InstalmentsTableProps {
  instalments: readonly AwardInstalment[];
  /** Offer "Record payment" (finance officers, on an active award). */
  canRecord: boolean;
  openInstalmentId: number | null;
  onRecord: (instalmentId: number) => void;
}

/** The payment schedule, with what has been recorded and released against each instalment. */
export function InstalmentsTable({ instalments, canRecord, openInstalmentId, onRecord }: InstalmentsTableProps) {
  const sum = (pick: (i: AwardInstalment) => number) => instalments.reduce((t, i) => t + pick(i), 0);
  return (
    <div className="table-wrap">
      <table className="table instalments-table">
        <caption className="visually-hidden">Instalments, with the amounts recorded and released against each</caption>
        <thead>
          <tr>
            <th scope="col">Instalment</th>
            <th scope="col">Due</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col" className="cell--numeric">Recorded</th>
            <th scope="col" className="cell--numeric">Released</th>
            <th scope="col" className="cell--numeric">Left to record</th>
            {canRecord && <th scope="col">Action</th>}
          </tr>
        </thead>
        <tbody>
          {instalments.map((i) => {
            const left = i.amountPence - i.recordedPence;
            return (
              <tr key={i.id}>
                <th scope="row">Instalment {i.sequence}</th>
                <td className="cell--date">{formatDate(i.dueDate)}</td>
                <td className="cell--numeric">{formatPence(i.amountPence)}</td>
                <td className="cell--numeric">{formatPence(i.recordedPence)}</td>
                <td className="cell--numeric">
                  {formatPence(i.releasedPence)}
                  {i.releasedPence === i.amountPence && <span className="cell__sub">Paid in full</span>}
                </td>
                <td className="cell--numeric">{formatPence(left)}</td>
                {canRecord && (
                  <td>
                    {left > 0 ? (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-expanded={openInstalmentId === i.id}
                        onClick={() => onRecord(i.id)}
                      >
                        Record payment<span className="visually-hidden"> against instalment {i.sequence}</span>
                      </button>
                    ) : (
                      <span className="muted">Fully recorded</span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td className="cell--numeric">{formatPence(sum((i) => i.amountPence))}</td>
            <td className="cell--numeric">{formatPence(sum((i) => i.recordedPence))}</td>
            <td className="cell--numeric">{formatPence(sum((i) => i.releasedPence))}</td>
            <td className="cell--numeric">{formatPence(sum((i) => i.amountPence - i.recordedPence))}</td>
            {canRecord && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
