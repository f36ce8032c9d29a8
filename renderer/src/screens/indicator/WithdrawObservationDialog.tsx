import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { IndicatorHistoryRow } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ModalDialog } from '../../components/ModalDialog';
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
  const [reason, setReason] = useState('');
  const errors = useFormErrors(LABELS, `withdraw-${row.id}`);
  const queryClient = useQueryClient();
  const withdraw = useMutation(trpc.outcomes.withdrawObservation.mutationOptions());

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
          onClose(`Withdrew the figure ${figure}.`);
        },
        onError: (error) => errors.showApiError(error),
      },
    );
  }

  const titleId = `withdraw-${row.id}-title`;
  return (
    <ModalDialog titleId={titleId} returnFocusId={returnFocusTo} fallbackFocusId={fallbackFocus} className="withdraw-dialog" onClose={() => onClose(null)}>
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
          <button type="button" className="button button--secondary" disabled={withdraw.isPending} onClick={() => onClose(null)}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
