import { useSyncExternalStore } from 'react';

/**
 * Who is signed in, as the page knows it. Browser mode (npm start) and the desktop keep a bearer
 * token, in sessionStorage so it ends with the window. On a team server the session is an HttpOnly
 * cookie the page cannot read: sign-in then returns `token: null` and the page only remembers that
 * it is signed in by cookie (`cookieSession`).
 */
export const TOKEN_KEY = 'alignment-desk.token';

export interface SessionState {
  token: string | null;
  /** Signed in by the team server's cookie: requests carry it, the page never sees the token. */
  cookieSession: boolean;
  /** Whether the page has asked the server once if a cookie already signs it in (see App). */
  cookieChecked: boolean;
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

let state: SessionState = { token: readToken(), cookieSession: false, cookieChecked: false, notice: null };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return state.token;
}

/** Signed in either way: by a token this page holds, or by the team server's cookie. */
export function isSignedIn(): boolean {
  return state.token !== null || state.cookieSession;
}

export function saveToken(token: string): void {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage can be unavailable (private modes); the token still lives in memory for this page.
  }
  setState({ ...state, token, cookieSession: false, notice: null });
}

/** The team server signed this page in with its cookie (sign-in answered `token: null`, or auth.me succeeded). */
export function markCookieSession(): void {
  setState({ ...state, token: null, cookieSession: true, cookieChecked: true, notice: null });
}

/** The one question about an existing cookie has been answered: not signed in. */
export function markCookieChecked(): void {
  setState({ ...state, cookieChecked: true });
}

/** Ends the session in this page (token or cookie). `notice` explains why when the user did not sign out themselves. */
export function clearToken(notice: string | null = null): void {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // ignore, as above
  }
  setState({ ...state, token: null, cookieSession: false, notice });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
