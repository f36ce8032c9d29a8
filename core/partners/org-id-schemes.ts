/**
 * The United Kingdom lists of org-id.guide (org-id/register, snapshot f500b45 in
 * ../shared/standards/org-id), reduced to the facts this app needs. Codes, names, deprecation and
 * former prefixes are copied from the register files; test/partners/org-id-register.test.ts fails
 * when this table and the files disagree.
 *
 * `rule` says how identifiers on the list are checked (see org-id.ts): the registers VCFSE partners
 * actually hold get a specific rule; the other lists are accepted with a generic shape check.
 */
export type OrgIdRule = 'charity_ew' | 'company' | 'charity_scotland' | 'charity_ni' | 'mutual' | 'generic';

export interface OrgIdScheme {
  code: string;
  /** The register's English name, as org-id.guide gives it. */
  name: string;
  rule: OrgIdRule;
  deprecated: boolean;
  /** Older codes this list replaces (org-id.guide `formerPrefixes`). */
  formerPrefixes: readonly string[];
}

export const ORG_ID_SCHEMES: readonly OrgIdScheme[] = [
  { code: 'GB-CASC', name: 'Community amateur sports clubs (CASCs) registered with HMRC', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-CHC', name: 'Charity Commission/Comisiwn Elusennau', rule: 'charity_ew', deprecated: false, formerPrefixes: [] },
  { code: 'GB-COH', name: 'Companies House', rule: 'company', deprecated: false, formerPrefixes: [] },
  { code: 'GB-EDU', name: 'Register of Schools (England and Wales)', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-GOV', name: 'UK Government Departments Reference Numbers (IATI Standard)', rule: 'generic', deprecated: false, formerPrefixes: ['GB-GOVUK'] },
  { code: 'GB-GOVUK', name: 'GOV.UK - UK Government Departments, Agencies & Public Bodies', rule: 'generic', deprecated: true, formerPrefixes: [] },
  { code: 'GB-LAE', name: 'Local Authorities for England Register', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-LANI', name: 'Local authorities for Northern Ireland register', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-LAS', name: 'Scottish Local Authority Register', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-MPR', name: 'Mutuals Public Register', rule: 'mutual', deprecated: false, formerPrefixes: [] },
  { code: 'GB-NHS', name: 'NHS Digital - Organisation Data Service', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-NIC', name: 'The Charity Commission for Northern Ireland', rule: 'charity_ni', deprecated: false, formerPrefixes: [] },
  { code: 'GB-PLA', name: 'Principal Local Authority Register for Wales', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-REV', name: 'HM Revenue and Customs', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-SC', name: 'Scottish Charity Register', rule: 'charity_scotland', deprecated: false, formerPrefixes: [] },
  { code: 'GB-SRS', name: 'Supplier Registration Service, Crown Commercial Service, UK', rule: 'generic', deprecated: false, formerPrefixes: [] },
  { code: 'GB-UKPRN', name: 'UK Register of Learning Providers', rule: 'generic', deprecated: false, formerPrefixes: [] },
];

/** 360Giving's own prefix for organisations on no register: `360G-<publisher prefix>-<id>`. */
export const UNREGISTERED_SCHEME = '360G';

export function findScheme(code: string): OrgIdScheme | undefined {
  return ORG_ID_SCHEMES.find((s) => s.code === code);
}
