import { z } from 'zod';
import { todayIso } from '../outcomes/assessment';
import { ALL_ROLES, BALANCE_TARGET_SETTERS, REGISTER_EDITORS } from '../shared/roles';
import { id } from '../shared/validation';
import { allow, router } from '../trpc/init';
import { acknowledgeFinding, balanceTargets, setBalanceTarget } from './acknowledge-service';
import { exportFindings, exportMatrix } from './export';
import { filterFindings } from './filter';
import { indicatorLinks, linkIndicator, linkProgramme, linksToTarget, programmeLinks, removeLink } from './links-service';
import { alignmentReport } from './report';
import { acknowledgeInput, balanceTargetInput, findingsFilter, indicatorLinkInput, programmeLinkInput, removeLinkInput } from './schemas';
import { linkTargets } from './targets';

const format = z.enum(['csv', 'xlsx']);

export const alignmentRouter = router({
  /** Everything at once: findings, rules, coverage, matrix (the briefing packs read this). */
  report: allow(...ALL_ROLES).query(({ ctx }) => alignmentReport(ctx.db, todayIso())),
  findings: allow(...ALL_ROLES)
    .input(findingsFilter.extend({ limit: z.number().int().min(1).max(100_000).default(200) }))
    .query(async ({ ctx, input }) => {
      const { limit, ...filter } = input;
      const report = await alignmentReport(ctx.db, todayIso());
      const owners = [...new Set(report.findings.map((f) => f.owner))].sort();
      const matching = filterFindings(report.findings, filter);
      const open = matching.filter((f) => f.status !== 'acknowledged');
      const acknowledged = matching.filter((f) => f.status === 'acknowledged');
      // At most `limit` of each list: a workspace across ten councils can raise tens of thousands.
      return {
        findings: [...open.slice(0, limit), ...acknowledged.slice(0, limit)],
        openCount: open.length,
        acknowledgedCount: acknowledged.length,
        rules: report.rules,
        owners,
        total: report.findings.length,
      };
    }),
  targets: allow(...ALL_ROLES).query(({ ctx }) => linkTargets(ctx.db)),
  programmeLinks: allow(...ALL_ROLES).input(z.strictObject({ programmeId: id })).query(({ ctx, input }) => programmeLinks(ctx.db, input.programmeId)),
  linksTo: allow(...ALL_ROLES)
    .input(z.strictObject({ frameworkCode: z.string().max(60), code: z.string().max(60) }))
    .query(({ ctx, input }) => linksToTarget(ctx.db, input.frameworkCode, input.code)),
  indicatorLinks: allow(...ALL_ROLES)
    .input(z.strictObject({ frameworkCode: z.string().max(60), code: z.string().max(60) }))
    .query(({ ctx, input }) => indicatorLinks(ctx.db, input.frameworkCode, input.code)),
  link: allow(...REGISTER_EDITORS).input(programmeLinkInput).mutation(({ ctx, input }) => linkProgramme(ctx.db, ctx, input)),
  linkIndicator: allow(...REGISTER_EDITORS).input(indicatorLinkInput).mutation(({ ctx, input }) => linkIndicator(ctx.db, ctx, input)),
  unlink: allow(...REGISTER_EDITORS).input(removeLinkInput).mutation(({ ctx, input }) => removeLink(ctx.db, ctx, input.id, input.reason)),
  acknowledge: allow(...REGISTER_EDITORS, 'finance_officer', 'finance_approver')
    .input(acknowledgeInput)
    .mutation(({ ctx, input }) => acknowledgeFinding(ctx.db, ctx, input.findingKey, input.reason, todayIso())),
  balanceTargets: allow(...ALL_ROLES).query(({ ctx }) => balanceTargets(ctx.db)),
  setBalanceTarget: allow(...BALANCE_TARGET_SETTERS).input(balanceTargetInput).mutation(({ ctx, input }) => setBalanceTarget(ctx.db, ctx, input)),
  exportFindings: allow(...ALL_ROLES)
    .input(findingsFilter.extend({ format }))
    .query(async ({ ctx, input }) => {
      const { format: f, ...filter } = input;
      const report = await alignmentReport(ctx.db, todayIso());
      return exportFindings(filterFindings(report.findings, filter), f, report.today);
    }),
  exportMatrix: allow(...ALL_ROLES)
    .input(z.strictObject({ format }))
    .query(async ({ ctx, input }) => {
      const report = await alignmentReport(ctx.db, todayIso());
      return exportMatrix(report, input.format, report.today);
    }),
});
