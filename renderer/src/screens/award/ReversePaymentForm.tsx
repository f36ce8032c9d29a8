import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { AwardPayment } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { labelOf } from '../../labels';
import { PAYMENT_STAGE_LABELS } from '../../grants/grants-labels';

const LABELS: Record<string, string> = { reason: 'Reason for the reversal', date: 'Date of the reversal' };

/** Records the reversal of a mistaken payment, with the reason; it cancels the payment once a different person approves it. */
export function ReversePaymentForm({ payment, onReversed, onCancel }: { payment: AwardPayment; onReversed: (message: string) => void; onCancel: () => void }) {
  const [values, setValues] = useState({ reason: '', date: todayIso() });
  const errors = useFormErrors(LABELS, `reverse-${payment.id}`);
  const reverse = useMutation(trpc.grants.reversePayment.mutationOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reverse.isPending) return;
    const local: FieldErrors = {};
    if (!values.reason.trim()) local.reason = ['Enter the reason for the reversal'];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) local.date = ['Enter the date of the reversal'];
    errors.show(local);
    if (Object.keys(local).length) return;
    reverse.mutate(
      { paymentId: payment.id, date: values.date, reason: values.reason.trim() },
      {
        onSuccess: () => onReversed(`Recorded a reversal of payment ${payment.reference} (${formatPence(payment.grossPence)}). It waits for a finance approver, who must be someone else; until then the payment counts as before and cannot be approved or released.`),
        onError: (error) => errors.showApiError(error),
      },
    );
  }

  const titleId = `reverse-${payment.id}-title`;
  return (
    <section className="panel payment-form payment-form--warning" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} ref={heading}>
        Reverse payment {payment.reference}
      </h3>
      <p>
        {formatPence(payment.grossPence)}, {labelOf(PAYMENT_STAGE_LABELS, payment.stage).toLowerCase()}. A finance approver other than you must approve the reversal before it counts. Once approved it
        cannot be undone: the payment stays in the ledger, cancelled by the reversal. If the money should still be paid, record a new payment afterwards.
      </p>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field--full">
          <ErrorSummary items={errors.summary} focusKey={errors.attempt} title="The reversal was not recorded" />
        </div>
        <TextAreaField
          id={errors.id('reason')}
          label="Reason for the reversal"
          hint="Say what was wrong, for example the amount or the instalment"
          value={values.reason}
          onValueChange={(reason) => setValues((v) => ({ ...v, reason }))}
          errors={errors.placed.reason}
          className="field--full"
          maxLength={500}
        />
        <TextField id={errors.id('date')} label="Date of the reversal" type="date" value={values.date} onValueChange={(date) => setValues((v) => ({ ...v, date }))} errors={errors.placed.date} inputClassName="input--short" />
        <div className="actions field--full">
          <button type="submit" className="button button--warning" disabled={reverse.isPending}>
            {reverse.isPending ? 'Recording…' : 'Record reversal for approval'}
          </button>
          <button type="button" className="button button--secondary" disabled={reverse.isPending} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
