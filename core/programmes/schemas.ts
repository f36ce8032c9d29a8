import { z } from 'zod';
import { financialYear, id, isoDate, onsCode, pence, requiredText, text } from '../shared/validation';
import {
  CERTAINTIES,
  FUNDING_SOURCES,
  MILESTONE_STATUSES,
  PILLARS,
  PROGRAMME_STATUSES,
  PROGRAMME_TYPES,
  SPEND_TYPES,
} from './vocabulary';

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what} from the list` });

export const fundingLineInput = z
  .strictObject({
    source: choice(FUNDING_SOURCES, 'a funding source'),
    pillarCode: choice(PILLARS, 'an Integrated Settlement pillar').nullable().default(null),
    financialYear,
    spendType: choice(SPEND_TYPES, 'revenue or capital'),
    amountPence: pence,
    certainty: choice(CERTAINTIES, 'planned or confirmed'),
    note: text(500).default(''),
  })
  .refine((line) => line.source !== 'is_pillar' || line.pillarCode !== null, {
    message: 'Choose which Integrated Settlement pillar this funding comes from',
    path: ['pillarCode'],
  });

const measure = z.number().finite('Enter a number').min(-1e12).max(1e12);

export const milestoneInput = z.strictObject({
  title: requiredText(200, 'a milestone title'),
  dueDate: isoDate,
  targetValue: measure.nullable().default(null),
  unit: text(40).default(''),
  status: choice(MILESTONE_STATUSES, 'a milestone status'),
  actualValue: measure.nullable().default(null),
});

export const riskInput = z.strictObject({
  description: requiredText(1000, 'a description of the risk'),
  likelihood: z.number().int().min(1, 'Likelihood is scored 1 to 5').max(5, 'Likelihood is scored 1 to 5'),
  impact: z.number().int().min(1, 'Impact is scored 1 to 5').max(5, 'Impact is scored 1 to 5'),
  owner: text(120).default(''),
  mitigation: text(2000).default(''),
});

export const sourceInput = z
  .strictObject({
    title: requiredText(300, 'a source title'),
    url: z.url({ protocol: /^https?$/, error: 'Links start with https:// or http://' }).max(2000).nullable().default(null),
    document: text(300).nullable().default(null),
    sourceDate: isoDate.nullable().default(null),
    figure: text(300).default(''),
  });

export const programmePartnerInput = z.strictObject({ partnerId: id, role: text(200).default('') });

export const programmeFields = z
  .strictObject({
    code: z
      .string()
      .trim()
      .min(1, 'Enter a programme code')
      .max(32, 'Codes have at most 32 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Codes use letters, numbers, dashes and underscores'),
    name: requiredText(200, 'a name'),
    summary: text(4000).default(''),
    type: choice(PROGRAMME_TYPES, 'a programme type'),
    status: choice(PROGRAMME_STATUSES, 'a status'),
    leadOfficer: text(120).default(''),
    seniorResponsibleOwner: text(120).default(''),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
    fundingLines: z.array(fundingLineInput).max(200, 'At most 200 funding lines').default([]),
    milestones: z.array(milestoneInput).max(200, 'At most 200 milestones').default([]),
    wardCodes: z.array(onsCode).max(100, 'At most 100 wards').default([]),
    partners: z.array(programmePartnerInput).max(200, 'At most 200 partners').default([]),
    risks: z.array(riskInput).max(200, 'At most 200 risks').default([]),
    sources: z.array(sourceInput).max(200, 'At most 200 sources').default([]),
  });

function checkDates<T extends { startDate: string | null; endDate: string | null }>(value: T, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be on or after the start date' });
  }
}

export const createProgrammeInput = programmeFields.superRefine(checkDates);
export const updateProgrammeInput = programmeFields
  .extend({ id, revision: z.number().int().positive() })
  .superRefine(checkDates);

export type ProgrammeInput = z.infer<typeof programmeFields>;
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeInput>;

export const SORT_FIELDS = ['code', 'name', 'type', 'status', 'startDate', 'endDate', 'totalPence', 'updatedAt'] as const;

export const registerFilter = z.strictObject({
  search: text(200).default(''),
  statuses: z.array(choice(PROGRAMME_STATUSES, 'a status')).max(4).default([]),
  types: z.array(choice(PROGRAMME_TYPES, 'a programme type')).max(6).default([]),
  wardCode: onsCode.nullable().default(null),
  includeArchived: z.boolean().default(false),
  sortBy: z.enum(SORT_FIELDS).default('name'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
});
export type RegisterFilter = z.infer<typeof registerFilter>;

export const registerPageInput = registerFilter.extend({
  page: z.number().int().min(1).max(100000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type RegisterPageInput = z.infer<typeof registerPageInput>;
