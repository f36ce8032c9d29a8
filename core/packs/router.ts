import { ALL_ROLES } from '../shared/roles';
import { allow, router } from '../trpc/init';
import { AUDIENCE_TITLES, DEFAULT_HIGHLIGHTS, SECTION_ORDER, SECTION_TITLES } from './compose/composition';
import { compareInput, compositionInput, downloadInput, packId } from './schemas';
import { comparePacks, downloadPack, generatePack, listPacks, readPack, chartsOf, previewPack } from './service';

/** Leaders prepare packs; strategy officers and admins may too. Everyone may read and download them. */
const PACK_AUTHORS = ['leader', 'strategy_officer', 'admin'] as const;

export const packsRouter = router({
  options: allow(...ALL_ROLES).query(() => ({
    sections: SECTION_ORDER.map((id) => ({ id, title: SECTION_TITLES[id] })),
    audiences: Object.entries(AUDIENCE_TITLES).map(([id, title]) => ({ id, title })),
    defaultHighlights: DEFAULT_HIGHLIGHTS,
  })),
  preview: allow(...PACK_AUTHORS).input(compositionInput).mutation(({ ctx, input }) => previewPack(ctx.db, input)),
  generate: allow(...PACK_AUTHORS).input(compositionInput).mutation(({ ctx, input }) => generatePack(ctx.db, ctx, input)),
  list: allow(...ALL_ROLES).query(({ ctx }) => listPacks(ctx.db)),
  get: allow(...ALL_ROLES)
    .input(packId)
    .query(async ({ ctx, input }) => {
      const pack = await readPack(ctx.db, input.id);
      return { id: pack.id, composition: pack.composition, document: pack.document, charts: chartsOf(pack.document), contentHash: pack.contentHash, verified: pack.verified };
    }),
  download: allow(...ALL_ROLES).input(downloadInput).query(({ ctx, input }) => downloadPack(ctx.db, input.id, input.format)),
  compare: allow(...ALL_ROLES).input(compareInput).query(({ ctx, input }) => comparePacks(ctx.db, input.fromId, input.toId)),
});
