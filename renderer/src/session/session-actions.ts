import { queryClient, trpc, trpcClient } from '../api/trpc';
import type { SignedInUser } from '../api/types';
import { clearToken, markCookieChecked, markCookieSession, saveToken } from './session-store';

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
  // A team server keeps the session in an HttpOnly cookie and answers `token: null`.
  const token = result.token as string | null;
  if (token) saveToken(token);
  else markCookieSession();
}

/**
 * Asked once when the page opens without a token over HTTP: does a team server's cookie already
 * sign this browser in (another tab signed in)? No retries; any failure means "show sign-in".
 */
let cookieCheck: Promise<void> | null = null;
export function checkCookieSession(): Promise<void> {
  cookieCheck ??= askOnce();
  return cookieCheck;
}

async function askOnce(): Promise<void> {
  try {
    const me = await trpcClient.auth.me.query();
    queryClient.setQueryData(trpc.auth.me.queryKey(), me);
    markCookieSession();
  } catch {
    markCookieChecked();
  }
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
