import { initTRPC, TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { Context } from './context';
import type { Role } from '../shared/roles';
import { fieldErrorsOf, INTERNAL_MESSAGE, isWorkspaceBusyError, retryAfterOf, WORKSPACE_BUSY_MESSAGE, WORKSPACE_BUSY_REASON } from './error-shape';

export interface Meta {
  /** Roles allowed to call the procedure. A procedure with no roles can be called by nobody. */
  roles?: readonly Role[];
  /** Callable without a session (sign-in and first-run setup only). */
  public?: boolean;
  /** Callable while the user must still replace a passphrase an administrator set (auth.me, auth.changePassphrase, auth.signOut). */
  beforePassphraseChange?: boolean;
}

export const MUST_CHANGE_PASSPHRASE_MESSAGE = 'Choose a new passphrase first: the one you signed in with was set by an administrator.';
/** Marks a SERVICE_UNAVAILABLE that came from SQLite's lock timeout (the formatter adds `reason`). */
export class WorkspaceBusyCause extends Error {
  constructor() {
    super(WORKSPACE_BUSY_MESSAGE);
    this.name = 'WorkspaceBusyCause';
  }
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    isDev: false,
    // Live updates (core/live/): a ping every 15 s keeps proxies from closing a quiet stream, and a
    // client that has heard nothing for 40 s assumes the connection is dead and reconnects.
    sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
    errorFormatter({ shape, error, ctx }) {
      const fieldErrors = fieldErrorsOf(error);
      const requestId = ctx?.requestId ?? null;
      // A lock timeout outside any procedure (e.g. while reading the session) still answers "busy", never 500.
      const busy = error.cause instanceof WorkspaceBusyCause || (error.code === 'INTERNAL_SERVER_ERROR' && isWorkspaceBusyError(error.cause));
      const internal = error.code === 'INTERNAL_SERVER_ERROR' && !busy;
      let message = shape.message;
      if (busy) message = WORKSPACE_BUSY_MESSAGE;
      else if (internal) message = `${INTERNAL_MESSAGE} ${requestId ?? ''}.`.replace(' .', '.');
      else if (fieldErrors && error.cause && error.cause.name === 'ZodError') message = 'Some fields need attention.';
      return {
        message,
        code: busy ? TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE : shape.code,
        data: {
          code: busy ? 'SERVICE_UNAVAILABLE' : shape.data.code,
          httpStatus: busy ? 503 : shape.data.httpStatus,
          path: shape.data.path ?? null,
          fieldErrors,
          requestId,
          retryAfterSeconds: retryAfterOf(error),
          reason: busy ? WORKSPACE_BUSY_REASON : null,
        },
      };
    },
  });

/**
 * SQLITE_BUSY / SQLITE_LOCKED from any service becomes one friendly, retryable answer (503,
 * `data.reason: 'workspace_busy'`) instead of an internal error. Every write runs in one transaction
 * (BEGIN IMMEDIATE, db/connection.ts), so a busy refusal has written nothing and is safe to retry.
 */
const busyGuard = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isWorkspaceBusyError(result.error.cause)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: WORKSPACE_BUSY_MESSAGE, cause: new WorkspaceBusyCause() });
  }
  return result;
});

const roleGuard = t.middleware(({ ctx, meta, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.sessionEnded ?? 'Please sign in to continue.' });
  if (ctx.actor.mustChangePassphrase && !meta?.beforePassphraseChange) {
    throw new TRPCError({ code: 'FORBIDDEN', message: MUST_CHANGE_PASSPHRASE_MESSAGE });
  }
  const roles = meta?.roles ?? [];
  if (!roles.includes(ctx.actor.role)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role does not allow this action.' });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure starts here and must name its roles with .meta({ roles }) — the default is nobody. */
export const procedure = t.procedure.use(busyGuard).use(roleGuard);

/** Narrow helper: a procedure whose handler always has a signed-in actor. */
export function allow(...roles: Role[]) {
  return procedure.meta({ roles });
}

/** Like `allow`, and also open to a user who must first replace an administrator-set passphrase. */
export function allowBeforePassphraseChange(...roles: Role[]) {
  return procedure.meta({ roles, beforePassphraseChange: true });
}

/** Sign-in and first-run setup: callable without a session. Use nowhere else. */
export const publicProcedure = t.procedure.use(busyGuard).meta({ public: true });
