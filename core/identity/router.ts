import { z } from 'zod';
import { allow, allowBeforePassphraseChange, publicProcedure, router } from '../trpc/init';
import { ALL_ROLES } from '../shared/roles';
import { id } from '../shared/validation';
import { newPassphrase, newUserInput, role } from './schemas';
import { changeOwnPassphrase, changeRole, createUser, endMyOtherSessions, endUserSessions, listUsers, mySessions, resetPassphrase, setDisabled, signIn, signOut } from './service';

export const authRouter = router({
  signIn: publicProcedure
    .input(z.strictObject({ username: z.string().trim().min(1, 'Enter your username').max(64), passphrase: z.string().min(1, 'Enter your passphrase').max(256) }))
    .mutation(({ ctx, input }) => signIn(ctx.db, ctx.requestId, ctx.channel, input.username, input.passphrase, ctx.clientAddress ?? null, ctx.sessionPolicy)),
  signOut: allowBeforePassphraseChange(...ALL_ROLES).mutation(({ ctx }) => signOut(ctx.db, ctx)),
  me: allowBeforePassphraseChange(...ALL_ROLES).query(({ ctx }) => ({
    userId: ctx.actor.userId,
    username: ctx.actor.username,
    displayName: ctx.actor.displayName,
    role: ctx.actor.role,
    mustChangePassphrase: ctx.actor.mustChangePassphrase === true,
  })),
  changePassphrase: allowBeforePassphraseChange(...ALL_ROLES)
    .input(z.strictObject({ current: z.string().min(1, 'Enter your current passphrase').max(256), next: newPassphrase }))
    .mutation(({ ctx, input }) => changeOwnPassphrase(ctx.db, ctx, input.current, input.next, ctx.clientAddress ?? null)),
  sessions: allow(...ALL_ROLES).query(({ ctx }) => mySessions(ctx.db, ctx.actor, ctx.sessionPolicy)),
  endOtherSessions: allow(...ALL_ROLES)
    .input(z.strictObject({ sessionId: id.nullable() }))
    .mutation(({ ctx, input }) => endMyOtherSessions(ctx.db, ctx, input.sessionId)),
});

export const usersRouter = router({
  list: allow('admin').query(({ ctx }) => listUsers(ctx.db)),
  create: allow('admin').input(newUserInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx, input)),
  changeRole: allow('admin')
    .input(z.strictObject({ userId: id, role }))
    .mutation(({ ctx, input }) => changeRole(ctx.db, ctx, input.userId, input.role)),
  resetPassphrase: allow('admin')
    .input(z.strictObject({ userId: id, passphrase: newPassphrase }))
    .mutation(({ ctx, input }) => resetPassphrase(ctx.db, ctx, input.userId, input.passphrase)),
  endSessions: allow('admin')
    .input(z.strictObject({ userId: id }))
    .mutation(({ ctx, input }) => endUserSessions(ctx.db, ctx, input.userId)),
  setDisabled: allow('admin')
    .input(z.strictObject({ userId: id, disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setDisabled(ctx.db, ctx, input.userId, input.disabled)),
});
