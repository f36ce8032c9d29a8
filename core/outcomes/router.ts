import { z } from 'zod';
import { allow, router } from '../trpc/init';
import { ALL_ROLES, REGISTER_EDITORS, VERSION_PUBLISHERS } from '../shared/roles';
import { id, onsCode, text } from '../shared/validation';
import { importFileInput } from '../imports/file-input';
import { FileFormatError } from '../imports/csv-parse';
import { compareVersions } from './compare';
import { exportIndicators, exportObservations } from './export';
import { createDraftVersion, frameworkTree, listFrameworks, publishVersion } from './frameworks-service';
import { indicatorDetail, indicatorHistory, recordObservation, saveIndicatorDefinition } from './indicators-service';
import { pageInput } from '../shared/paging';
import { commitIndicators, previewIndicators } from './import/indicators-import';
import { commitObservations, previewObservations } from './import/observations-import';
import { assessedIndicators, offTrackList } from './off-track';
import { indicatorDefinitionInput, newDraftInput, observationInput, withdrawObservationInput } from './schemas';
import { withdrawObservation } from './withdrawals-service';
import { TRPCError } from '@trpc/server';

const PREVIEW_ROWS = 200;
const indicatorFilter = z.strictObject({
  frameworkCode: text(32).optional(),
  elementCode: text(40).optional(),
  tier: z.union([z.literal(1), z.literal(2)]).optional(),
  rag: z.array(z.enum(['green', 'amber', 'red', 'none'])).max(4).optional(),
  staleOnly: z.boolean().optional(),
});

/** A bad file is the user's to fix: say exactly what is wrong, as a BAD_REQUEST. */
async function friendly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FileFormatError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
    throw error;
  }
}

/** Trims a preview for the screen: counts in full, rows up to a limit (the commit uses the file itself). */
function trimPreview<P extends { toAdd: unknown[]; toChange: unknown[]; rejected: unknown[] }>(preview: P) {
  return {
    ...preview,
    counts: { add: preview.toAdd.length, change: preview.toChange.length, rejected: preview.rejected.length },
    toAdd: preview.toAdd.slice(0, PREVIEW_ROWS),
    toChange: preview.toChange.slice(0, PREVIEW_ROWS),
    rejected: preview.rejected.slice(0, 1000),
  };
}

export const outcomesRouter = router({
  frameworks: allow(...ALL_ROLES).query(({ ctx }) => listFrameworks(ctx.db)),
  tree: allow(...ALL_ROLES).input(z.strictObject({ versionId: id })).query(({ ctx, input }) => frameworkTree(ctx.db, input.versionId)),
  compare: allow(...ALL_ROLES)
    .input(z.strictObject({ fromVersionId: id, toVersionId: id }))
    .query(({ ctx, input }) => compareVersions(ctx.db, input.fromVersionId, input.toVersionId)),
  createDraft: allow(...REGISTER_EDITORS).input(newDraftInput).mutation(({ ctx, input }) => createDraftVersion(ctx.db, ctx, input.fromVersionId, input.label, input.fromFinancialYear)),
  publish: allow(...VERSION_PUBLISHERS).input(z.strictObject({ versionId: id })).mutation(({ ctx, input }) => publishVersion(ctx.db, ctx, input.versionId)),
  saveIndicator: allow(...REGISTER_EDITORS).input(indicatorDefinitionInput).mutation(({ ctx, input }) => saveIndicatorDefinition(ctx.db, ctx, input)),
  indicator: allow(...ALL_ROLES)
    .input(z.strictObject({ id, areaCode: onsCode.nullable().default(null) }))
    .query(({ ctx, input }) => indicatorDetail(ctx.db, input.id, input.areaCode)),
  /** The indicator page's revisions table, one page at a time: one area (or every area when null), by period. */
  indicatorHistory: allow(...ALL_ROLES)
    .input(z.strictObject({ id, areaCode: onsCode.nullable().default(null), sortDirection: z.enum(['asc', 'desc']).default('desc'), page: pageInput }))
    .query(({ ctx, input }) => indicatorHistory(ctx.db, input.id, input)),
  recordObservation: allow(...REGISTER_EDITORS).input(observationInput).mutation(({ ctx, input }) => recordObservation(ctx.db, ctx, input)),
  withdrawObservation: allow(...REGISTER_EDITORS).input(withdrawObservationInput).mutation(({ ctx, input }) => withdrawObservation(ctx.db, ctx, input)),
  indicators: allow(...ALL_ROLES).input(indicatorFilter).query(({ ctx, input }) => assessedIndicators(ctx.db, input)),
  offTrack: allow(...ALL_ROLES).input(indicatorFilter.omit({ rag: true })).query(({ ctx, input }) => offTrackList(ctx.db, input)),
  previewObservations: allow(...REGISTER_EDITORS)
    .input(importFileInput)
    .mutation(({ ctx, input }) => friendly(async () => trimPreview(await previewObservations(ctx.db, input)))),
  importObservations: allow(...REGISTER_EDITORS)
    .input(importFileInput.extend({ fileHash: z.string().regex(/^[0-9a-f]{64}$/) }))
    .mutation(({ ctx, input }) => friendly(() => commitObservations(ctx.db, ctx, input, input.fileHash))),
  previewIndicators: allow(...REGISTER_EDITORS)
    .input(importFileInput)
    .mutation(({ ctx, input }) => friendly(async () => trimPreview(await previewIndicators(ctx.db, input)))),
  importIndicators: allow(...REGISTER_EDITORS)
    .input(importFileInput.extend({ fileHash: z.string().regex(/^[0-9a-f]{64}$/) }))
    .mutation(({ ctx, input }) => friendly(() => commitIndicators(ctx.db, ctx, input, input.fileHash))),
  exportObservations: allow(...ALL_ROLES)
    .input(z.strictObject({ format: z.enum(['csv', 'xlsx']), frameworkCode: text(32).nullable().default(null) }))
    .query(({ ctx, input }) => exportObservations(ctx.db, input.format, input.frameworkCode)),
  exportIndicators: allow(...ALL_ROLES)
    .input(z.strictObject({ format: z.enum(['csv', 'xlsx']), versionId: id }))
    .query(({ ctx, input }) => exportIndicators(ctx.db, input.format, input.versionId)),
});
