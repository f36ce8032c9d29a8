import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { queryClient, trpc, trpcClient } from '../../api/trpc';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { fieldId, placeFieldErrors, summaryItems, type FieldErrors } from '../../forms/field-errors';
import { signIn } from '../../session/session-actions';

const FIELDS: Record<string, string> = {
  councilName: 'Council name',
  'admin.username': 'Administrator username',
  'admin.displayName': 'Display name',
  'admin.passphrase': 'Passphrase',
  confirmPassphrase: 'Confirm passphrase',
};
const KNOWN = new Set(Object.keys(FIELDS));
const ORDER = Object.keys(FIELDS);
const PREFIX = 'setup';

export function CreateWorkspaceForm() {
  const [values, setValues] = useState({ councilName: '', username: '', displayName: '', passphrase: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const placed = placeFieldErrors(errors, KNOWN);
  const id = (path: string) => fieldId(path, PREFIX);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!values.councilName.trim()) local.councilName = ['Enter the council name'];
    if (!values.username.trim()) local['admin.username'] = ['Enter a username for the first administrator'];
    if (!values.displayName.trim()) local['admin.displayName'] = ['Enter a display name'];
    if (values.passphrase.length < 12) local['admin.passphrase'] = ['Passphrases need at least 12 characters'];
    else if (values.confirm !== values.passphrase) local.confirmPassphrase = ['The two passphrases do not match'];
    setAttempt((n) => n + 1);
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await trpcClient.workspace.createEmpty.mutate({
        councilName: values.councilName.trim(),
        admin: { username: values.username.trim(), displayName: values.displayName.trim(), passphrase: values.passphrase },
      });
      await signIn(values.username.trim(), values.passphrase);
      await queryClient.invalidateQueries({ queryKey: trpc.workspace.status.queryKey() });
    } catch (caught) {
      const info = errorInfo(caught);
      setErrors(info.fieldErrors ?? { _form: [info.message] });
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  }

  return (
    <form className="form stack" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary items={summaryItems(placed, ORDER, (path) => FIELDS[path] ?? path, PREFIX)} focusKey={attempt} />
      <TextField id={id('councilName')} label="Council name" value={values.councilName} onValueChange={set('councilName')} errors={placed.councilName} autoComplete="organization" />
      <TextField
        id={id('admin.username')}
        label="Administrator username"
        hint="Letters, numbers, dots, dashes or underscores."
        value={values.username}
        onValueChange={set('username')}
        errors={placed['admin.username']}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField id={id('admin.displayName')} label="Display name" value={values.displayName} onValueChange={set('displayName')} errors={placed['admin.displayName']} autoComplete="name" />
      <TextField
        id={id('admin.passphrase')}
        label="Passphrase"
        hint="At least 12 characters. A few unrelated words make a good passphrase."
        type="password"
        value={values.passphrase}
        onValueChange={set('passphrase')}
        errors={placed['admin.passphrase']}
        autoComplete="new-password"
      />
      <TextField
        id={id('confirmPassphrase')}
        label="Confirm passphrase"
        type="password"
        value={values.confirm}
        onValueChange={set('confirm')}
        errors={placed.confirmPassphrase}
        autoComplete="new-password"
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Creating the register…' : 'Create an empty register'}
        </button>
      </div>
    </form>
  );
}
