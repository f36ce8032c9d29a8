import { z } from 'zod';
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
