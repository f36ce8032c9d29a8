import { z } from 'zod';
import { todayIso } from '../outcomes/assessment';
import { ALL_ROLES, BALANCE_TARGET_SETTERS, REGISTER_EDITORS } from '../shared/roles';
import { id } from '../shared/validation';
import { allow, router } from '../trpc/init';
import { acknowledgeFinding, balanceTargets, setBalanceTarget } from './acknowledge-service';
import { exportFindings, exportMatrix } from './export';
import { currentCheck } from './check';
import { filteredFindings, findingsPage, findingsPageInput } from './findings';
import { indicatorLinks, linkIndicator, linkProgramme, linksToTarget, programmeLinks, removeLink } from './links-service';
import { acknowledgementsOf, acknowledgementStates, alignmentReport } from './report';
import { acknowledgeInput, balanceTargetInput, findingsFilter, indicatorLinkInput, programmeLinkInput, removeLinkInput } from './schemas';
import { alignmentSummary, matrixCellInput, matrixCellPage } from './summary';
import { linkTargets } from './targets';

const format = z.enum(['csv', 'xlsx']);

export const alignmentRouter = router({
  /** What the matrix screen shows on load: rows, columns, per-cell counts and money, coverage, rule counts. */
  report: allow(...ALL_ROLES).query(({ ctx }) => alignmentSummary(ctx.db, todayIso())),
  /** The programmes in one matrix cell, a page at a time. */
  matrixCell: allow(...ALL_ROLES)
    .input(matrixCellInput)
    .query(({ ctx, input }) => matrixCellPage(ctx.db, todayIso(), input)),
  /** A page of findings, filtered and sorted, with counts per rule. */
  findings: allow(...ALL_ROLES)
    .input(findingsPageInput)
    .query(({ ctx, input }) => findingsPage(ctx.db, todayIso(), input)),
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
      const today = todayIso();
      const [check, acks] = await Promise.all([currentCheck(ctx.db, today), acknowledgementsOf(ctx.db)]);
      return exportFindings(filteredFindings(check.findings, acknowledgementStates(check.byKey, acks), filter), f, today);
    }),
  exportMatrix: allow(...ALL_ROLES)
    .input(z.strictObject({ format }))
    .query(async ({ ctx, input }) => {
      const report = await alignmentReport(ctx.db, todayIso());
      return exportMatrix(report, input.format, report.today);
    }),
});
