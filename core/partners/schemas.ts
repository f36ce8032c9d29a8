import { z } from 'zod';
import { id, isoDate, onsCode, requiredText, text } from '../shared/validation';
import { pageInput, sortDirection } from '../shared/paging';
import { DUE_DILIGENCE_CHECKS, DUE_DILIGENCE_STATUSES, ORGANISATION_TYPES } from './vocabulary';

/** Optional text: trimmed and capped; an empty box is stored as null. */
const optionalText = (max: number) =>
  text(max)
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]*$/;

function phoneLooksRight(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 7 && digits <= 15;
}

const organisationType = z.enum(ORGANISATION_TYPES, { error: 'Choose an organisation type from the list' });

export const partnerFields = z.strictObject({
  name: requiredText(200, 'the organisation’s name'),
  organisationType,
  /** Left empty, it is derived from the charity or company number, or generated (360G-<prefix>-<n>). */
  orgId: optionalText(120),
  charityNumber: optionalText(20),
  companyNumber: optionalText(20),
  wardCode: onsCode.nullable().default(null),
  locality: optionalText(120),
  contactName: optionalText(120),
  contactEmail: optionalText(254).refine((v) => v === null || EMAIL.test(v), 'Enter an email address like name@example.org'),
  contactPhone: optionalText(30).refine((v) => v === null || phoneLooksRight(v), 'Enter a phone number of 7 to 15 digits, like 01942 244991'),
});
export type PartnerInput = z.infer<typeof partnerFields>;

export const createPartnerInput = partnerFields;
export const updatePartnerInput = partnerFields.extend({ id });
export type UpdatePartnerInput = z.infer<typeof updatePartnerInput>;

export const archivePartnerInput = z.strictObject({ id, reason: text(500).default('') });

export const PARTNER_SORT_FIELDS = ['name', 'type', 'orgId', 'ward', 'dueDiligence'] as const;
export type PartnerSortField = (typeof PARTNER_SORT_FIELDS)[number];

const partnerFilter = {
  search: text(200).default(''),
  organisationType: organisationType.nullable().default(null),
  wardCode: onsCode.nullable().default(null),
  dueDiligence: z.enum(DUE_DILIGENCE_STATUSES).nullable().default(null),
  includeArchived: z.boolean().default(false),
};

/** The partner directory, one page at a time: filters, a sort column and direction, and the page. */
export const partnerListInput = z
  .strictObject({
    ...partnerFilter,
    sortBy: z.enum(PARTNER_SORT_FIELDS).default('name'),
    sortDirection,
    page: pageInput,
  })
  .prefault({});
export type PartnerListInput = z.infer<typeof partnerListInput>;

export const PARTNER_OPTIONS_LIMIT = 50;

/**
 * Pickers (programme and award forms): active partners whose name, org id or number matches the
 * search, at most `limit` of them, plus the partners already chosen (`ids`, archived or not) so a
 * form can always name what it holds.
 */
export const partnerOptionsInput = z
  .strictObject({
    search: text(200).default(''),
    ids: z.array(id).max(200).default([]),
    limit: z.number().int().min(1).max(PARTNER_OPTIONS_LIMIT).default(PARTNER_OPTIONS_LIMIT),
  })
  .prefault({});
export type PartnerOptionsInput = z.infer<typeof partnerOptionsInput>;

export const checkDuplicatesInput = z.strictObject({
  name: text(200).default(''),
  orgId: optionalText(120),
  /** The partner being edited, which is not a duplicate of itself. */
  excludeId: id.nullable().default(null),
});
export type CheckDuplicatesInput = z.infer<typeof checkDuplicatesInput>;

export const recordDueDiligenceInput = z
  .strictObject({
    partnerId: id,
    checks: z
      .array(z.enum(DUE_DILIGENCE_CHECKS, { error: 'Choose checks from the list' }))
      .min(1, 'Tick at least one check')
      .max(DUE_DILIGENCE_CHECKS.length)
      .refine((checks) => new Set(checks).size === checks.length, 'Tick each check once'),
    checkedBy: requiredText(120, 'who carried out the check'),
    checkedOn: isoDate,
    expiresOn: isoDate,
    notes: text(2000).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.expiresOn <= value.checkedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'The expiry date must be after the date of the check' });
    }
  });
export type RecordDueDiligenceInput = z.infer<typeof recordDueDiligenceInput>;
