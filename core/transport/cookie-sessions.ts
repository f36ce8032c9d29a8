import type { PlainResponse } from '../host/protocol';
import { SESSION_TOKEN } from '../identity/sessions';
import { TRPC_ENDPOINT } from './fetch-handler';
import type { SessionAdmission, SessionRequest, SessionTransport } from './server-hooks';

/**
 * Cookie sessions for the team server (issue 11, decision 1). Browsers keep the session in an
 * HttpOnly cookie the page's scripts cannot read; the desktop client and scripts keep sending
 * `Authorization: Bearer …`. Inside the server the cookie becomes that same Authorization header,
 * so the database side never sees a cookie.
 *
 * When the CSRF checks apply: a request is in cookie mode when it has no Authorization header and
 * carries the session cookie or an Origin header. Every cookie-mode request other than GET/HEAD
 * must come with an Origin on the allowed list and `x-alignment-desk-csrf: 1`, a header a
 * cross-site form or a simple cross-site fetch cannot send (sending it needs a CORS preflight,
 * which this server never grants). Sign-in from the renderer is a cookie-mode POST (browsers send
 * Origin on every POST), so it passes the same checks, which also stops a cross-site form from
 * signing a browser in to an account of the attacker's choosing. A script with neither cookie nor
 * Origin (e.g. signing in to get a bearer token) is not in cookie mode: it gets the token in the
 * body as today and is checked like any bearer client. GET and HEAD only read (tRPC queries, the
 * built renderer, backups the signed-in admin made) and are protected by SameSite=Strict and the
 * server policy's Host/Origin checks.
 */

export const SECURE_SESSION_COOKIE = '__Host-alignment-desk-session';
/** The name without the __Host- prefix, for plain HTTP on loopback (development): no Secure flag. */
export const PLAIN_SESSION_COOKIE = 'alignment-desk-session';
export const CSRF_HEADER = 'x-alignment-desk-csrf';

export interface CookieSessionOptions {
  /** HTTPS: the __Host- cookie with Secure. False only for plain HTTP on loopback (development). */
  secure: boolean;
  /** Origins (e.g. https://desk.council.example) whose pages may send changes. */
  allowedOrigins: ReadonlySet<string> | ((origin: string) => boolean);
  /** The cookie's Max-Age: the session's absolute lifetime (SessionPolicy.absoluteHours). */
  absoluteHours: number;
}

const SIGN_IN = 'auth.signIn';
const SIGN_OUT = 'auth.signOut';

export const CSRF_ORIGIN_REFUSAL = 'This change was refused: it did not come from an Alignment Desk page on this server.';
export const CSRF_HEADER_REFUSAL = 'This change was refused: it was not sent by the Alignment Desk app. Reload the page and try again.';

/** The values of one cookie in a Cookie header, in the order sent. */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

/** The tRPC procedure names in a /trpc path ("auth.signIn" or "a,b" for a batch); [] for other paths. */
function proceduresOf(pathname: string): string[] {
  if (!pathname.startsWith(`${TRPC_ENDPOINT}/`)) return [];
  try {
    return decodeURIComponent(pathname.slice(TRPC_ENDPOINT.length + 1)).split(',');
  } catch {
    return [];
  }
}

interface TrpcItem {
  result?: { data?: unknown };
  error?: { data?: { code?: unknown } };
}

export function cookieSessions(options: CookieSessionOptions): SessionTransport {
  const name = options.secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
  const maxAge = Math.round(options.absoluteHours * 3600);
  const attributes = `Path=/; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;
  const isAllowedOrigin = typeof options.allowedOrigins === 'function' ? options.allowedOrigins : (origin: string) => (options.allowedOrigins as ReadonlySet<string>).has(origin);
  const setCookie = (token: string) => `${name}=${token}; Max-Age=${maxAge}; ${attributes}`;
  const clearCookie = `${name}=; Max-Age=0; ${attributes}`;

  /** Whether the request carried our cookie (in cookie mode an Authorization header can only have come from it). */
  const carriesCookie = (request: SessionRequest) => cookieValues(request.headers.cookie, name).length > 0 || Boolean(request.headers.authorization);

  function admit(request: SessionRequest): SessionAdmission {
    const bearer = request.headers.authorization;
    // A bearer request (desktop client, scripts): its cookie, if any, is ignored.
    if (bearer) return { ok: true, authorization: bearer, cookieMode: false };
    const values = cookieValues(request.headers.cookie, name);
    const origin = request.headers.origin;
    const cookieMode = values.length > 0 || origin !== undefined;
    if (cookieMode && request.method !== 'GET' && request.method !== 'HEAD') {
      if (!origin || !isAllowedOrigin(origin)) return { ok: false, status: 403, message: CSRF_ORIGIN_REFUSAL };
      if (request.headers[CSRF_HEADER] !== '1') return { ok: false, status: 403, message: CSRF_HEADER_REFUSAL };
    }
    // A malformed cookie is simply no session. With several (a stale one beside a fresh one), the
    // first well-formed one is used; a wrong one answers UNAUTHORIZED and is cleared (finish).
    const token = values.find((value) => SESSION_TOKEN.test(value)) ?? null;
    return { ok: true, authorization: token ? `Bearer ${token}` : null, cookieMode };
  }

  function finish(request: SessionRequest & { cookieMode: boolean }, response: PlainResponse): PlainResponse {
    if (!request.cookieMode) return response;
    const procedures = proceduresOf(request.pathname);
    if (procedures.length === 0) return response;
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      return response;
    }
    // tRPC answers a batch (?batch=1, what the renderer always sends) with an array, one item per call.
    const batched = Array.isArray(parsed);
    const items = (batched ? parsed : [parsed]) as Array<TrpcItem | null>;
    if (!batched && procedures.length !== 1) return response;

    let cookie: string | null = null;
    let bodyChanged = false;
    items.forEach((item, index) => {
      const procedure = procedures[index];
      if (!item || typeof item !== 'object') return;
      const data = item.result?.data as { token?: unknown } | undefined;
      if (procedure === SIGN_IN && data && typeof data === 'object' && typeof data.token === 'string' && SESSION_TOKEN.test(data.token)) {
        cookie = setCookie(data.token);
        data.token = null; // the page never sees the token
        bodyChanged = true;
      } else if (procedure === SIGN_OUT) {
        cookie ??= clearCookie;
      } else if (procedure !== SIGN_IN && item.error?.data?.code === 'UNAUTHORIZED' && carriesCookie(request)) {
        // The cookie's session has ended (idle, expired, signed out elsewhere): stop sending it.
        cookie ??= clearCookie;
      }
    });
    if (cookie === null) return response;
    const headers = { ...response.headers, 'set-cookie': cookie };
    if (!bodyChanged) return { ...response, headers };
    const body = JSON.stringify(batched ? items : items[0]);
    if ('content-length' in headers) headers['content-length'] = String(Buffer.byteLength(body));
    return { status: response.status, headers, body };
  }

  return { admit, finish };
}
