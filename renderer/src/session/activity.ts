/**
 * Whether the person is using the page. Requests made while nobody has touched it for a minute
 * (refreshes after other people's changes, a live stream reconnecting) carry the passive header, so
 * the server checks the session without resetting its idle clock: a tab left open still signs out
 * after the idle limit (core/transport/fetch-handler.ts, PASSIVE_HEADER).
 */
export const PASSIVE_HEADER = 'x-alignment-desk-passive';
export const ACTIVE_WINDOW_MS = 60_000;

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'focus'] as const;

let lastActivity = Date.now();

export function noteActivity(at: number = Date.now()): void {
  lastActivity = at;
}

/** Listens for the person's own input on `target` (the window); returns a function that stops listening. */
interface EventTargetLike {
  addEventListener(type: string, listener: () => void, options?: { capture?: boolean; passive?: boolean }): void;
  removeEventListener(type: string, listener: () => void, options?: { capture?: boolean }): void;
}

export function trackActivity(target: EventTargetLike): () => void {
  const listener = () => noteActivity();
  for (const name of EVENTS) target.addEventListener(name, listener, { capture: true, passive: true });
  return () => {
    for (const name of EVENTS) target.removeEventListener(name, listener, { capture: true });
  };
}

/** The header to add to a request made now: passive when nobody has used the page for a minute. */
export function activityHeaders(now: number = Date.now()): Record<string, string> {
  return now - lastActivity > ACTIVE_WINDOW_MS ? { [PASSIVE_HEADER]: '1' } : {};
}
