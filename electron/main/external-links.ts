/**
 * Which links may leave the app for the user's browser. Only https, only
 * exact host names from the list below: no subdomain wildcards, no ports,
 * no credentials. Everything else (file:, smb:, UNC paths, javascript:,
 * http:, lookalike hosts) is dropped.
 */

export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'www.gov.uk',
  'www.greatermanchester-ca.gov.uk',
  'democracy.greatermanchester-ca.gov.uk',
  'www.threesixtygiving.org',
  'org-id.guide',
  // The ten Greater Manchester councils.
  'www.bolton.gov.uk',
  'www.bury.gov.uk',
  'www.manchester.gov.uk',
  'www.oldham.gov.uk',
  'www.rochdale.gov.uk',
  'www.salford.gov.uk',
  'www.stockport.gov.uk',
  'www.tameside.gov.uk',
  'www.trafford.gov.uk',
  'www.wigan.gov.uk',
]);

const MAX_EXTERNAL_URL_LENGTH = 2048;
// Whitespace, control characters and backslashes have no place in a link we
// hand to the operating system; the URL parser would otherwise "repair" them.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS_CHARACTERS = /[\s\\\u0000-\u001f\u007f]/;

/**
 * Returns the normalised URL when it may be opened outside the app, else null.
 */
export function toAllowedExternalUrl(
  value: unknown,
  allowedHosts: ReadonlySet<string> = EXTERNAL_LINK_HOSTS,
): string | null {
  if (typeof value !== 'string' || value.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (SUSPICIOUS_CHARACTERS.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (!allowedHosts.has(url.hostname)) return null;
  return url.href;
}

export function isAllowedExternalUrl(
  value: unknown,
  allowedHosts: ReadonlySet<string> = EXTERNAL_LINK_HOSTS,
): boolean {
  return toAllowedExternalUrl(value, allowedHosts) !== null;
}

/** Electron's `shell.openExternal`, or a fake in tests. */
export type OpenExternal = (url: string) => Promise<void>;

/**
 * Opens the link in the user's browser when allowed. Resolves to whether it
 * was opened; never rejects, so callers in event handlers can ignore it.
 */
export async function openExternalIfAllowed(
  value: unknown,
  openExternal: OpenExternal,
  allowedHosts: ReadonlySet<string> = EXTERNAL_LINK_HOSTS,
): Promise<boolean> {
  const url = toAllowedExternalUrl(value, allowedHosts);
  if (url === null) return false;
  try {
    await openExternal(url);
    return true;
  } catch {
    return false;
  }
}
