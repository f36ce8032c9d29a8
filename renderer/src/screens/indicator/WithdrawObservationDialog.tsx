import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { IndicatorHistoryRow } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormErrors } from '../../forms/useFormErrors';
import { formatMeasure } from '../../outcomes/measure';
import { periodLabel } from '../../outcomes/periods';

const LABELS: Record<string, string> = { reason: 'Reason for withdrawing the figure' };

/**
 * Asks for the reason and withdraws one figure, in a modal dialog. Focus returns to the button that
 * opened it when it closes (Escape or Cancel), or to the confirmation after withdrawing.
 */
export function WithdrawObservationDialog({ indicatorId, row, unit, returnFocusTo, fallbackFocus, onClose }: {
  indicatorId: number;
  row: IndicatorHistoryRow;
  unit: string;
  /** The id of the button that opened the dialog. */
  returnFocusTo: string;
  /** Where focus goes when that button has gone (the figure was withdrawn). */
  fallbackFocus: string;
  onClose: (message: string | null) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const errors = useFormErrors(LABELS, `withdraw-${row.id}`);
  const queryClient = useQueryClient();
  const withdraw = useMutation(trpc.outcomes.withdrawObservation.mutationOptions());
  const closed = useRef(onClose);
  closed.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onDialogClose = () => {
      if (!element.open) closed.current(null);
    };
    element.addEventListener('close', onDialogClose);
    if (!element.open) element.showModal();
    return () => {
      element.removeEventListener('close', onDialogClose);
      if (element.open) element.close();
      // After a withdrawal the row re-renders without its button: focus the message instead.
      setTimeout(() => (document.getElementById(returnFocusTo) ?? document.getElementById(fallbackFocus))?.focus(), 0);
    };
  }, [returnFocusTo, fallbackFocus]);

  const figure = `${formatMeasure(row.value, unit)} for ${periodLabel(row.period)}, ${row.areaName ?? row.areaCode} (revision ${row.revision})`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (withdraw.isPending) return;
    if (!reason.trim()) {
      errors.show({ reason: ['Enter the reason for withdrawing the figure'] });
      return;
    }
    withdraw.mutate(
      { indicatorId, observationId: row.id, reason: reason.trim() },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries({ queryKey: trpc.outcomes.pathKey() });
          closed.current(`Withdrew the figure ${figure}.`);
        },
        onError: (error) => errors.showApiError(error),
      },
    );
  }

  const titleId = `withdraw-${row.id}-title`;
  return (
    <dialog ref={dialog} className="withdraw-dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="withdraw-dialog__title">
        Withdraw this figure
      </h2>
      <p>
        {figure}. A withdrawn figure no longer counts: the period has no figure for ratings, trends, the off-track list, alignment findings and briefing packs until a
        new revision is recorded. It stays in the history, marked withdrawn with your reason.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} title="The figure was not withdrawn" />
        <TextAreaField
          id={errors.id('reason')}
          label="Reason for withdrawing the figure"
          hint="Say what was wrong, for example the period had not ended or the figure was keyed against the wrong indicator"
          value={reason}
          onValueChange={setReason}
          errors={errors.placed.reason}
          maxLength={1000}
          autoFocus
        />
        <div className="actions">
          <button type="submit" className="button button--warning" disabled={withdraw.isPending}>
            {withdraw.isPending ? 'Withdrawing…' : 'Withdraw the figure'}
          </button>
          <button type="button" className="button button--secondary" disabled={withdraw.isPending} onClick={() => closed.current(null)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
