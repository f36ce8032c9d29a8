import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { ApprovalRow } from '../../api/types';
import { ModalDialog } from '../../components/ModalDialog';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate, todayIso } from '../../format/dates';
import { formatPence } from '../../format/money';

type Decision = 'approve' | 'release' | 'return';

/** "payment PAY-001", "reversal of payment PAY-001", "clawback" — how the queue names an entry. */
export function entryName(row: Pick<ApprovalRow, 'kind' | 'reference'>): string {
  if (row.kind === 'payment') return `payment ${row.reference}`;
  if (row.kind === 'reversal') return `reversal of payment ${row.reference}`;
  return 'clawback';
}

function verbs(row: ApprovalRow, decision: Decision) {
  if (decision === 'return') return { button: 'Return', confirm: `Return to ${row.recordedByName}`, busy: 'Returning…', done: 'Returned' };
  if (decision === 'release') return { button: 'Release', confirm: 'Release payment', busy: 'Releasing…', done: 'Released' };
  return { button: 'Approve', confirm: row.kind === 'payment' ? 'Approve payment' : `Approve ${row.kind}`, busy: 'Approving…', done: 'Approved' };
}

/**
 * Approve (a payment, reversal or clawback waiting for approval), Release (an approved payment) or
 * Return (send it back to the person who recorded it, with a reason). Each asks for confirmation,
 * restating payee, award, amount and dates. The server refuses any of them on an entry the approver
 * recorded; the queue does not offer them in the first place.
 */
export function ApprovalActions({ row, onDone }: { row: ApprovalRow; onDone: (message: string) => void }) {
  const queryClient = useQueryClient();
  const approvePayment = useMutation(trpc.grants.approvePayment.mutationOptions());
  const releasePayment = useMutation(trpc.grants.releasePayment.mutationOptions());
  const approveCorrection = useMutation(trpc.grants.approveCorrection.mutationOptions());
  const returnEntry = useMutation(trpc.grants.returnEntry.mutationOptions());
  const [open, setOpen] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = approvePayment.isPending || releasePayment.isPending || approveCorrection.isPending || returnEntry.isPending;
  const primary: Decision = row.stage === 'approved' ? 'release' : 'approve';
  const today = todayIso();
  const key = `${row.kind}-${row.id}`;

  function choose(decision: Decision) {
    setError(null);
    setReason('');
    setOpen(decision);
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (busy || !open) return;
    setError(null);
    const decision = open;
    const name = entryName(row);
    const options = {
      onSuccess: async () => {
        // Money moved: drop every cached grants figure before saying so, so no screen opened after
        // this message can show the figures from before it, even for a moment while it refetches.
        await queryClient.resetQueries({ queryKey: trpc.grants.pathKey() });
        setOpen(null);
        onDone(
          decision === 'return'
            ? `Returned ${name} of ${formatPence(row.grossPence)} to ${row.recordedByName}. It is out of the queue and counts in no total.`
            : `${verbs(row, decision).done} ${name} of ${formatPence(row.grossPence)} to ${row.partnerName}.`,
        );
      },
      onError: (caught: unknown) => setError(errorInfo(caught).message),
    };
    if (decision === 'return') {
      if (!reason.trim()) {
        setError('Enter why you are returning it, so the person who recorded it can put it right.');
        return;
      }
      returnEntry.mutate({ kind: row.kind === 'payment' ? 'payment' : 'correction', id: row.id, date: today, reason: reason.trim() }, options);
    } else if (row.kind !== 'payment') approveCorrection.mutate({ correctionId: row.id, date: today }, options);
    else if (decision === 'release') releasePayment.mutate({ paymentId: row.id, date: today }, options);
    else approvePayment.mutate({ paymentId: row.id, date: today }, options);
  }

  const titleId = `decide-${key}-title`;
  const words = open ? verbs(row, open) : null;
  return (
    <div className="row-actions">
      <button id={`${key}-${primary}`} type="button" className="button button--small" disabled={busy} onClick={() => choose(primary)}>
        {verbs(row, primary).button}
        <span className="visually-hidden"> {entryName(row)}</span>
      </button>{' '}
      <button id={`${key}-return`} type="button" className="button button--secondary button--small" disabled={busy} onClick={() => choose('return')}>
        Return<span className="visually-hidden"> {entryName(row)}</span>
      </button>
      {open && words && (
        <ModalDialog titleId={titleId} returnFocusId={`${key}-${open}`} onClose={() => setOpen(null)}>
          <h2 id={titleId} className="matrix-dialog__title">
            {open === 'return' ? `Return ${entryName(row)} to ${row.recordedByName}?` : `${words.button} ${entryName(row)}?`}
          </h2>
          <dl className="decision-summary">
            <dt>Payee</dt>
            <dd>{row.partnerName}</dd>
            <dt>Award</dt>
            <dd>
              {row.awardReference} ({row.fundCode})
            </dd>
            <dt>Amount</dt>
            <dd>{formatPence(row.grossPence)}</dd>
            <dt>{row.kind === 'payment' ? 'Payment date' : row.kind === 'reversal' ? 'Reversal date' : 'Date repaid'}</dt>
            <dd>{formatDate(row.date)}</dd>
            {row.approvedOn && (
              <>
                <dt>Approved on</dt>
                <dd>{formatDate(row.approvedOn)}</dd>
              </>
            )}
            {row.reason && (
              <>
                <dt>Reason given</dt>
                <dd>{row.reason}</dd>
              </>
            )}
            <dt>Recorded by</dt>
            <dd>{row.recordedByName}</dd>
            <dt>{open === 'return' ? 'Returned on' : open === 'release' ? 'Released on' : 'Approved on'}</dt>
            <dd>{formatDate(today)} (today)</dd>
          </dl>
          <form className="form" onSubmit={confirm} noValidate>
            {open === 'return' ? (
              <TextAreaField
                id={`${key}-return-reason`}
                label="Why are you returning it?"
                hint={`${row.recordedByName} will see this. The entry leaves the queue and counts in no total.`}
                value={reason}
                onValueChange={setReason}
                maxLength={500}
                errors={error ? [error] : undefined}
              />
            ) : (
              <>
                <p>
                  {open === 'release'
                    ? 'Releasing records that the money has been paid to the partner. It counts in released totals from today.'
                    : row.kind === 'payment'
                      ? 'Approving lets the payment be released. You are the second person on it; nothing is paid yet.'
                      : `Approving makes the ${row.kind} count in every total from today.`}
                </p>
                {error && (
                  <p className="field__error" role="alert">
                    {error}
                  </p>
                )}
              </>
            )}
            <div className="actions">
              <button type="submit" className={open === 'return' ? 'button button--warning' : 'button'} disabled={busy}>
                {busy ? words.busy : words.confirm}
              </button>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setOpen(null)}>
                Cancel
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </div>
  );
}
