import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { ApprovalRow, ReturnedEntry, SignedInUser } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { PaymentStageBadge } from '../../grants/GrantBadges';
import { canApprovePayments, QUEUE_KIND_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';
import { hrefFor } from '../../routing/routes';
import { ApprovalActions } from './ApprovalActions';

/** What the person who recorded an entry reads beside it while it waits. */
function ownEntryNote(row: ApprovalRow): string {
  if (row.stage === 'approved') return 'You recorded this payment; another approver must release it';
  return `You recorded this ${row.kind}; another approver must approve it`;
}

function QueueTable({ rows, caption, canAct, onDone }: { rows: readonly ApprovalRow[]; caption: string; canAct: boolean; onDone: (message: string) => void }) {
  if (rows.length === 0) return <p className="muted">None.</p>;
  return (
    <div className="table-wrap">
      <table className="table approvals-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Award</th>
            <th scope="col">Partner</th>
            <th scope="col">Date</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col">Stage</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`} data-entry={`${row.kind}-${row.id}`} data-payment-id={row.kind === 'payment' ? row.id : undefined}>
              <th scope="row" className="cell--code">
                {labelOf(QUEUE_KIND_LABELS, row.kind)} {row.kind === 'clawback' ? '' : row.reference}
                {row.reason && <span className="cell__sub">{row.reason}</span>}
              </th>
              <td className="cell--code">
                <a href={hrefFor({ name: 'award', id: row.awardId })}>{row.awardReference}</a>
                <span className="cell__sub">{row.fundCode}</span>
              </td>
              <td>{row.partnerName}</td>
              <td className="cell--date">{formatDate(row.date)}</td>
              <td className="cell--numeric">{row.kind === 'payment' ? formatPence(row.grossPence) : `−${formatPence(row.grossPence)}`}</td>
              <td>
                <PaymentStageBadge stage={row.stage} />
              </td>
              <td>
                {row.recordedByName}
                {row.recordedByViewer && ' (you)'}
              </td>
              <td>
                {row.recordedByViewer ? (
                  <p className="own-payment">{ownEntryNote(row)}</p>
                ) : canAct ? (
                  <ApprovalActions row={row} onDone={onDone} />
                ) : (
                  <span className="muted">A finance approver acts on this</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReturnedTable({ rows }: { rows: readonly ReturnedEntry[] }) {
  return (
    <div className="table-wrap">
      <table className="table returned-table">
        <caption className="visually-hidden">Entries you recorded that an approver returned to you, with the reason</caption>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Award</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col">Returned</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`} data-returned={`${row.kind}-${row.id}`}>
              <th scope="row" className="cell--code">
                {labelOf(QUEUE_KIND_LABELS, row.kind)} {row.kind === 'reversal' ? `of ${row.reference}` : row.kind === 'clawback' ? '' : row.reference}
                <span className="cell__sub">dated {formatDate(row.date)}</span>
              </th>
              <td className="cell--code">
                <a href={hrefFor({ name: 'award', id: row.awardId })}>{row.awardReference}</a>
                <span className="cell__sub">{row.partnerName}</span>
              </td>
              <td className="cell--numeric">{formatPence(row.grossPence)}</td>
              <td>
                by {row.returnedByName}
                <span className="cell__sub">{formatDate(row.returnedOn)}</span>
              </td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What waits for a finance approver: payments, reversals and clawbacks to approve, then payments to
 * release; and, for whoever recorded them, entries returned with the reason.
 */
export function ApprovalsScreen({ user }: { user: SignedInUser }) {
  useDocumentTitle('Approvals');
  const queue = useQuery(trpc.grants.approvals.queryOptions(undefined, { staleTime: 5_000 }));
  const canAct = canApprovePayments(user.role);
  const [flash, setFlash] = useState<string | null>(null);
  const flashRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);
  const waiting = queue.data?.waiting ?? [];
  const pending = waiting.filter((row) => row.stage === 'pending_approval');
  const approved = waiting.filter((row) => row.stage === 'approved');
  const returned = queue.data?.returnedToYou ?? [];

  return (
    <>
      <h1>Approvals</h1>
      <p className="lead">
        {canAct
          ? 'Approve payments, reversals and clawbacks recorded by someone else, then release payments once they are paid — or return an entry to the person who recorded it, saying why. You cannot approve, release or return an entry you recorded yourself.'
          : 'Payments, reversals and clawbacks wait here until a finance approver, who must be someone other than the person who recorded them, approves them (and releases payments). Until then they count in no total.'}
      </p>
      <p className="flash" role="status" tabIndex={-1} ref={flashRef}>
        {flash}
      </p>
      {queue.isError && <ApiError error={queue.error} title="The approvals queue could not be loaded." />}
      {queue.isPending && <Loading label="Loading the approvals queue…" />}
      {queue.data && (
        <>
          {returned.length > 0 && (
            <section aria-labelledby="returned-title" className="notice">
              <h2 id="returned-title">Returned to you ({returned.length})</h2>
              <p>An approver sent these back. They count in no total. Record a new entry if it should still go ahead.</p>
              <ReturnedTable rows={returned} />
            </section>
          )}
          <section aria-labelledby="pending-title">
            <h2 id="pending-title">Waiting for approval ({pending.length})</h2>
            <QueueTable rows={pending} caption="Payments, reversals and clawbacks waiting for approval" canAct={canAct} onDone={setFlash} />
          </section>
          <section aria-labelledby="approved-title">
            <h2 id="approved-title">Approved, waiting for release ({approved.length})</h2>
            <QueueTable rows={approved} caption="Payments approved and waiting for release" canAct={canAct} onDone={setFlash} />
          </section>
        </>
      )}
    </>
  );
}
