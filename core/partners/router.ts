import { z } from 'zod';
import { allow, router } from '../trpc/init';
import { ALL_ROLES } from '../shared/roles';
import { notFound } from '../shared/field-errors';
import { id } from '../shared/validation';
import { ORG_ID_SCHEMES } from './org-id-schemes';
import { archivePartnerInput, checkDuplicatesInput, createPartnerInput, partnerListInput, partnerOptionsInput, recordDueDiligenceInput, updatePartnerInput } from './schemas';
import {
  createPartner,
  dueDiligenceStatus,
  findDuplicates,
  getPartner,
  listPartners,
  londonToday,
  partnerHistory,
  partnerOptions,
  recordDueDiligence,
  setPartnerArchived,
  updatePartner,
} from './service';
import { DUE_DILIGENCE_RECORDERS, PARTNER_EDITORS } from './vocabulary';

/** The VCFSE partner directory: everyone reads; editors add and change partners; finance records due diligence. */
export const partnersRouter = router({
  /** Pickers (programme and award forms): the chosen partners and up to 50 active partners matching a search. */
  options: allow(...ALL_ROLES)
    .input(partnerOptionsInput)
    .query(({ ctx, input }) => partnerOptions(ctx.db, input, londonToday())),
  /** The org-id.guide lists a partner's identifier may come from (deprecated lists left out). */
  orgIdSchemes: allow(...ALL_ROLES).query(() => ORG_ID_SCHEMES.filter((s) => !s.deprecated).map((s) => ({ code: s.code, name: s.name }))),
  list: allow(...ALL_ROLES).input(partnerListInput).query(({ ctx, input }) => listPartners(ctx.db, input, londonToday())),
  get: allow(...ALL_ROLES).input(z.strictObject({ id })).query(({ ctx, input }) => getPartner(ctx.db, input.id, londonToday())),
  history: allow(...ALL_ROLES).input(z.strictObject({ id })).query(({ ctx, input }) => partnerHistory(ctx.db, input.id)),
  /** What the form shows before saving: org id already taken (an error) and near-identical names (warnings). */
  checkDuplicates: allow(...ALL_ROLES).input(checkDuplicatesInput).query(({ ctx, input }) => findDuplicates(ctx.db, input)),
  create: allow(...PARTNER_EDITORS).input(createPartnerInput).mutation(({ ctx, input }) => createPartner(ctx.db, ctx, input, londonToday())),
  update: allow(...PARTNER_EDITORS).input(updatePartnerInput).mutation(({ ctx, input }) => updatePartner(ctx.db, ctx, input, londonToday())),
  archive: allow(...PARTNER_EDITORS)
    .input(archivePartnerInput)
    .mutation(({ ctx, input }) => setPartnerArchived(ctx.db, ctx, input.id, true, input.reason, londonToday())),
  restore: allow(...PARTNER_EDITORS)
    .input(z.strictObject({ id }))
    .mutation(({ ctx, input }) => setPartnerArchived(ctx.db, ctx, input.id, false, '', londonToday())),
  dueDiligence: allow(...ALL_ROLES)
    .input(z.strictObject({ partnerId: id }))
    .query(async ({ ctx, input }) => {
      const partner = await ctx.db.selectFrom('partners').select('id').where('id', '=', input.partnerId).executeTakeFirst();
      if (!partner) throw notFound('That partner');
      return dueDiligenceStatus(ctx.db, input.partnerId, londonToday());
    }),
  recordDueDiligence: allow(...DUE_DILIGENCE_RECORDERS)
    .input(recordDueDiligenceInput)
    .mutation(({ ctx, input }) => recordDueDiligence(ctx.db, ctx, input, londonToday())),
});
