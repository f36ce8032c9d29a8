let source: () => number = () => Date.now();

/** Milliseconds since the epoch from the app's clock (the system clock unless a test set another). */
export function nowMs(): number {
  return source();
}

/** UTC ISO-8601 timestamp with milliseconds, e.g. 2026-11-25T22:10:31.123Z. */
export function nowIso(): string {
  return new Date(source()).toISOString();
}

/** Tests only: read time from `next` instead of the system clock; `null` puts the system clock back. */
export function setClock(next: (() => number) | null): void {
  source = next ?? (() => Date.now());
}

const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The workspace's today: the date in the UK (Europe/London), written YYYY-MM-DD, from the app's clock.
 * Every date rule (nothing in the future, periods that have ended, funds that have ended) uses it.
 */
export function todayIso(): string {
  return UK_DATE.format(new Date(source()));
}
