import { z } from 'zod';
import { allow, publicProcedure, router } from '../trpc/init';
import { offerVerifiedBackup } from './backup';
import { newUserInput } from '../identity/schemas';
import { requiredText } from '../shared/validation';
import { createEmptyWorkspace, openDemoWorkspace, workspaceStatus } from './service';

export const workspaceRouter = router({
  status: publicProcedure.query(({ ctx }) => workspaceStatus(ctx.db)),
  createEmpty: publicProcedure
    .input(z.strictObject({ councilName: requiredText(120, 'the council name'), admin: newUserInput.omit({ role: true }) }))
    .mutation(({ ctx, input }) => createEmptyWorkspace(ctx.db, ctx, input.councilName, { ...input.admin, role: 'admin' })),
  openDemo: publicProcedure.input(z.strictObject({})).mutation(({ ctx }) => openDemoWorkspace(ctx.db, ctx)),
  /** Browser mode: a verified copy of the workspace, offered once at GET /backup/<id> (admins only). */
  backup: allow('admin').mutation(({ ctx }) => offerVerifiedBackup(ctx)),
});
