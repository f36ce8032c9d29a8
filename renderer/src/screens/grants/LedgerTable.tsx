import type { LedgerEntry } from '../../api/types';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { LEDGER_ENTRY_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';
import { hrefFor } from '../../routing/routes';

/** "+£1.00", "−£1.00" or "No change". */
function change(pence: number): string {
  if (pence === 0) return 'No change';
  return `${pence > 0 ? '+' : '−'}${formatPence(Math.abs(pence))}`;
}

/** A page of the fund's append-only ledger, newest first, with what each entry did to the released running total. */
export function LedgerTable({ entries, caption = 'Ledger entries, newest first, with the running released total' }: { entries: readonly LedgerEntry[]; caption?: string }) {
  return (
    <div className="table-wrap ledger-wrap">
      <table className="table table--compact ledger-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Entry</th>
            <th scope="col">Award</th>
            <th scope="col">Partner</th>
            <th scope="col">Reference or reason</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col" className="cell--numeric">Change to released</th>
            <th scope="col" className="cell--numeric">Net released so far</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={9} className="cell--empty">
                Nothing has been recorded in the ledger yet.
              </td>
            </tr>
          ) : (
            entries.map((e) => (
              <tr key={e.id} className={`ledger-row ledger-row--${e.type}`}>
                <td className="cell--date">{formatDate(e.date)}</td>
                <th scope="row">
                  {labelOf(LEDGER_ENTRY_LABELS, e.type)}
                  <span className="cell__sub">payment {e.type === 'payment' ? e.id : (e.paymentId ?? '—')}</span>
                </th>
                <td className="cell--code">
                  <a href={hrefFor({ name: 'award', id: e.awardId })}>{e.awardReference}</a>
                </td>
                <td>{e.partnerName}</td>
                <td className="ledger-table__reason">
                  {e.type === 'payment' ? e.reference : e.reason || e.reference}
                  {e.returned && (
                    <span className="returned-note">
                      Returned to the recorder on {formatDate(e.returned.date)}: {e.returned.reason}
                    </span>
                  )}
                </td>
                <td className="cell--numeric">{e.grossPence ? formatPence(e.grossPence) : '—'}</td>
                <td className="cell--numeric">{change(e.releasedChangePence)}</td>
                <td className="cell--numeric">{formatPence(e.runningReleasedPence)}</td>
                <td>{e.by}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
