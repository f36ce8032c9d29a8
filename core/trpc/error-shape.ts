import type { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { FieldErrorsCause, type FieldErrors } from '../shared/field-errors';
import { RetryAfterCause } from '../shared/retry-after';

/** Turns a zod failure, or our own field refusal, into messages keyed by dotted field path. */
export function fieldErrorsOf(error: TRPCError): FieldErrors | null {
  const cause = error.cause;
  if (cause instanceof FieldErrorsCause) return cause.fieldErrors;
  if (cause instanceof ZodError) {
    const out: FieldErrors = {};
    for (const issue of cause.issues) {
      const key = issue.path.length ? issue.path.map(String).join('.') : '_form';
      const message = friendlyIssue(issue);
      (out[key] ??= []).push(message);
    }
    return out;
  }
  return null;
}

/** Seconds to wait before trying again, for a throttled sign-in (null for any other error). */
export function retryAfterOf(error: TRPCError): number | null {
  return error.cause instanceof RetryAfterCause ? error.cause.retryAfterSeconds : null;
}

function friendlyIssue(issue: ZodError['issues'][number]): string {
  if (issue.code === 'unrecognized_keys') return `Unexpected field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This field is required';
  return issue.message;
}

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Nothing was changed. Quote reference';

/** Shown when SQLite could not get the workspace's write lock within the busy timeout. */
export const WORKSPACE_BUSY_MESSAGE = 'The workspace is busy — another window or user is saving. Please try again.';
/** `data.reason` of that answer, so the UI can tell it from other unavailability. */
export const WORKSPACE_BUSY_REASON = 'workspace_busy';

/**
 * True when the error (or one of its causes) is SQLite's SQLITE_BUSY or SQLITE_LOCKED, in any of their
 * extended forms: another connection (another window or process) held the lock past the busy timeout.
 */
export function isWorkspaceBusyError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
