import { z } from 'zod';
import { nowIso } from '../shared/clock';
import { allow, router } from '../trpc/init';
import { ALL_ROLES } from '../shared/roles';
import { id } from '../shared/validation';
import { createAward, getAward, listAwards } from './awards-service';
import { createFund, fundStatement, listFunds } from './funds-service';
import { export360Giving, export360Input, exportJournal, exportJournalInput, exportTransparencyCode, exportTransparencyInput } from './exports/files';
import { checkInvariants, checkRuleExceptions } from './invariants';
import { approvalsQueue, fundLedger, returnedToViewer } from './ledger-read';
import { approveCorrection, approvePayment, recordClawback, recordPayment, releasePayment, returnEntry, reversePayment } from './ledger-service';
import { approvalsInput, awardInput, awardListInput, clawbackInput, correctionAction, fundInput, fundListInput, ledgerInput, paymentAction, paymentInput, returnedInput, returnInput, reversalInput } from './schemas';

export const grantsRouter = router({
  funds: allow(...ALL_ROLES).input(fundListInput).query(({ ctx, input }) => listFunds(ctx.db, input)),
  fundStatement: allow(...ALL_ROLES).input(z.strictObject({ fundId: id })).query(({ ctx, input }) => fundStatement(ctx.db, input.fundId)),
  createFund: allow('admin', 'finance_officer').input(fundInput).mutation(({ ctx, input }) => createFund(ctx.db, ctx, input)),
  awards: allow(...ALL_ROLES).input(awardListInput).query(({ ctx, input }) => listAwards(ctx.db, input)),
  award: allow(...ALL_ROLES).input(z.strictObject({ id })).query(({ ctx, input }) => getAward(ctx.db, input.id)),
  createAward: allow('finance_officer').input(awardInput).mutation(({ ctx, input }) => createAward(ctx.db, ctx, input)),
  recordPayment: allow('finance_officer').input(paymentInput).mutation(({ ctx, input }) => recordPayment(ctx.db, ctx, input)),
  approvePayment: allow('finance_approver').input(paymentAction).mutation(({ ctx, input }) => approvePayment(ctx.db, ctx, input.paymentId, input.date)),
  releasePayment: allow('finance_approver').input(paymentAction).mutation(({ ctx, input }) => releasePayment(ctx.db, ctx, input.paymentId, input.date)),
  reversePayment: allow('finance_officer', 'finance_approver').input(reversalInput).mutation(({ ctx, input }) => reversePayment(ctx.db, ctx, input.paymentId, input.date, input.reason)),
  approveCorrection: allow('finance_approver').input(correctionAction).mutation(({ ctx, input }) => approveCorrection(ctx.db, ctx, input.correctionId, input.date)),
  returnEntry: allow('finance_approver').input(returnInput).mutation(({ ctx, input }) => returnEntry(ctx.db, ctx, input)),
  clawback: allow('finance_officer').input(clawbackInput).mutation(({ ctx, input }) => recordClawback(ctx.db, ctx, input.awardId, input.amountPence, input.date, input.reason)),
  ledger: allow(...ALL_ROLES).input(ledgerInput).query(({ ctx, input }) => fundLedger(ctx.db, input)),
  approvals: allow('finance_officer', 'finance_approver', 'admin')
    .input(approvalsInput)
    .query(({ ctx, input }) => approvalsQueue(ctx.db, ctx.actor!.userId, input)),
  returnedToYou: allow('finance_officer', 'finance_approver', 'admin')
    .input(returnedInput)
    .query(({ ctx, input }) => returnedToViewer(ctx.db, ctx.actor!.userId, input)),
  checkInvariants: allow(...ALL_ROLES).query(async ({ ctx }) => {
    const [violations, exceptions] = await Promise.all([checkInvariants(ctx.db), checkRuleExceptions(ctx.db)]);
    return { ok: violations.length === 0, violations, exceptions };
  }),
  export360Giving: allow(...ALL_ROLES).input(export360Input).query(({ ctx, input }) => export360Giving(ctx.db, input, nowIso().slice(0, 10))),
  exportTransparencyCode: allow(...ALL_ROLES).input(exportTransparencyInput).query(({ ctx, input }) => exportTransparencyCode(ctx.db, input, nowIso().slice(0, 10))),
  exportJournal: allow(...ALL_ROLES).input(exportJournalInput).query(({ ctx, input }) => exportJournal(ctx.db, input, nowIso().slice(0, 10))),
});
