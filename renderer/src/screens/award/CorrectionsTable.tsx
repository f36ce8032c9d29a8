import type { AwardCorrection } from '../../api/types';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { CORRECTION_STAGE_LABELS, QUEUE_KIND_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';

/** Reversals and clawbacks recorded on the award: who recorded each, and whether a second person approved or returned it. */
export function CorrectionsTable({ corrections, viewerUserId }: { corrections: readonly AwardCorrection[]; viewerUserId: number }) {
  if (corrections.length === 0) return <p className="muted">No reversals or clawbacks have been recorded on this award.</p>;
  return (
    <div className="table-wrap">
      <table className="table corrections-table">
        <caption className="visually-hidden">Reversals and clawbacks on this award, with who recorded and who approved or returned each</caption>
        <thead>
          <tr>
            <th scope="col">Correction</th>
            <th scope="col">Date</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col">Reason</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {corrections.map((c) => (
            <tr key={c.id} data-correction-id={c.id} className={c.stage === 'returned' ? 'row--reversed' : undefined}>
              <th scope="row">
                {labelOf(QUEUE_KIND_LABELS, c.kind)}
                {c.paymentReference && <span className="cell__sub">of payment {c.paymentReference}</span>}
              </th>
              <td className="cell--date">{formatDate(c.date)}</td>
              <td className="cell--numeric">−{formatPence(c.amountPence)}</td>
              <td>{c.reason}</td>
              <td>
                {c.recordedByName}
                {c.recordedBy === viewerUserId && ' (you)'}
              </td>
              <td>
                <span className={`badge badge--stage-${c.stage}`}>{labelOf(CORRECTION_STAGE_LABELS, c.stage)}</span>
                {c.stage === 'approved' && (
                  <span className="cell__sub">
                    by {c.approvedByName} on {formatDate(c.approvedOn)}
                  </span>
                )}
                {c.stage === 'pending_approval' && <span className="cell__sub">Counts in no total until a finance approver other than {c.recordedBy === viewerUserId ? 'you' : c.recordedByName} approves it</span>}
                {c.returnNote && (
                  <span className="returned-note">
                    Returned by {c.returnNote.byName} on {formatDate(c.returnNote.date)}: {c.returnNote.reason}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
