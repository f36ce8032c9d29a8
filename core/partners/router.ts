import { allow, router } from '../trpc/init';
import { ALL_ROLES } from '../shared/roles';

/** The partner directory as the programme register needs it; the grants feature extends it. */
export const partnersRouter = router({
  options: allow(...ALL_ROLES).query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom('partners')
      .select(['id', 'name', 'organisation_type', 'ward_code'])
      .where('archived_at', 'is', null)
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, organisationType: r.organisation_type, wardCode: r.ward_code }));
  }),
});
