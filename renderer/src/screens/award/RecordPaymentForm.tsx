import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import type { AwardInstalment } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate, todayIso } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { FieldErrors } from '../../forms/field-errors';
import { MoneyField } from '../../forms/MoneyField';
import { parsePoundsToPence, penceToPoundsInput } from '../../forms/money-input';
import { useFormErrors } from '../../forms/useFormErrors';
import { createSubmissionKeyHolder } from '../../grants/idempotency';

const LABELS: Record<string, string> = { amountPence: 'Amount', paymentDate: 'Payment date', reference: 'Payment reference' };

interface RecordPaymentFormProps {
  awardReference: string;
  instalment: AwardInstalment;
  onRecorded: (message: string) => void;
  onCancel: () => void;
}

/**
 * Records a payment against one instalment. The submission key is minted when the form opens and
 * kept for every retry, so a double click or a resend after a lost reply records the payment once.
 */
export function RecordPaymentForm({ awardReference, instalment, onRecorded, onCancel }: RecordPaymentFormProps) {
  const [holder] = useState(() => createSubmissionKeyHolder());
  const left = Math.max(0, instalment.amountPence - instalment.recordedPence);
  const [values, setValues] = useState({ amount: left ? penceToPoundsInput(left) : '', paymentDate: todayIso(), reference: `${awardReference}/${instalment.sequence}` });
  const [submitting, setSubmitting] = useState(false);
  const errors = useFormErrors(LABELS, `pay-${instalment.id}`);
  const record = useMutation(trpc.grants.recordPayment.mutationOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!holder.begin()) return;
    const local: FieldErrors = {};
    const amount = parsePoundsToPence(values.amount);
    if (!amount.ok) local.amountPence = [amount.message];
    else if (amount.pence === 0) local.amountPence = ['Enter an amount above £0.00'];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.paymentDate)) local.paymentDate = ['Enter the date of the payment'];
    if (!values.reference.trim()) local.reference = ['Enter a payment reference'];
    errors.show(local);
    if (Object.keys(local).length || !amount.ok) {
      holder.end();
      return;
    }
    setSubmitting(true);
    record.mutate(
      { idempotencyKey: holder.key, instalmentId: instalment.id, amountPence: amount.pence, paymentDate: values.paymentDate, reference: values.reference.trim() },
      {
        onSuccess: () => onRecorded(`Recorded payment ${values.reference.trim()} of ${formatPence(amount.pence)} against instalment ${instalment.sequence}. It now waits for a finance approver.`),
        onError: (error) => errors.showApiError(error),
        onSettled: () => {
          holder.end();
          setSubmitting(false);
        },
      },
    );
  }

  const titleId = `pay-${instalment.id}-title`;
  return (
    <section className="panel payment-form" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} ref={heading}>
        Record a payment against instalment {instalment.sequence}
      </h3>
      <p className="muted">
        Instalment {instalment.sequence} is {formatPence(instalment.amountPence)}, due {formatDate(instalment.dueDate)}; {formatPence(instalment.recordedPence)} is already recorded against it. The payment waits for a
        finance approver, who must be someone else.
      </p>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field--full">
          <ErrorSummary items={errors.summary} focusKey={errors.attempt} title="The payment was not recorded" />
        </div>
        <MoneyField id={errors.id('amountPence')} label="Amount (£)" value={values.amount} onValueChange={set('amount')} errors={errors.placed.amountPence} />
        <TextField id={errors.id('paymentDate')} label="Payment date" type="date" value={values.paymentDate} onValueChange={set('paymentDate')} errors={errors.placed.paymentDate} inputClassName="input--short" />
        <TextField id={errors.id('reference')} label="Payment reference" value={values.reference} onValueChange={set('reference')} errors={errors.placed.reference} autoComplete="off" maxLength={60} />
        <div className="actions field--full">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? 'Recording…' : 'Record payment'}
          </button>
          <button type="button" className="button button--secondary" disabled={submitting} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
