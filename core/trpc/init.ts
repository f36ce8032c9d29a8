import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context';
import type { Role } from '../shared/roles';
import { fieldErrorsOf, INTERNAL_MESSAGE, retryAfterOf } from './error-shape';

export interface Meta {
  /** Roles allowed to call the procedure. A procedure with no roles can be called by nobody. */
  roles?: readonly Role[];
  /** Callable without a session (sign-in and first-run setup only). */
  public?: boolean;
  /** Callable while the user must still replace a passphrase an administrator set (auth.me, auth.changePassphrase, auth.signOut). */
  beforePassphraseChange?: boolean;
}

export const MUST_CHANGE_PASSPHRASE_MESSAGE = 'Choose a new passphrase first: the one you signed in with was set by an administrator.';

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const fieldErrors = fieldErrorsOf(error);
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const requestId = ctx?.requestId ?? null;
      let message = shape.message;
      if (internal) message = `${INTERNAL_MESSAGE} ${requestId ?? ''}.`.replace(' .', '.');
      else if (fieldErrors && error.cause && error.cause.name === 'ZodError') message = 'Some fields need attention.';
      return {
        message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path ?? null,
          fieldErrors,
          requestId,
          retryAfterSeconds: retryAfterOf(error),
        },
      };
    },
  });

const roleGuard = t.middleware(({ ctx, meta, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in to continue.' });
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
export const procedure = t.procedure.use(roleGuard);

/** Narrow helper: a procedure whose handler always has a signed-in actor. */
export function allow(...roles: Role[]) {
  return procedure.meta({ roles });
}

/** Like `allow`, and also open to a user who must first replace an administrator-set passphrase. */
export function allowBeforePassphraseChange(...roles: Role[]) {
  return procedure.meta({ roles, beforePassphraseChange: true });
}

/** Sign-in and first-run setup: callable without a session. Use nowhere else. */
export const publicProcedure = t.procedure.meta({ public: true });
