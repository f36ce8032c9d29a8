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
