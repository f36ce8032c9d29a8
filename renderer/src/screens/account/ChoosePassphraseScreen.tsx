import { useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import type { SignedInUser } from '../../api/types';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SignOutButton } from '../../components/SignOutButton';

/** Shown straight after sign-in, before anything else, when an administrator set the passphrase. */
export function ChoosePassphraseScreen({ user }: { user: SignedInUser }) {
  useDocumentTitle('Choose a new passphrase');
  const queryClient = useQueryClient();
  return (
    <>
      <h1>Choose a new passphrase</h1>
      <p className="lead">
        Welcome, {user.displayName}. An administrator set the passphrase you signed in with, so choose one that only you know before you continue.
      </p>
      <ChangePassphraseForm
        prefix="choose-passphrase"
        submitLabel="Save and continue"
        onChanged={async () => {
          queryClient.setQueryData(trpc.auth.me.queryKey(), { ...user, mustChangePassphrase: false });
          await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        }}
      />
      <p>
        <SignOutButton />
      </p>
    </>
  );
}
