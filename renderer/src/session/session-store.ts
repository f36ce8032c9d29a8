import { useSyncExternalStore } from 'react';

/** The session token lives in sessionStorage: it ends with the window and is never in a cookie. */
export const TOKEN_KEY = 'alignment-desk.token';

export interface SessionState {
  token: string | null;
  /** Shown on the sign-in screen after the server ended the session (for example it expired). */
  notice: string | null;
}

function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

let state: SessionState = { token: readToken(), notice: null };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return state.token;
}

export function saveToken(token: string): void {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage can be unavailable (private modes); the token still lives in memory for this page.
  }
  setState({ token, notice: null });
}

/** Drops the token. `notice` explains why when the user did not sign out themselves. */
export function clearToken(notice: string | null = null): void {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // ignore, as above
  }
  setState({ token: null, notice });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
