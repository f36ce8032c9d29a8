import { z } from 'zod';
import { allow, router } from '../trpc/init';
import { chainHead, listAudit, verifyAuditChain } from './service';
import { id, isoDate, text } from '../shared/validation';

export const auditRouter = router({
  list: allow('admin', 'strategy_officer', 'finance_officer', 'finance_approver', 'leader')
    .input(
      z.strictObject({
        actorUserId: id.optional(),
        entityType: text(40).optional(),
        entityId: text(40).optional(),
        action: text(60).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        beforeId: id.optional(),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
  head: allow('admin', 'strategy_officer', 'finance_officer', 'finance_approver', 'leader').query(({ ctx }) =>
    chainHead(ctx.db),
  ),
  verify: allow('admin', 'strategy_officer', 'finance_officer', 'finance_approver', 'leader').query(({ ctx }) =>
    verifyAuditChain(ctx.db),
  ),
});
