import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { ApprovalRow } from '../../api/types';
import { todayIso } from '../../format/dates';
import { formatPence } from '../../format/money';

/**
 * Approve (a payment pending approval) or Release (an approved one), dated today. The server refuses
 * an approval by the person who recorded the payment; the queue does not offer it in the first place.
 */
export function ApprovalActions({ row, onDone }: { row: ApprovalRow; onDone: (message: string) => void }) {
  const queryClient = useQueryClient();
  const approve = useMutation(trpc.grants.approvePayment.mutationOptions());
  const release = useMutation(trpc.grants.releasePayment.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const busy = approve.isPending || release.isPending;
  const action = row.stage === 'pending_approval' ? { mutation: approve, verb: 'Approve', done: 'Approved' } : { mutation: release, verb: 'Release', done: 'Released' };

  function run() {
    if (busy) return;
    setError(null);
    action.mutation.mutate(
      { paymentId: row.id, date: todayIso() },
      {
        onSuccess: async () => {
          onDone(`${action.done} payment ${row.reference} of ${formatPence(row.grossPence)} to ${row.partnerName}.`);
          await queryClient.invalidateQueries({ queryKey: trpc.grants.pathKey() });
        },
        onError: (caught) => setError(errorInfo(caught).message),
      },
    );
  }

  return (
    <div className="row-actions">
      <button type="button" className="button button--small" disabled={busy} onClick={run}>
        {busy ? `${action.verb === 'Approve' ? 'Approving' : 'Releasing'}…` : action.verb}
        <span className="visually-hidden"> payment {row.reference}</span>
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
