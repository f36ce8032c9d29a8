import { queryClient, trpc, trpcClient } from '../api/trpc';
import type { SignedInUser } from '../api/types';
import { clearToken, saveToken } from './session-store';

/** Forgets everything the previous user could see, keeping only the public workspace status. */
function forgetSignedInData(): void {
  queryClient.removeQueries({ predicate: (query) => !JSON.stringify(query.queryKey).includes('"workspace"') });
}

/** Signs in and primes the "who am I" query so the shell can render straight away. */
export async function signIn(username: string, passphrase: string): Promise<void> {
  const result = await trpcClient.auth.signIn.mutate({ username, passphrase });
  forgetSignedInData();
  const me: SignedInUser = {
    userId: result.user.id,
    username: result.user.username,
    displayName: result.user.displayName,
    role: result.user.role,
    mustChangePassphrase: result.user.mustChangePassphrase,
  };
  queryClient.setQueryData(trpc.auth.me.queryKey(), me);
  saveToken(result.token);
}

export async function signOut(): Promise<void> {
  try {
    await trpcClient.auth.signOut.mutate();
  } catch {
    // The session may already have ended on the server; signing out locally is what matters.
  }
  clearToken();
  forgetSignedInData();
}
