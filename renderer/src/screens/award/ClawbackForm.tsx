import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { trpc } from '../../api/trpc';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { FieldErrors } from '../../forms/field-errors';
import { MoneyField } from '../../forms/MoneyField';
import { parsePoundsToPence } from '../../forms/money-input';
import { useFormErrors } from '../../forms/useFormErrors';

const LABELS: Record<string, string> = { amountPence: 'Amount repaid', date: 'Date repaid', reason: 'Reason for the clawback' };

/** Money a partner pays back on an award: never more than was released to them. */
export function ClawbackForm({ awardId, awardReference, onRecorded, onCancel }: { awardId: number; awardReference: string; onRecorded: (message: string) => void; onCancel: () => void }) {
  const [values, setValues] = useState({ amount: '', date: todayIso(), reason: '' });
  const errors = useFormErrors(LABELS, 'clawback');
  const clawback = useMutation(trpc.grants.clawback.mutationOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (clawback.isPending) return;
    const local: FieldErrors = {};
    const amount = parsePoundsToPence(values.amount);
    if (!amount.ok) local.amountPence = [amount.message];
    else if (amount.pence === 0) local.amountPence = ['Enter an amount above £0.00'];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) local.date = ['Enter the date the money was repaid'];
    if (!values.reason.trim()) local.reason = ['Enter the reason for the clawback'];
    errors.show(local);
    if (Object.keys(local).length || !amount.ok) return;
    clawback.mutate(
      { awardId, amountPence: amount.pence, date: values.date, reason: values.reason.trim() },
      { onSuccess: () => onRecorded(`Recorded a clawback of ${formatPence(amount.pence)} on ${awardReference}. It waits for a finance approver, who must be someone else, and counts once approved.`), onError: (error) => errors.showApiError(error) },
    );
  }

  return (
    <section className="panel payment-form payment-form--warning" aria-labelledby="clawback-title">
      <h3 id="clawback-title" tabIndex={-1} ref={heading}>
        Record a clawback on {awardReference}
      </h3>
      <p className="muted">Use this when the partner has repaid money that was released to them. Once a finance approver other than you approves it, it reduces the net released total; the original payments stay in the ledger.</p>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field--full">
          <ErrorSummary items={errors.summary} focusKey={errors.attempt} title="The clawback was not recorded" />
        </div>
        <MoneyField id={errors.id('amountPence')} label="Amount repaid (£)" value={values.amount} onValueChange={set('amount')} errors={errors.placed.amountPence} />
        <TextField id={errors.id('date')} label="Date repaid" type="date" value={values.date} onValueChange={set('date')} errors={errors.placed.date} inputClassName="input--short" />
        <TextAreaField id={errors.id('reason')} label="Reason for the clawback" value={values.reason} onValueChange={set('reason')} errors={errors.placed.reason} className="field--full" maxLength={500} />
        <div className="actions field--full">
          <button type="submit" className="button button--warning" disabled={clawback.isPending}>
            {clawback.isPending ? 'Recording…' : 'Record clawback for approval'}
          </button>
          <button type="button" className="button button--secondary" disabled={clawback.isPending} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
