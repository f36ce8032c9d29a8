/** The create-award form as typed, and its conversion to grants.createAward's input (pounds to pence exactly). */
import type { AwardInput } from '../../api/types';
import type { FieldErrors } from '../../forms/field-errors';
import { parsePoundsToPence } from '../../forms/money-input';
import { instalmentTotals } from '../../grants/instalments';

export interface InstalmentDraft {
  key: number;
  dueDate: string;
  amount: string;
}

export interface AwardDraft {
  partnerId: string;
  title: string;
  purpose: string;
  amount: string;
  awardDate: string;
  plannedStart: string;
  plannedEnd: string;
  wardCodes: string[];
  route: string;
  routeJustification: string;
  paymentBasis: string;
  basisJustification: string;
  instalments: InstalmentDraft[];
}

let nextKey = 1;
export function newInstalment(dueDate = '', amount = ''): InstalmentDraft {
  return { key: nextKey++, dueDate, amount };
}

export function emptyAwardDraft(today: string): AwardDraft {
  return {
    partnerId: '',
    title: '',
    purpose: '',
    amount: '',
    awardDate: today,
    plannedStart: '',
    plannedEnd: '',
    wardCodes: [],
    route: 'open_call',
    routeJustification: '',
    paymentBasis: 'arrears',
    basisJustification: '',
    instalments: [newInstalment()],
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type AwardConversion = { ok: true; input: AwardInput } | { ok: false; errors: FieldErrors };

/** Checks what can be checked here (the server checks everything again) and builds the input. */
export function awardInputFromDraft(fundId: number, d: AwardDraft): AwardConversion {
  const errors: FieldErrors = {};
  const need = (path: string, ok: boolean, message: string) => {
    if (!ok) (errors[path] ??= []).push(message);
  };
  need('partnerId', /^\d+$/.test(d.partnerId), 'Choose a partner');
  need('title', d.title.trim() !== '', 'Enter a short title');
  need('purpose', d.purpose.trim() !== '', 'Enter the purpose of the grant');
  const amount = parsePoundsToPence(d.amount);
  if (!amount.ok) need('amountPence', false, amount.message);
  else need('amountPence', amount.pence > 0, 'Enter an amount above £0.00');
  need('awardDate', DATE.test(d.awardDate), 'Enter the date of the award');
  need('plannedStart', DATE.test(d.plannedStart), 'Enter the planned start date');
  need('plannedEnd', DATE.test(d.plannedEnd), 'Enter the planned end date');
  if (DATE.test(d.plannedStart) && DATE.test(d.plannedEnd)) need('plannedEnd', d.plannedEnd >= d.plannedStart, 'The planned end must be on or after the start');
  if (d.route === 'direct_award') need('routeJustification', d.routeJustification.trim() !== '', 'Say why this grant is awarded directly rather than through an open call');
  if (d.paymentBasis === 'advance') need('basisJustification', d.basisJustification.trim() !== '', 'Say why this grant is paid in advance of need');
  need('instalments', d.instalments.length > 0, 'Add at least one instalment');
  const instalments = d.instalments.map((row, index) => {
    need(`instalments.${index}.dueDate`, DATE.test(row.dueDate), 'Enter the due date');
    const parsed = parsePoundsToPence(row.amount);
    if (!parsed.ok) need(`instalments.${index}.amountPence`, false, parsed.message);
    else need(`instalments.${index}.amountPence`, parsed.pence > 0, 'Enter an amount above £0.00');
    return { dueDate: row.dueDate, amountPence: parsed.ok ? parsed.pence : 0 };
  });
  const totals = instalmentTotals(d.amount, d.instalments);
  if (totals.status === 'short' || totals.status === 'over') need('instalments', false, totals.message);
  if (Object.keys(errors).length || !amount.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      fundId,
      partnerId: Number(d.partnerId),
      title: d.title.trim(),
      purpose: d.purpose.trim(),
      amountPence: amount.pence,
      awardDate: d.awardDate,
      plannedStart: d.plannedStart,
      plannedEnd: d.plannedEnd,
      wardCodes: d.wardCodes,
      route: d.route as AwardInput['route'],
      routeJustification: d.routeJustification.trim(),
      paymentBasis: d.paymentBasis as AwardInput['paymentBasis'],
      basisJustification: d.basisJustification.trim(),
      instalments,
    },
  };
}
