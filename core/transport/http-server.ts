import { randomUUID } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { REQUEST_ID_HEADER, TRPC_ENDPOINT } from './fetch-handler';
import { isJsonContentType, repeatedSingleHeader } from './loopback-guard';
import { bearerOnly, loopbackPolicy, type ExtraRoute, type ServerPolicy, type SessionTransport } from './server-hooks';
import { readStaticFile } from './static-files';
import type { WorkspaceBackups } from '../workspace/backup';
import { createRequestDispatcher } from '../host/dispatcher';
import type { DatabaseService } from '../host/protocol';
import { resolveSessionPolicy, type SessionPolicy } from '../identity/sessions';

/** Room for a 20 MB import file sent as base64 inside JSON. */
export const MAX_BODY_BYTES = 28 * 1024 * 1024;
/** GET /backup/<id>: a verified workspace backup (see core/workspace/backup.ts). */
export const BACKUP_PREFIX = '/backup/';

export const BROWSER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** One line per request for the operator's log: never headers, cookies, tokens, bodies or query strings. */
export interface RequestLogEntry {
  method: string;
  /** The path without its query string (tRPC inputs travel there). */
  path: string;
  /** The status sent; 0 when the client went away before an answer. */
  status: number;
  ms: number;
  requestId: string;
  clientAddress: string | null;
}

interface CommonServerOptions {
  port: number;
  /** Address to listen on (default 127.0.0.1: browser mode stays on loopback). */
  host?: string;
  /** Serve HTTPS with this certificate and key (PEM); plain HTTP when absent. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Told once per request when its response has been sent (or abandoned). */
  log?: (entry: RequestLogEntry) => void;
  /** How long `close()` lets in-flight requests finish before ending their connections (default 10 s). */
  closeTimeoutMs?: number;
  /** Folder of the built renderer; when absent only /trpc is served. */
  staticDir?: string;
  /** Which hosts, origins and client addresses (default: loopback only, core/transport/server-hooks.ts). */
  policy?: ServerPolicy;
  /** How sessions travel (default: bearer token only). */
  sessions?: SessionTransport;
  /** Routes answered on this thread before /trpc (e.g. live updates, health checks). */
  routes?: readonly ExtraRoute[];
}

/**
 * Where requests are answered: a pool of database hosts (browser mode: `openDatabasePool`, so no
 * SQL runs on this thread), or a connection in this process (tests with an in-memory database).
 * Either way each request goes through the same plain request shape and the same handler.
 */
export type HttpServerOptions = CommonServerOptions &
  (
    | { database: DatabaseService }
    | {
        db: Kysely<DB>;
        /** Verified backups (workspace.backup), downloaded once at GET /backup/<id>. */
        backups?: WorkspaceBackups;
        logError?: (requestId: string, path: string | undefined, error: unknown) => void;
        /** Idle and absolute session limits (a pool takes them in openDatabasePool instead). */
        sessionPolicy?: Partial<SessionPolicy>;
      }
  );

export interface RunningServer {
  server: Server | TlsServer;
  port: number;
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to closeTimeoutMs), closes idle keep-alive connections. */
  close(): Promise<void>;
}

function sendPlain(res: ServerResponse, status: number, message: string): void {
  // After refusing a body we have not read, close the connection rather than reuse it.
  const close: Record<string, string> = status === 413 ? { connection: 'close' } : {};
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...close });
  res.end(JSON.stringify({ error: { message } }));
}

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Starts the loopback server: the built renderer plus the token-protected tRPC API. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const database =
    'database' in options
      ? options.database
      : createRequestDispatcher({ db: options.db, channel: 'http', backups: options.backups, logError: options.logError, sessionPolicy: resolveSessionPolicy(options.sessionPolicy) });
  let port = options.port;
  const policy = options.policy ?? loopbackPolicy(() => port);
  const sessions = options.sessions ?? bearerOnly;

  let closing = false;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    // One id per request, made here: the database side and the logs use it, the client sees it back.
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (closing) res.setHeader('connection', 'close'); // shutting down: no keep-alive
    if (options.log) {
      const log = options.log;
      res.once('close', () => {
        log({
          method: req.method ?? '?',
          path: (req.url ?? '/').split('?')[0]!.slice(0, 512),
          status: res.headersSent ? res.statusCode : 0,
          ms: Math.round((performance.now() - started) * 10) / 10,
          requestId,
          clientAddress: policy.clientAddress(req),
        });
      });
    }
    void serve(req, res, requestId).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET' && req.destroyed) return; // the client went away mid-request
      console.error('HTTP server error:', error);
      if (!res.headersSent) sendPlain(res, 500, 'Something went wrong on our side.');
      else res.end();
    });
  };
  const server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createServer(listener);

  async function serve(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    // Node would quietly keep the first Host (or Authorization) and join two Origins: refuse instead.
    const repeated = repeatedSingleHeader(req.rawHeaders);
    if (repeated) return sendPlain(res, 400, `A request may carry only one ${repeated === 'authorization' ? 'Authorization' : repeated === 'host' ? 'Host' : 'Origin'} header.`);
    if (!policy.isAllowedHost(req.headers.host, req)) return sendPlain(res, 403, policy.hostRefusal);
    if (!policy.isAllowedOrigin(req.headers.origin)) return sendPlain(res, 403, 'Requests from other sites are refused.');
    let url: URL;
    try {
      // Build from the full text, so a path such as "//x" stays a path rather than a host.
      url = new URL(`http://${req.headers.host}${req.url ?? '/'}`);
    } catch {
      return sendPlain(res, 400, 'That address could not be read.');
    }

    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[key] = value;
    }
    headers[REQUEST_ID_HEADER] = requestId; // never the client's own
    // A copy: the session transport's `finish` sees the request as it arrived (with its Cookie header).
    const sessionRequest = { method: req.method ?? 'GET', pathname: url.pathname, headers: { ...headers } };
    const admitted = sessions.admit(sessionRequest);
    if (!admitted.ok) return sendPlain(res, admitted.status, admitted.message);
    if (admitted.authorization === null) delete headers.authorization;
    else headers.authorization = admitted.authorization;

    for (const route of options.routes ?? []) {
      if (await route(req, res, url, admitted.authorization)) return;
    }

    if (url.pathname === TRPC_ENDPOINT || url.pathname.startsWith(`${TRPC_ENDPOINT}/`)) {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'POST') return sendPlain(res, 405, 'Only GET and POST are accepted.');
      let body: Buffer | undefined;
      if (method === 'POST') {
        if (!isJsonContentType(req.headers['content-type'])) return sendPlain(res, 415, 'Send changes as JSON (Content-Type: application/json).');
        try {
          body = await readBody(req);
        } catch (error) {
          if (error instanceof BodyTooLargeError) return sendPlain(res, 413, `Requests are limited to ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
          throw error;
        }
      } else if (url.search.length > 16 * 1024) {
        return sendPlain(res, 414, 'That request is too long.');
      }
      delete headers.cookie; // the session, if any, now travels as Authorization only
      // Only plain data crosses to the database host; its answer comes back the same way.
      const answer = await database.handle({ url: url.href, method, headers, body: body ? body.toString('utf8') : null, clientAddress: policy.clientAddress(req) });
      const response = sessions.finish({ ...sessionRequest, cookieMode: admitted.cookieMode }, answer);
      res.writeHead(response.status, { ...SECURITY_HEADERS, ...response.headers });
      res.end(response.body);
      return;
    }

    if (url.pathname.startsWith(BACKUP_PREFIX)) return sendBackup(req, res, url.pathname.slice(BACKUP_PREFIX.length), admitted.authorization);

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendPlain(res, 405, 'Only GET is accepted here.');
    const file = options.staticDir ? await readStaticFile(options.staticDir, url.pathname) : null;
    if (!file) return sendPlain(res, 404, 'Not found.');
    res.writeHead(200, { 'content-type': file.type, 'content-security-policy': BROWSER_CSP, ...SECURITY_HEADERS });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /** One verified backup, once, to the admin who made it; the temporary file is deleted afterwards. */
  async function sendBackup(req: IncomingMessage, res: ServerResponse, id: string, authorization: string | null): Promise<void> {
    if (req.method !== 'GET') return sendPlain(res, 405, 'Only GET is accepted here.');
    // The backup was made beside the writer's connection; it checks the session and hands the file over once.
    const taken = await database.takeBackup(id, authorization);
    if (!taken.ok) return sendPlain(res, taken.status, taken.message);
    try {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'application/vnd.sqlite3',
        'content-length': String(taken.backup.bytes),
        'content-disposition': `attachment; filename="${taken.backup.fileName}"`,
        'x-backup-sha256': taken.backup.sha256,
      });
      await pipeline(createReadStream(taken.path), res);
    } finally {
      rmSync(taken.path, { force: true });
    }
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | null = null;
  return {
    server,
    port,
    url: `${scheme}://${shownHost}:${port}/`,
    close: () => (closed ??= closeGracefully()),
  };

  /**
   * Stop accepting, let in-flight requests finish, and end keep-alive connections as they fall idle
   * (a response sent while closing says `Connection: close`); whatever is still open after the
   * timeout is ended.
   */
  function closeGracefully(): Promise<void> {
    closing = true;
    return new Promise<void>((resolve) => {
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => server.closeAllConnections(), options.closeTimeoutMs ?? 10_000);
      server.close(() => {
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    });
  }
}
