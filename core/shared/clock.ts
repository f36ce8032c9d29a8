/** UTC ISO-8601 timestamp with milliseconds, e.g. 2026-11-25T22:10:31.123Z. */
export function nowIso(): string {
  return new Date().toISOString();
}
