import { z } from 'zod';
import { allow, router } from '../trpc/init';
import { ALL_ROLES, REGISTER_EDITORS } from '../shared/roles';
import { id } from '../shared/validation';
import { exportRegister } from './export';
import { registerPage } from './queries';
import { createProgrammeInput, registerFilter, registerPageInput, updateProgrammeInput } from './schemas';
import { createProgramme, getProgramme, programmeHistory, setArchived, updateProgramme } from './service';

export const programmesRouter = router({
  list: allow(...ALL_ROLES).input(registerPageInput).query(({ ctx, input }) => registerPage(ctx.db, input)),
  get: allow(...ALL_ROLES).input(z.strictObject({ id })).query(({ ctx, input }) => getProgramme(ctx.db, input.id)),
  history: allow(...ALL_ROLES).input(z.strictObject({ id })).query(({ ctx, input }) => programmeHistory(ctx.db, input.id)),
  create: allow(...REGISTER_EDITORS).input(createProgrammeInput).mutation(({ ctx, input }) => createProgramme(ctx.db, ctx, input)),
  update: allow(...REGISTER_EDITORS).input(updateProgrammeInput).mutation(({ ctx, input }) => updateProgramme(ctx.db, ctx, input)),
  archive: allow(...REGISTER_EDITORS)
    .input(z.strictObject({ id, reason: z.string().trim().min(1, 'Say why this programme is being archived').max(500) }))
    .mutation(({ ctx, input }) => setArchived(ctx.db, ctx, input.id, true, input.reason)),
  restore: allow(...REGISTER_EDITORS)
    .input(z.strictObject({ id }))
    .mutation(({ ctx, input }) => setArchived(ctx.db, ctx, input.id, false, '')),
  export: allow(...ALL_ROLES)
    .input(registerFilter.extend({ format: z.enum(['csv', 'xlsx']) }))
    .query(({ ctx, input }) => {
      const { format, ...filter } = input;
      return exportRegister(ctx.db, filter, format, new Date().toISOString().slice(0, 10));
    }),
});

