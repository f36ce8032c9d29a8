import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { trpc } from '../../api/trpc';
import type { ApprovalRow, ReturnedEntry, SignedInUser } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
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
                {row.reason && <span className="cell__sub cell__sub--reason">{row.reason}</span>}
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

const PAGE_SIZE = 50;
const count = (n: number) => n.toLocaleString('en-GB');

/** One waiting list, a page at a time, with its own pager. */
function QueueSection({ id, title, caption, noun, list, stage, canAct, onDone }: { id: string; title: string; caption: string; noun: string; list: 'payments' | 'corrections'; stage: 'pending_approval' | 'approved' | null; canAct: boolean; onDone: (message: string) => void }) {
  const [offset, setOffset] = useState(0);
  const queue = useQuery(trpc.grants.approvals.queryOptions({ list, stage, page: { offset, limit: PAGE_SIZE } }, { staleTime: 5_000, placeholderData: keepPreviousData }));
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        {queue.data ? ` (${count(queue.data.total)})` : ''}
      </h2>
      {queue.isError && <ApiError error={queue.error} title={`The ${noun} could not be loaded.`} />}
      {queue.isPending && <Loading label={`Loading ${noun}…`} />}
      {queue.data && (
        <>
          <QueueTable rows={queue.data.rows} caption={caption} canAct={canAct} onDone={onDone} />
          <Pager noun={noun} offset={queue.data.offset} limit={queue.data.limit} total={queue.data.total} onOffsetChange={setOffset} id={`${id}-pager`} />
        </>
      )}
    </section>
  );
}

/** What the viewer recorded that an approver sent back, newest first; shown only when there is something. */
function ReturnedSection() {
  const [offset, setOffset] = useState(0);
  const returned = useQuery(trpc.grants.returnedToYou.queryOptions({ page: { offset, limit: PAGE_SIZE } }, { staleTime: 5_000, placeholderData: keepPreviousData }));
  if (returned.isError) return <ApiError error={returned.error} title="The entries returned to you could not be loaded." />;
  if (!returned.data || returned.data.total === 0) return null;
  return (
    <section aria-labelledby="returned-title" className="notice">
      <h2 id="returned-title">Returned to you ({count(returned.data.total)})</h2>
      <p>An approver sent these back. They count in no total. Record a new entry if it should still go ahead.</p>
      <ReturnedTable rows={returned.data.rows} />
      <Pager noun="returned entries" offset={returned.data.offset} limit={returned.data.limit} total={returned.data.total} onOffsetChange={setOffset} id="returned-pager" />
    </section>
  );
}

/**
 * What waits for a finance approver: payments to approve, reversals and clawbacks to approve, then
 * payments to release; and, for whoever recorded them, entries returned with the reason. Each list is
 * paged by the server.
 */
export function ApprovalsScreen({ user }: { user: SignedInUser }) {
  useDocumentTitle('Approvals');
  const canAct = canApprovePayments(user.role);
  const [flash, setFlash] = useState<string | null>(null);
  const flashRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);

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
      <ReturnedSection />
      <QueueSection id="pending" title="Payments waiting for approval" caption="Payments waiting for approval" noun="payments waiting for approval" list="payments" stage="pending_approval" canAct={canAct} onDone={setFlash} />
      <QueueSection id="corrections" title="Reversals and clawbacks waiting for approval" caption="Reversals and clawbacks waiting for approval" noun="reversals and clawbacks" list="corrections" stage={null} canAct={canAct} onDone={setFlash} />
      <QueueSection id="approved" title="Approved, waiting for release" caption="Payments approved and waiting for release" noun="payments waiting for release" list="payments" stage="approved" canAct={canAct} onDone={setFlash} />
    </>
  );
}
