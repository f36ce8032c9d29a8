import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId, placeFieldErrors, summaryItems, type FieldErrors } from '../../forms/field-errors';
import { ROLE_LABELS, type Role } from '../../labels';

const LABELS: Record<string, string> = { username: 'Username', displayName: 'Display name', role: 'Role', passphrase: 'Starting passphrase' };
const KNOWN = new Set(Object.keys(LABELS));
const PREFIX = 'new-user';
const EMPTY = { username: '', displayName: '', role: 'strategy_officer', passphrase: '' };

export function NewUserForm() {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(trpc.users.create.mutationOptions());
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const placed = placeFieldErrors(errors, KNOWN);
  const id = (path: string) => fieldId(path, PREFIX);

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const local: FieldErrors = {};
    if (!values.username.trim()) local.username = ['Enter a username'];
    if (!values.displayName.trim()) local.displayName = ['Enter a display name'];
    if (values.passphrase.length < 12) local.passphrase = ['Passphrases need at least 12 characters'];
    setErrors(local);
    setAttempt((n) => n + 1);
    if (Object.keys(local).length) return;
    create.mutate(
      { username: values.username.trim(), displayName: values.displayName.trim(), role: values.role as Role, passphrase: values.passphrase },
      {
        onSuccess: async (user) => {
          setValues(EMPTY);
          setCreated(`Added ${user.displayName} (${user.username}).`);
          await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
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
    <section className="panel" aria-labelledby="new-user-title">
      <h2 id="new-user-title">Add a user</h2>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field--full">
          <ErrorSummary items={summaryItems(placed, Object.keys(LABELS), (path) => LABELS[path] ?? path, PREFIX)} focusKey={attempt} />
        </div>
        <TextField id={id('username')} label="Username" value={values.username} onValueChange={set('username')} errors={placed.username} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        <TextField id={id('displayName')} label="Display name" value={values.displayName} onValueChange={set('displayName')} errors={placed.displayName} autoComplete="off" />
        <SelectField id={id('role')} label="Role" value={values.role} options={optionsFrom(ROLE_LABELS)} onValueChange={set('role')} errors={placed.role} />
        <TextField
          id={id('passphrase')}
          label="Starting passphrase"
          hint="At least 12 characters, without the username, not a common password. They choose their own at first sign-in."
          type="password"
          autoComplete="new-password"
          value={values.passphrase}
          onValueChange={set('passphrase')}
          errors={placed.passphrase}
        />
        <div className="actions field--full">
          <button type="submit" className="button" disabled={create.isPending}>
            Add user
          </button>
          <span role="status">{created}</span>
        </div>
      </form>
    </section>
  );
}
