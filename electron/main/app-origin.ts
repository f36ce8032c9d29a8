/**
 * Where the renderer lives: `app://alignment-desk/…`, served by our own
 * protocol handler (see app-protocol.ts), never from `file://`.
 *
 * `app` is not a "special" scheme for the WHATWG URL parser, so `url.origin`
 * is the string "null" in Node. Comparisons therefore use protocol + host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'alignment-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 32_768;

/** Parses with the WHATWG parser; anything unparsable or absurdly long is null. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) {
    return null;
  }
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True when the URL is on the app's own origin (no credentials, no port). */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
