import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlainResponse } from '../host/protocol';
import { isAllowedHost, isAllowedOrigin } from './loopback-guard';

/**
 * The places where a server differs from browser mode's loopback server. `startHttpServer` calls
 * these hooks; browser mode uses the loopback defaults, the team server (core/server/) its own.
 */

/** Which requests a server answers, and who sent them. */
export interface ServerPolicy {
  /**
   * Whether the Host header names this server (DNS-rebinding defence). `req` lets a policy believe
   * X-Forwarded-Host/-Proto from a trusted proxy.
   */
  isAllowedHost(host: string | undefined, req?: IncomingMessage): boolean;
  /** Whether an Origin header (absent = same-origin GET or a script) may call this server. */
  isAllowedOrigin(origin: string | undefined): boolean;
  /** The client's address: the socket's, or X-Forwarded-For as seen by a trusted proxy. */
  clientAddress(req: IncomingMessage): string | null;
  /** What the 403 for an unknown Host says. */
  hostRefusal: string;
}

/** Browser mode: only 127.0.0.1 / localhost / [::1] on this server's port, and the socket's address. */
export function loopbackPolicy(port: () => number): ServerPolicy {
  return {
    isAllowedHost: (host) => isAllowedHost(host, port()),
    isAllowedOrigin: (origin) => isAllowedOrigin(origin, port()),
    clientAddress: (req) => req.socket.remoteAddress ?? null,
    hostRefusal: 'This server only answers requests addressed to its own loopback address.',
  };
}

/** A request as the session transport sees it (before it reaches the database). */
export interface SessionRequest {
  method: string;
  /** URL path, e.g. /trpc/auth.signIn or /backup/abc */
  pathname: string;
  /** Lower-case header names, single values. */
  headers: Record<string, string>;
}

export type SessionAdmission =
  /** Pass on; `authorization` replaces the request's Authorization header (null = none). */
  | { ok: true; authorization: string | null; cookieMode: boolean }
  | { ok: false; status: number; message: string };

/**
 * How a session travels between browser and server. Browser mode: the bearer token only (the
 * default, `bearerOnly`). The team server: an HttpOnly cookie for browsers, with CSRF checks, and
 * the bearer token still for the desktop client and scripts.
 */
export interface SessionTransport {
  admit(request: SessionRequest): SessionAdmission;
  /** After the database answered: set or clear the cookie, take the token out of a cookie-mode sign-in. */
  finish(request: SessionRequest & { cookieMode: boolean }, response: PlainResponse): PlainResponse;
}

export const bearerOnly: SessionTransport = {
  admit: (request) => ({ ok: true, authorization: request.headers.authorization ?? null, cookieMode: false }),
  finish: (_request, response) => response,
};

/** Extra routes answered on the serving thread (live updates, health checks); return false to pass. */
export type ExtraRoute = (req: IncomingMessage, res: ServerResponse, url: URL, authorization: string | null) => Promise<boolean>;

/**
 * Sent (value "1") with requests the person did not make: the live stream's session re-check, and
 * the page's refreshes while nobody has used it for a minute. The session is checked as usual, but
 * its idle clock is not reset, so an open tab left alone still signs out after the idle limit.
 */
export const PASSIVE_HEADER = 'x-alignment-desk-passive';
