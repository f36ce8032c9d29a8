import { allow, router } from '../trpc/init';
import { ALL_ROLES } from '../shared/roles';

export const geographyRouter = router({
  wards: allow(...ALL_ROLES).query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom('areas')
      .select(['code', 'name', 'verified', 'vintage', 'note', 'parent_code'])
      .where('area_type', '=', 'ward')
      .orderBy('name')
      .execute();
    return rows.map((r) => ({ code: r.code, name: r.name, verified: r.verified === 1, vintage: r.vintage, note: r.note, parentCode: r.parent_code }));
  }),
});
