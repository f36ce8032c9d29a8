import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { fieldId, placeFieldErrors, summaryItems, type FieldErrors } from '../../forms/field-errors';

const LABELS: Record<string, string> = { current: 'Current passphrase', next: 'New passphrase', confirm: 'Confirm new passphrase' };
const KNOWN = new Set(Object.keys(LABELS));
const EMPTY = { current: '', next: '', confirm: '' };
const HINT = 'At least 12 characters, without your username, and not a commonly used password. A few unrelated words work well.';

/** Changes the signed-in user's own passphrase (the core checks the policy and the current passphrase). */
export function ChangePassphraseForm({ prefix, submitLabel, onChanged }: { prefix: string; submitLabel: string; onChanged: () => void | Promise<void> }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const change = useMutation(trpc.auth.changePassphrase.mutationOptions());
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const placed = placeFieldErrors(errors, KNOWN);
  const id = (path: string) => fieldId(path, prefix);

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!values.current) local.current = ['Enter your current passphrase'];
    if (values.next.length < 12) local.next = ['Passphrases need at least 12 characters'];
    else if (values.confirm !== values.next) local.confirm = ['The two new passphrases do not match'];
    setErrors(local);
    setAttempt((n) => n + 1);
    if (Object.keys(local).length) return;
    change.mutate(
      { current: values.current, next: values.next },
      {
        onSuccess: async () => {
          setValues(EMPTY);
          await onChanged();
        },
        onError: (error) => {
          const info = errorInfo(error);
          setErrors(info.fieldErrors ?? { _form: [info.message] });
          setAttempt((n) => n + 1);
        },
      },
    );
  }

  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <ErrorSummary items={summaryItems(placed, Object.keys(LABELS), (path) => LABELS[path] ?? path, prefix)} focusKey={attempt} />
      <TextField id={id('current')} label={LABELS.current!} type="password" autoComplete="current-password" value={values.current} onValueChange={set('current')} errors={placed.current} />
      <TextField id={id('next')} label={LABELS.next!} hint={HINT} type="password" autoComplete="new-password" value={values.next} onValueChange={set('next')} errors={placed.next} />
      <TextField id={id('confirm')} label={LABELS.confirm!} type="password" autoComplete="new-password" value={values.confirm} onValueChange={set('confirm')} errors={placed.confirm} />
      <div className="actions">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
