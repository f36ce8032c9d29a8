import type { Role } from '../shared/roles';

export const ORGANISATION_TYPES = [
  'registered_charity',
  'cio',
  'company_limited_by_guarantee',
  'community_interest_company',
  'community_group',
  'faith_organisation',
  'social_enterprise',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Types that exist only by registration: they must carry the number of the register that holds them. */
export const NEEDS_CHARITY_NUMBER: Partial<Record<OrganisationType, string>> = {
  registered_charity: 'Registered charities need their charity number',
  cio: 'Charitable incorporated organisations need their charity number',
};
export const NEEDS_COMPANY_NUMBER: Partial<Record<OrganisationType, string>> = {
  company_limited_by_guarantee: 'Companies limited by guarantee need their Companies House number',
  community_interest_company: 'Community interest companies need their Companies House number',
};

export const DUE_DILIGENCE_CHECKS = [
  'governing_document',
  'accounts',
  'safeguarding_policy',
  'insurance',
  'bank_details_verified',
  'sanctions_check',
] as const;
export type DueDiligenceCheck = (typeof DUE_DILIGENCE_CHECKS)[number];

export const DUE_DILIGENCE_STATUSES = ['valid', 'expired', 'missing'] as const;
export type DueDiligenceState = (typeof DUE_DILIGENCE_STATUSES)[number];

/** Finance officers pay partners; strategy officers work with them on programmes. */
export const PARTNER_EDITORS: readonly Role[] = ['admin', 'finance_officer', 'strategy_officer'];
/** Due diligence gates awards, so only finance officers and administrators record it. */
export const DUE_DILIGENCE_RECORDERS: readonly Role[] = ['admin', 'finance_officer'];

/** The workspace setting naming this council in generated 360G- identifiers, and its default. */
export const GRANT_PREFIX_SETTING = 'grant_prefix';
export const DEFAULT_GRANT_PREFIX = 'wigan';
