import type { FieldErrors } from '../shared/field-errors';
import { CHARITY_SCHEMES, COMPANY_SCHEME, parseOrgId } from './org-id';
import { UNREGISTERED_SCHEME } from './org-id-schemes';
import { NEEDS_CHARITY_NUMBER, NEEDS_COMPANY_NUMBER, type OrganisationType } from './vocabulary';

/**
 * Keeps a partner's org id, charity number and company number consistent, as 360Giving exports
 * them: the unprefixed numbers (company leading zeros kept) must be the ones the org id names.
 * Pure. A missing org id is derived from the charity number first, then the company number; when
 * there is neither, `orgId` is null and the caller generates a 360G- id.
 */
export interface RegistrationInput {
  organisationType: OrganisationType;
  orgId: string | null;
  charityNumber: string | null;
  companyNumber: string | null;
}

export interface Registration {
  orgId: string | null;
  charityNumber: string | null;
  companyNumber: string | null;
}

export type RegistrationResult = { ok: true; value: Registration } | { ok: false; errors: FieldErrors };

interface CharityNumber {
  /** The list the number belongs to, when its form says so (SC…, NIC…); plain digits are England and Wales. */
  scheme: string | null;
  number: string;
}

/** A charity number as typed: 1090095 (England and Wales), SC042386 (Scotland), NIC100019 (Northern Ireland). */
export function parseCharityNumber(text: string): CharityNumber | { message: string } {
  const value = text.replace(/\s+/g, '').toUpperCase();
  if (/^SC\d{6}$/.test(value)) return { scheme: 'GB-SC', number: value };
  const ni = /^NIC(\d{6})$/.exec(value);
  if (ni) return { scheme: 'GB-NIC', number: ni[1]! };
  if (/^\d{6,7}$/.test(value)) return { scheme: null, number: value };
  return { message: 'Charity numbers have 6 or 7 digits (England and Wales), SC then 6 digits (Scotland) or 6 digits (Northern Ireland)' };
}

function orgIdForCharity(charity: CharityNumber): string {
  return `${charity.scheme ?? 'GB-CHC'}-${charity.number}`;
}

export function resolveRegistration(input: RegistrationInput): RegistrationResult {
  const errors: FieldErrors = {};
  let charity: CharityNumber | null = null;
  let company: string | null = null;

  if (input.charityNumber !== null) {
    const parsed = parseCharityNumber(input.charityNumber);
    if ('message' in parsed) errors.charityNumber = [parsed.message];
    else charity = parsed;
  }
  if (input.companyNumber !== null) {
    const parsed = parseOrgId(`${COMPANY_SCHEME}-${input.companyNumber}`);
    if (parsed.ok) company = parsed.identifier;
    else errors.companyNumber = [parsed.message];
  }
  const org = input.orgId === null ? null : parseOrgId(input.orgId);
  if (org && !org.ok) errors.orgId = [org.message];
  if (Object.keys(errors).length) return { ok: false, errors };

  let orgId: string | null = null;
  if (org?.ok) {
    orgId = org.orgId;
    if (CHARITY_SCHEMES.includes(org.scheme)) {
      const agrees = charity === null || (charity.number === org.identifier && (charity.scheme ?? org.scheme) === org.scheme);
      if (!agrees) {
        errors.charityNumber = [`The org id ${org.orgId} is charity number ${org.identifier}, not ${input.charityNumber}`];
      }
      charity ??= { scheme: org.scheme, number: org.identifier };
    } else if (org.scheme === COMPANY_SCHEME) {
      if (company !== null && company !== org.identifier) {
        errors.companyNumber = [`The org id ${org.orgId} is company number ${org.identifier}, not ${company}`];
      }
      company ??= org.identifier;
    } else if (org.scheme === UNREGISTERED_SCHEME && (charity || company)) {
      const better = charity ? orgIdForCharity(charity) : `${COMPANY_SCHEME}-${company}`;
      errors.orgId = [`This organisation is registered, so use ${better}: 360G- ids are for groups on no register`];
    }
  } else if (charity) {
    orgId = orgIdForCharity(charity);
  } else if (company) {
    orgId = `${COMPANY_SCHEME}-${company}`;
  }

  const needsCharity = NEEDS_CHARITY_NUMBER[input.organisationType];
  if (needsCharity && charity === null) errors.charityNumber ??= [needsCharity];
  const needsCompany = NEEDS_COMPANY_NUMBER[input.organisationType];
  if (needsCompany && company === null) errors.companyNumber ??= [needsCompany];
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { orgId, charityNumber: charity?.number ?? null, companyNumber: company } };
}
