import { z } from 'zod';
import { allow, publicProcedure, router } from '../trpc/init';
import { ALL_ROLES } from '../shared/roles';
import { id } from '../shared/validation';
import { newPassphrase, newUserInput, role } from './schemas';
import { changeRole, createUser, listUsers, resetPassphrase, setDisabled, signIn, signOut } from './service';

export const authRouter = router({
  signIn: publicProcedure
    .input(z.strictObject({ username: z.string().trim().min(1, 'Enter your username').max(64), passphrase: z.string().min(1, 'Enter your passphrase').max(256) }))
    .mutation(({ ctx, input }) => signIn(ctx.db, ctx.requestId, ctx.channel, input.username, input.passphrase)),
  signOut: allow(...ALL_ROLES).mutation(({ ctx }) => signOut(ctx.db, ctx)),
  me: allow(...ALL_ROLES).query(({ ctx }) => ({
    userId: ctx.actor!.userId,
    username: ctx.actor!.username,
    displayName: ctx.actor!.displayName,
    role: ctx.actor!.role,
  })),
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
  setDisabled: allow('admin')
    .input(z.strictObject({ userId: id, disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setDisabled(ctx.db, ctx, input.userId, input.disabled)),
});
