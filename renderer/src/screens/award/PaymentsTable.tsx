import type { AwardInstalment, AwardPayment } from '../../api/types';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { PaymentStageBadge } from '../../grants/GrantBadges';
import type { PaymentPeople } from '../../grants/payment-people';

interface PaymentsTableProps {
  payments: readonly AwardPayment[];
  instalments: readonly AwardInstalment[];
  people: ReadonlyMap<number, PaymentPeople>;
  viewerUserId: number;
  canReverse: boolean;
  reversingId: number | null;
  onReverse: (paymentId: number) => void;
}

function Person({ name, on, you }: { name: string | null | undefined; on?: string | null; you?: boolean }) {
  if (!name) return <span className="muted">—</span>;
  return (
    <>
      {name}
      {you && ' (you)'}
      {on && <span className="cell__sub">{formatDate(on)}</span>}
    </>
  );
}

/** Every payment on the award with its stage and who recorded, approved, released or reversed it. */
export function PaymentsTable({ payments, instalments, people, viewerUserId, canReverse, reversingId, onReverse }: PaymentsTableProps) {
  if (payments.length === 0) return <p className="muted">No payments have been recorded on this award yet.</p>;
  const sequence = new Map(instalments.map((i) => [i.id, i.sequence]));
  return (
    <div className="table-wrap">
      <table className="table payments-table">
        <caption className="visually-hidden">Payments on this award, with their stage and who acted on them</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Instalment</th>
            <th scope="col">Date</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col">Stage</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Approved by</th>
            <th scope="col">Released by</th>
            {canReverse && <th scope="col">Action</th>}
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => {
            const who = people.get(p.id);
            return (
              <tr key={p.id} data-payment-id={p.id} className={p.reversed || p.returnNote ? 'row--reversed' : undefined}>
                <th scope="row" className="cell--code">
                  {p.reference}
                </th>
                <td>{sequence.get(p.instalmentId) ?? '—'}</td>
                <td className="cell--date">{formatDate(p.date)}</td>
                <td className="cell--numeric">
                  {formatPence(p.grossPence)}
                  {p.feePence > 0 && <span className="cell__sub">fee {formatPence(p.feePence)}</span>}
                </td>
                <td>
                  <PaymentStageBadge stage={p.stage} />
                  {p.reversed && who?.reversedBy && (
                    <span className="cell__sub">
                      approved by {who.reversedBy} on {formatDate(who.reversedOn)}: {who.reversalReason}
                    </span>
                  )}
                  {p.reversalPending && <span className="cell__sub">A reversal is waiting for approval</span>}
                  {p.returnNote && (
                    <span className="returned-note">
                      Returned by {p.returnNote.byName} on {formatDate(p.returnNote.date)}: {p.returnNote.reason}
                    </span>
                  )}
                </td>
                <td>
                  <Person name={who?.recordedBy} you={p.recordedBy === viewerUserId} />
                </td>
                <td>
                  <Person name={who?.approvedBy} on={who?.approvedOn} you={p.approvedBy === viewerUserId} />
                </td>
                <td>
                  <Person name={who?.releasedBy} on={who?.releasedOn} you={p.releasedBy === viewerUserId} />
                </td>
                {canReverse && (
                  <td>
                    {!p.reversed && !p.returnNote && !p.reversalPending && (
                      <button type="button" className="button button--secondary button--small" aria-expanded={reversingId === p.id} onClick={() => onReverse(p.id)}>
                        Reverse<span className="visually-hidden"> payment {p.reference}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
