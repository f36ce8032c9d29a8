import { useState, type FormEvent } from 'react';
import { errorInfo } from '../../api/errors';
import type { WorkspaceStatus } from '../../api/types';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { signIn } from '../../session/session-actions';
import { PublicLayout } from '../shell/PublicLayout';
import { DemoAccountsPanel } from './DemoAccountsPanel';

export function SignInScreen({ status, notice }: { status: WorkspaceStatus; notice: string | null }) {
  useDocumentTitle('Sign in');
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!username.trim()) missing.username = ['Enter your username'];
    if (!passphrase) missing.passphrase = ['Enter your passphrase'];
    setFieldErrors(missing);
    if (Object.keys(missing).length) {
      setError(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), passphrase);
    } catch (caught) {
      const info = errorInfo(caught);
      setFieldErrors(info.fieldErrors ?? {});
      setError(info.message);
      setBusy(false);
    }
  }

  return (
    <PublicLayout councilName={status.councilName}>
      <h1>Sign in</h1>
      {notice && !error && (
        <div className="notice notice--info" role="status">
          <p>{notice}</p>
        </div>
      )}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <form className="form stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="sign-in-username"
          label="Username"
          value={username}
          onValueChange={setUsername}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          errors={fieldErrors.username}
        />
        <TextField
          id="sign-in-passphrase"
          label="Passphrase"
          type="password"
          value={passphrase}
          onValueChange={setPassphrase}
          autoComplete="current-password"
          errors={fieldErrors.passphrase}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      {status.demoSignIn && (
        <DemoAccountsPanel
          demo={status.demoSignIn}
          onUse={(name) => {
            setUsername(name);
            setPassphrase(status.demoSignIn?.passphrase ?? '');
            document.getElementById('sign-in-username')?.focus();
          }}
        />
      )}
    </PublicLayout>
  );
}
