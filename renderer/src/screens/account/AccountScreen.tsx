import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import type { SignedInUser } from '../../api/types';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { labelOf, ROLE_LABELS } from '../../labels';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SessionsPanel } from './SessionsPanel';

/** Every user's own page: who they are, their passphrase and their sessions. */
export function AccountScreen({ user }: { user: SignedInUser }) {
  useDocumentTitle('Your account');
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<string | null>(null);
  return (
    <>
      <h1>Your account</h1>
      <p className="lead">
        Signed in as <code>{user.username}</code> ({labelOf(ROLE_LABELS, user.role)}). Only an administrator can change your role.
      </p>
      <section className="panel" aria-labelledby="change-passphrase-title">
        <h2 id="change-passphrase-title">Change passphrase</h2>
        <p>Changing your passphrase ends your other sessions; this one carries on.</p>
        <ChangePassphraseForm
          prefix="change-passphrase"
          submitLabel="Change passphrase"
          onChanged={async () => {
            setChanged('Your passphrase has been changed. Your other sessions have ended.');
            await queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
          }}
        />
        <p role="status">{changed}</p>
      </section>
      <SessionsPanel />
    </>
  );
}
