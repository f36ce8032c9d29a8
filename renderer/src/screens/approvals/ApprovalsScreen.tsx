import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { ApprovalRow, SignedInUser } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { PaymentStageBadge } from '../../grants/GrantBadges';
import { canApprovePayments } from '../../grants/grants-labels';
import { hrefFor } from '../../routing/routes';
import { ApprovalActions } from './ApprovalActions';

const OWN_PAYMENT = 'You recorded this payment; another approver must approve it';

function QueueTable({ rows, caption, canAct, onDone }: { rows: readonly ApprovalRow[]; caption: string; canAct: boolean; onDone: (message: string) => void }) {
  if (rows.length === 0) return <p className="muted">None.</p>;
  return (
    <div className="table-wrap">
      <table className="table approvals-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Payment</th>
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
            <tr key={row.id} data-payment-id={row.id}>
              <th scope="row" className="cell--code">
                {row.reference}
              </th>
              <td className="cell--code">
                <a href={hrefFor({ name: 'award', id: row.awardId })}>{row.awardReference}</a>
                <span className="cell__sub">{row.fundCode}</span>
              </td>
              <td>{row.partnerName}</td>
              <td className="cell--date">{formatDate(row.date)}</td>
              <td className="cell--numeric">{formatPence(row.grossPence)}</td>
              <td>
                <PaymentStageBadge stage={row.stage} />
              </td>
              <td>
                {row.recordedByUsername}
                {row.recordedByViewer && ' (you)'}
              </td>
              <td>
                {row.recordedByViewer ? (
                  <p className="own-payment">{OWN_PAYMENT}</p>
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

/** Payments waiting for approval, then those approved but not yet released. Only approvers act on them. */
export function ApprovalsScreen({ user }: { user: SignedInUser }) {
  useDocumentTitle('Approvals');
  const queue = useQuery(trpc.grants.approvals.queryOptions(undefined, { staleTime: 5_000 }));
  const canAct = canApprovePayments(user.role);
  const [flash, setFlash] = useState<string | null>(null);
  const flashRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);
  const pending = queue.data?.filter((row) => row.stage === 'pending_approval') ?? [];
  const approved = queue.data?.filter((row) => row.stage === 'approved') ?? [];

  return (
    <>
      <h1>Approvals</h1>
      <p className="lead">
        {canAct
          ? 'Approve payments recorded by a finance officer, then release them once they are paid. You cannot approve a payment you recorded yourself.'
          : 'Payments recorded by finance officers wait here until a finance approver, who must be someone else, approves and releases them. You can see the queue but not act on it.'}
      </p>
      <p className="flash" role="status" tabIndex={-1} ref={flashRef}>
        {flash}
      </p>
      {queue.isError && <ApiError error={queue.error} title="The approvals queue could not be loaded." />}
      {queue.isPending && <Loading label="Loading the approvals queue…" />}
      {queue.data && (
        <>
          <section aria-labelledby="pending-title">
            <h2 id="pending-title">Waiting for approval ({pending.length})</h2>
            <QueueTable rows={pending} caption="Payments waiting for approval" canAct={canAct} onDone={setFlash} />
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
