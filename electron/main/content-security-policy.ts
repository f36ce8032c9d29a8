/**
 * The Content-Security-Policy sent with every page the app serves.
 *
 * Inline styles stay allowed because React components set `style={…}`;
 * scripts may come only from the app's own origin and never from eval.
 */

const DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['form-action', ["'none'"]],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(
  ([name, sources]) => `${name} ${sources.join(' ')}`,
).join('; ');

export const CSP_HEADER_NAME = 'Content-Security-Policy';

/** Anything with a WHATWG `Headers`-style `set` (replaces any earlier value). */
export interface HeaderSetter {
  set(name: string, value: string): void;
}

/** Puts the policy on a `Headers` object, replacing whatever was there. */
export function applyContentSecurityPolicy<T extends HeaderSetter>(headers: T): T {
  headers.set(CSP_HEADER_NAME, CONTENT_SECURITY_POLICY);
  return headers;
}

