import { findScheme, ORG_ID_SCHEMES, UNREGISTERED_SCHEME, type OrgIdRule } from './org-id-schemes';

/**
 * Organisation identifiers as 360Giving and org-id.guide write them: a list code, a dash, then the
 * organisation's number on that list (GB-CHC-1090095), or `360G-<prefix>-<id>` for a group on no
 * register. Pure: no database, no clock.
 */
export type OrgIdParse =
  | { ok: true; scheme: string; identifier: string; orgId: string }
  | { ok: false; message: string };

type Checked = { ok: true; identifier: string } | { ok: false; message: string };

const fail = (message: string) => ({ ok: false as const, message });
const pass = (identifier: string): Checked => ({ ok: true, identifier });

/** The register lists a charity, company or mutual in England and Wales, Scotland or Northern Ireland. */
export const CHARITY_SCHEMES: readonly string[] = ['GB-CHC', 'GB-SC', 'GB-NIC'];
export const COMPANY_SCHEME = 'GB-COH';

/** Companies House: 8 digits, or a two-character prefix (SC, NI, OC, FC, IP, SO, SL, RS, CE, R0…) and 6 more. */
const COMPANY_NUMBER = /^([A-Z]{2}|[A-Z]\d|\d{2})(\d{6}|\d{5}[A-Z])$/;

function checkCharityEnglandWales(raw: string): Checked {
  const text = raw.toUpperCase();
  if (/^\d{6,7}$/.test(text)) return pass(text);
  if (/^SC\d{6}$/.test(text)) return fail(`${text} is a Scottish charity number: use GB-SC-${text}`);
  if (/^NIC\d{6}$/.test(text)) return fail(`${text} is a Northern Ireland charity number: use GB-NIC-${text.slice(3)}`);
  if (/^\d{6,7}-\d+$/.test(text)) return fail(`Use the main charity number (${text.split('-')[0]}) without the linked-charity suffix`);
  return fail('Charity numbers in England and Wales have 6 or 7 digits, like 1090095');
}

function checkCompany(raw: string): Checked {
  const text = raw.toUpperCase();
  if (COMPANY_NUMBER.test(text)) return pass(text);
  if (/^\d{1,7}$/.test(text)) {
    return fail(`Company numbers have exactly 8 characters: keep the leading zeros as Companies House shows them (${text.padStart(8, '0')}?)`);
  }
  if (text.length !== 8) return fail('Company numbers have exactly 8 characters, like 09506232 or SC123456');
  return fail('Company numbers are 8 digits, or two letters (such as SC, NI, OC or CE) then 6 digits');
}

function checkCharityScotland(raw: string): Checked {
  const match = /^(?:SC)?(\d{6})$/.exec(raw.toUpperCase());
  if (match) return pass(`SC${match[1]}`);
  return fail('Scottish charity numbers are SC then 6 digits, like SC042386');
}

function checkCharityNorthernIreland(raw: string): Checked {
  const match = /^(?:NIC)?(\d{6})$/.exec(raw.toUpperCase());
  if (match) return pass(match[1]!);
  return fail('Charity numbers in Northern Ireland have 6 digits, like 100019');
}

function checkMutual(raw: string): Checked {
  const text = raw.toUpperCase();
  if (/^[A-Z0-9]{1,12}$/.test(text) && /\d/.test(text)) return pass(text);
  return fail('Mutuals Public Register numbers are letters and digits, like 235C or IP031455');
}

function checkGeneric(raw: string): Checked {
  if (/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(raw)) return pass(raw);
  return fail('After the list code, use only letters, digits, dots, dashes and slashes');
}

const RULES: Record<OrgIdRule, (raw: string) => Checked> = {
  charity_ew: checkCharityEnglandWales,
  company: checkCompany,
  charity_scotland: checkCharityScotland,
  charity_ni: checkCharityNorthernIreland,
  mutual: checkMutual,
  generic: checkGeneric,
};

/** `360G-<prefix>-<id>`: spaces become underscores; no slashes. */
function parseUnregistered(rest: string): OrgIdParse {
  const identifier = rest.trim().replace(/\s+/g, '_');
  if (identifier.includes('/')) return fail('360G- identifiers cannot contain "/"');
  if (identifier.length > 100) return fail('360G- identifiers have at most 100 characters after 360G-');
  if (!/^[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+)+$/.test(identifier)) {
    return fail('Identifiers for unregistered groups look like 360G-wigan-12: 360G, the publisher’s prefix, then the group’s number');
  }
  return { ok: true, scheme: UNREGISTERED_SCHEME, identifier, orgId: `${UNREGISTERED_SCHEME}-${identifier}` };
}

/** Validates and normalises a whole organisation identifier such as "gb-coh-09506232" or "GB-NIC-NIC100000". */
export function parseOrgId(text: string): OrgIdParse {
  if (/[\r\n]/.test(text.trim())) return fail('Identifiers cannot contain line breaks');
  const trimmed = text.trim();
  if (!trimmed) return fail('Enter an organisation identifier, like GB-CHC-1090095');
  if (/^360G-/i.test(trimmed)) return parseUnregistered(trimmed.slice(5));

  const match = /^([A-Za-z]{2})-([A-Za-z]+)(?:-(.*))?$/.exec(trimmed);
  if (!match) {
    if (/^[A-Za-z]{0,3}\d[\d\s]*$/.test(trimmed)) {
      return fail('Start with the register’s code: GB-CHC-1090095 for a charity in England and Wales, GB-COH-09506232 for a company');
    }
    return fail('Organisation identifiers start with an org-id.guide list code such as GB-CHC-, or 360G- for groups on no register');
  }
  const code = `${match[1]}-${match[2]}`.toUpperCase();
  const scheme = findScheme(code);
  if (!scheme) {
    if (!code.startsWith('GB-')) return fail(`Only UK registers (GB-…) and 360G- identifiers are accepted, not ${code}`);
    return fail(`${code} is not a UK list on org-id.guide: use GB-CHC, GB-COH, GB-SC, GB-NIC, GB-MPR or another GB- list`);
  }
  if (scheme.deprecated) {
    const successor = ORG_ID_SCHEMES.find((s) => s.formerPrefixes.includes(code));
    return fail(`${code} is no longer used on org-id.guide${successor ? `: use ${successor.code}` : ''}`);
  }
  const raw = (match[3] ?? '').replace(/\s+/g, '');
  if (!raw) return fail(`Enter the organisation’s number after ${code}-`);
  const checked = RULES[scheme.rule](raw);
  if (!checked.ok) return checked;
  return { ok: true, scheme: code, identifier: checked.identifier, orgId: `${code}-${checked.identifier}` };
}

/** The identifier for a number on a given list, e.g. buildOrgId('GB-SC', 'SC042386') → GB-SC-SC042386. */
export function buildOrgId(scheme: string, identifier: string): OrgIdParse {
  const code = scheme.trim().toUpperCase();
  if (code !== UNREGISTERED_SCHEME && !findScheme(code)) return fail(`${code || 'That'} is not a UK list on org-id.guide`);
  return parseOrgId(`${code}-${identifier.trim()}`);
}

/** The start of every generated id for this council, e.g. "360G-wigan-". Throws on an unusable prefix. */
export function unregisteredPrefix(councilPrefix: string): string {
  const prefix = councilPrefix.trim().replace(/\s+/g, '_');
  if (!/^[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+)*$/.test(prefix)) {
    throw new RangeError(`The grant prefix "${councilPrefix}" cannot be used in 360G- identifiers: use letters, digits, dashes and underscores`);
  }
  return `${UNREGISTERED_SCHEME}-${prefix}-`;
}

/** The generated identifier for the council's n-th unregistered group: 360G-<prefix>-<n>. */
export function unregisteredOrgId(councilPrefix: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Unregistered group numbers are whole numbers from 1, not ${n}`);
  return `${unregisteredPrefix(councilPrefix)}${n}`;
}
