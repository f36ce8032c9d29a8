import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import { trpc } from '../../api/trpc';
import type { UserView } from '../../api/types';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { labelOf, ROLE_LABELS, type Role } from '../../labels';

type Panel = 'role' | 'passphrase' | null;

export function UserRow({ user, isSelf }: { user: UserView; isSelf: boolean }) {
  const queryClient = useQueryClient();
  const [panel, setPanel] = useState<Panel>(null);
  const [role, setRole] = useState<string>(user.role);
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string[] | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const opts = (message: string) => ({
    onSuccess: async () => {
      setPanel(null);
      setPassphrase('');
      setFieldError(undefined);
      setDone(message);
      await refresh();
    },
  });
  const changeRole = useMutation(trpc.users.changeRole.mutationOptions(opts(`Role changed for ${user.username}.`)));
  const reset = useMutation(trpc.users.resetPassphrase.mutationOptions(opts(`Passphrase reset for ${user.username}. Their sessions have ended.`)));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions(opts(user.disabled ? `${user.username} can sign in again.` : `${user.username} is disabled.`)));
  const endSessions = useMutation(
    trpc.users.endSessions.mutationOptions({
      onSuccess: ({ ended }) => setDone(ended === 1 ? `Ended 1 session of ${user.username}.` : `Ended ${ended} sessions of ${user.username}.`),
    }),
  );
  const failure = changeRole.error ?? reset.error ?? setDisabled.error ?? endSessions.error;

  const open = (next: Panel) => {
    setPanel(panel === next ? null : next);
    setFieldError(undefined);
    setDone(null);
    changeRole.reset();
    reset.reset();
    setDisabled.reset();
    endSessions.reset();
  };

  function submitRole(event: FormEvent) {
    event.preventDefault();
    changeRole.mutate({ userId: user.id, role: role as Role });
  }
  function submitPassphrase(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < 12) {
      setFieldError(['Passphrases need at least 12 characters']);
      return;
    }
    setFieldError(undefined);
    reset.mutate({ userId: user.id, passphrase }, { onError: (error) => setFieldError(errorInfo(error).fieldErrors?.passphrase) });
  }

  return (
    <>
      <tr>
        <th scope="row">
          <code>{user.username}</code>
          {isSelf && <span className="cell__sub">(you)</span>}
        </th>
        <td>{user.displayName}</td>
        <td>{labelOf(ROLE_LABELS, user.role)}</td>
        <td>
          {user.disabled ? <span className="badge badge--archived">Disabled</span> : <span className="badge badge--active">Active</span>}
          {user.mustChangePassphrase && <span className="cell__sub">Must choose a new passphrase</span>}
        </td>
        <td>
          <div className="row-actions">
            <button type="button" className="button button--secondary button--small" aria-expanded={panel === 'role'} onClick={() => open('role')}>
              Change role<span className="visually-hidden"> for {user.username}</span>
            </button>
            <button type="button" className="button button--secondary button--small" aria-expanded={panel === 'passphrase'} onClick={() => open('passphrase')}>
              Reset passphrase<span className="visually-hidden"> for {user.username}</span>
            </button>
            {!isSelf && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={endSessions.isPending}
                onClick={() => {
                  open(null);
                  endSessions.mutate({ userId: user.id });
                }}
              >
                End sessions<span className="visually-hidden"> of {user.username}</span>
              </button>
            )}
            {!isSelf && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={setDisabled.isPending}
                onClick={() => {
                  open(null);
                  setDisabled.mutate({ userId: user.id, disabled: !user.disabled });
                }}
              >
                {user.disabled ? 'Enable' : 'Disable'}
                <span className="visually-hidden"> {user.username}</span>
              </button>
            )}
          </div>
          <div role="status" className="row-status">
            {done}
          </div>
          {failure && !fieldError && (
            <p className="field__error" role="alert">
              {errorInfo(failure).message}
            </p>
          )}
        </td>
      </tr>
      {panel && (
        <tr className="row-panel">
          <td colSpan={5}>
            {panel === 'role' ? (
              <form className="inline-form" onSubmit={submitRole} noValidate>
                <SelectField id={`role-${user.id}`} label={`New role for ${user.username}`} value={role} options={optionsFrom(ROLE_LABELS)} onValueChange={setRole} />
                <button type="submit" className="button button--small" disabled={changeRole.isPending}>
                  Save role
                </button>
              </form>
            ) : (
              <form className="inline-form" onSubmit={submitPassphrase} noValidate>
                <TextField
                  id={`passphrase-${user.id}`}
                  label={`New passphrase for ${user.username}`}
                  hint="At least 12 characters, without their username, not a common password. Tell them in person: it ends their sessions, and they choose their own at next sign-in."
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onValueChange={setPassphrase}
                  errors={fieldError}
                />
                <button type="submit" className="button button--small" disabled={reset.isPending}>
                  Save passphrase
                </button>
              </form>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
