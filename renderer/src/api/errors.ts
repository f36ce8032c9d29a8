/**
 * Reads the error shape produced by core/trpc/init.ts without importing tRPC runtime code:
 * `{ message, data: { code, httpStatus, fieldErrors, requestId, reason } }`.
 */
export type FieldErrors = Record<string, string[]>;

export interface ApiErrorInfo {
  code: string | null;
  message: string;
  fieldErrors: FieldErrors | null;
  requestId: string | null;
  /** `'workspace_busy'` when another window or user held the workspace's write lock (core/trpc/error-shape.ts). */
  reason: string | null;
}

/** core/trpc/error-shape.ts WORKSPACE_BUSY_REASON. */
export const WORKSPACE_BUSY_REASON = 'workspace_busy';
export const WORKSPACE_BUSY_MESSAGE = 'The workspace is busy — another window or user is saving. Please try again.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function cleanFieldErrors(value: unknown): FieldErrors | null {
  if (!isRecord(value)) return null;
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) {
      const texts = messages.filter((m): m is string => typeof m === 'string');
      if (texts.length) out[path] = texts;
    } else if (typeof messages === 'string') {
      out[path] = [messages];
    }
  }
  return Object.keys(out).length ? out : null;
}

export function errorInfo(error: unknown): ApiErrorInfo {
  const data = isRecord(error) && isRecord(error.data) ? error.data : null;
  const rawMessage = isRecord(error) && typeof error.message === 'string' ? error.message : '';
  const code = data && typeof data.code === 'string' ? data.code : null;
  const reason = data && typeof data.reason === 'string' ? data.reason : null;
  let message = rawMessage;
  if (reason === WORKSPACE_BUSY_REASON) {
    message = WORKSPACE_BUSY_MESSAGE;
  } else if (!message || (!data && /fetch|network/i.test(message))) {
    message = 'Alignment Desk could not reach its data. Check the app is still running, then try again.';
  }
  return {
    code,
    message,
    fieldErrors: data ? cleanFieldErrors(data.fieldErrors) : null,
    requestId: data && typeof data.requestId === 'string' ? data.requestId : null,
    reason,
  };
}

/** The save was refused only because another window or user was saving: nothing changed, try again. */
export function isWorkspaceBusy(error: unknown): boolean {
  return errorInfo(error).reason === WORKSPACE_BUSY_REASON;
}

export function errorCode(error: unknown): string | null {
  return errorInfo(error).code;
}

/** Client errors that a retry will not fix. */
export function isPermanentError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== null && ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNPROCESSABLE_CONTENT'].includes(code);
}
