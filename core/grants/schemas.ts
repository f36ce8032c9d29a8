import { z } from 'zod';
import { pageInput, sortDirection } from '../shared/paging';
import { financialYear, id, isoDate, onsCode, pence, requiredText, text } from '../shared/validation';

export const fundInput = z
  .strictObject({
    programmeId: id,
    code: z.string().trim().min(1, 'Enter a fund code').max(32).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Codes use letters, numbers, dashes and underscores'),
    name: requiredText(200, 'a fund name'),
    source: requiredText(200, 'where the money comes from'),
    allocationPence: pence,
    firstFinancialYear: financialYear,
    lastFinancialYear: financialYear,
    endDate: isoDate,
    zeroTransactionCost: z.boolean(),
  })
  .refine((f) => f.lastFinancialYear >= f.firstFinancialYear, { path: ['lastFinancialYear'], message: 'The last financial year cannot be before the first' });
export type FundInput = z.infer<typeof fundInput>;

const positivePence = pence.refine((v) => v > 0, 'Enter an amount above £0.00');

export const awardInput = z
  .strictObject({
    fundId: id,
    partnerId: id,
    title: requiredText(140, 'a short title'),
    purpose: requiredText(2000, 'the purpose of the grant'),
    amountPence: positivePence,
    awardDate: isoDate,
    plannedStart: isoDate,
    plannedEnd: isoDate,
    wardCodes: z.array(onsCode).max(30).default([]),
    route: z.enum(['open_call', 'direct_award']),
    routeJustification: text(2000).default(''),
    paymentBasis: z.enum(['arrears', 'advance']),
    basisJustification: text(2000).default(''),
    instalments: z.array(z.strictObject({ dueDate: isoDate, amountPence: positivePence })).min(1, 'Add at least one instalment').max(60),
  })
  .superRefine((a, ctx) => {
    if (a.plannedEnd < a.plannedStart) ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'The planned end must be on or after the start' });
    if (a.route === 'direct_award' && !a.routeJustification) ctx.addIssue({ code: 'custom', path: ['routeJustification'], message: 'Say why this grant is awarded directly rather than through an open call' });
    if (a.paymentBasis === 'advance' && !a.basisJustification) ctx.addIssue({ code: 'custom', path: ['basisJustification'], message: 'Say why this grant is paid in advance of need' });
  });
export type AwardInput = z.infer<typeof awardInput>;

/** Minted by the payment form when it opens; the same key always means the same submission. */
export const idempotencyKey = z.string().min(16, 'Missing submission key').max(255).regex(/^[A-Za-z0-9_-]+$/);

export const paymentInput = z.strictObject({
  idempotencyKey,
  instalmentId: id,
  amountPence: positivePence,
  paymentDate: isoDate,
  reference: requiredText(60, 'a payment reference'),
  feePence: pence.default(0),
});
export type PaymentInput = z.infer<typeof paymentInput>;

export const paymentAction = z.strictObject({ paymentId: id, date: isoDate });
export const reversalInput = z.strictObject({ paymentId: id, date: isoDate, reason: requiredText(500, 'the reason for the reversal') });
export const clawbackInput = z.strictObject({ awardId: id, amountPence: positivePence, date: isoDate, reason: requiredText(500, 'the reason for the clawback') });
export const correctionAction = z.strictObject({ correctionId: id, date: isoDate });
export const returnInput = z.strictObject({
  kind: z.enum(['payment', 'correction']),
  id,
  date: isoDate,
  reason: requiredText(500, 'why you are returning it, so the person who recorded it can put it right'),
});
export type ReturnInput = z.infer<typeof returnInput>;

const search = z.string().trim().max(100).default('');

/** grants.funds: a page of funds with their statements in brief. */
export const fundListInput = z.strictObject({
  page: pageInput,
  sort: z.enum(['code', 'name', 'programme', 'allocation', 'awarded', 'netReleased', 'inApproval', 'endDate']).default('code'),
  direction: sortDirection,
  /** Words in the fund's code or name. */
  search,
  programmeId: id.nullable().default(null),
  /** Open: the fund's end date is today or later; ended: before today. */
  period: z.enum(['all', 'open', 'ended']).default('all'),
});
export type FundListInput = z.output<typeof fundListInput>;

/** grants.awards: a page of a fund's or a partner's awards (one of the two, so a request reads one fund's or partner's awards at most). */
export const awardListInput = z
  .strictObject({
  page: pageInput,
  fundId: id.nullable().default(null),
  partnerId: id.nullable().default(null),
  sort: z.enum(['reference', 'partner', 'title', 'amount', 'recorded', 'released', 'status']).default('reference'),
  direction: sortDirection,
  /** Words in the reference, title or partner's name. */
  search,
  status: z.enum(['active', 'completed', 'cancelled']).nullable().default(null),
  })
  .refine((f) => f.fundId !== null || f.partnerId !== null, { path: ['fundId'], message: 'Choose a fund or a partner' });
export type AwardListInput = z.output<typeof awardListInput>;

export const LEDGER_ENTRY_TYPES = ['payment', 'approval', 'release', 'reversal', 'clawback'] as const;

/** grants.ledger: a page of a fund's ledger, oldest first by default, optionally one award's entries or one type. */
export const ledgerInput = z.strictObject({
  page: pageInput,
  fundId: id,
  awardId: id.nullable().default(null),
  type: z.enum(LEDGER_ENTRY_TYPES).nullable().default(null),
  direction: sortDirection,
});
export type LedgerInput = z.output<typeof ledgerInput>;

/**
 * grants.approvals: one list of the queue — payments waiting (for approval, or approved and waiting
 * for release), or reversals and clawbacks waiting for approval.
 */
export const approvalsInput = z.strictObject({
  page: pageInput,
  list: z.enum(['payments', 'corrections']),
  /** Payments only: waiting for approval, or approved and waiting for release; null for both. */
  stage: z.enum(['pending_approval', 'approved']).nullable().default(null),
  sort: z.enum(['recorded', 'date', 'amount']).default('recorded'),
  direction: sortDirection,
});
export type ApprovalsInput = z.output<typeof approvalsInput>;

/** grants.returnedToYou: entries the viewer recorded that an approver returned; newest return first by default. */
export const returnedInput = z.strictObject({
  page: pageInput,
  sort: z.enum(['returned', 'amount']).default('returned'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type ReturnedInput = z.output<typeof returnedInput>;
