import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DatabaseService } from '../host/protocol';
import type { Role } from '../shared/roles';
import type { Actor, Context } from '../trpc/context';
import { PASSIVE_HEADER, type ExtraRoute } from '../transport/server-hooks';
import { router } from '../trpc/init';
import { liveRouter } from './router';
import type { ChangeSource, LiveEndReason } from './types';

/** Where the stream is served: the subscription's tRPC path. */
export const LIVE_PATH = '/trpc/live.changes';
/** How often an open stream asks whether its session still holds. */
export const SESSION_RECHECK_MS = 60_000;

export interface LiveEndpoint {
  /** A WHATWG Request for /trpc/live.changes (SSE) with its Authorization header → a streaming Response. */
  handle(request: Request): Promise<Response>;
  /** The same, as an ExtraRoute for startHttpServer. */
  route: ExtraRoute;
  /** Ends every open stream (graceful shutdown). */
  close(): void;
}

export interface LiveEndpointDeps {
  changes: ChangeSource;
  database: DatabaseService;
  /** How often each open stream re-checks its session (default SESSION_RECHECK_MS). */
  recheckMs?: number;
}

interface SignedIn {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassphrase: boolean;
}

type SessionCheck = { ok: true; user: SignedIn } | { ok: false; status: number; message: string };

/** The serving thread has no connection: a procedure that reached for one would fail loudly here. */
const NO_DATABASE = new Proxy({} as Kysely<DB>, {
  get() {
    throw new Error('Live updates run where requests are served; this thread has no database connection.');
  },
});

const SSE_SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

function refusal(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status, headers: SSE_SECURITY_HEADERS });
}

/**
 * Live updates on the serving thread (browser mode's and the team server's HTTP thread): the
 * `live.changes` subscription over Server-Sent Events. The session is checked by asking the database
 * for `auth.me` with the request's Authorization header — when the stream opens and every
 * `recheckMs` after — so the serving thread needs no SQL; a stream whose session has ended is ended.
 */
/**
 * Only `live.changes`, at the same path as in the app's router: the serving thread (and the
 * desktop's main process) never loads the services or the database code.
 */
const LIVE_ONLY_ROUTER = router({ live: liveRouter });

export function createLiveEndpoint(deps: LiveEndpointDeps): LiveEndpoint {
  const recheckMs = deps.recheckMs ?? SESSION_RECHECK_MS;
  const streams = new Set<AbortController>();
  let closed = false;

  async function checkSession(url: URL, authorization: string | null): Promise<SessionCheck> {
    if (!authorization) return { ok: false, status: 401, message: 'Please sign in to continue.' };
    const answer = await deps.database.handle({
      url: new URL('/trpc/auth.me', url).href,
      method: 'GET',
      // Watching for changes is not using the app: the check must not keep an idle session alive.
      headers: { authorization, [PASSIVE_HEADER]: '1' },
      body: null,
      clientAddress: null,
    });
    let body: { result?: { data?: SignedIn }; error?: { message?: string } } = {};
    try {
      body = JSON.parse(answer.body) as typeof body;
    } catch {
      // An unreadable answer is treated as unavailable below.
    }
    const user = body.result?.data;
    if (answer.status === 200 && user) {
      if (user.mustChangePassphrase) return { ok: false, status: 403, message: 'Choose a new passphrase first: the one you signed in with was set by an administrator.' };
      return { ok: true, user };
    }
    const status = answer.status === 401 || answer.status === 403 ? answer.status : 503;
    return { ok: false, status, message: body.error?.message ?? 'The workspace could not answer just now. Please try again.' };
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== LIVE_PATH) return refusal(404, 'Not found.');
    if (request.method !== 'GET') return refusal(405, 'Only GET is accepted here.');
    if (closed) return refusal(503, 'The server is stopping.');
    const session = await checkSession(url, request.headers.get('authorization'));
    if (!session.ok) return refusal(session.status, session.message);
    const { user } = session;

    const ended = new AbortController();
    const end = (reason: LiveEndReason) => {
      if (!ended.signal.aborted) ended.abort(reason);
    };
    streams.add(ended);
    const recheck = setInterval(() => {
      void checkSession(url, request.headers.get('authorization'))
        .then((again) => {
          if (again.ok && again.user.role !== user.role) end('renew'); // reconnect with the new role's view
          else if (!again.ok && again.status !== 503) end('session');
        })
        .catch(() => undefined); // unreachable database: try again next time
    }, recheckMs);
    recheck.unref?.();
    const finish = () => {
      clearInterval(recheck);
      streams.delete(ended);
    };

    const actor: Actor = { userId: user.userId, username: user.username, displayName: user.displayName, role: user.role, sessionId: 0 };
    let response: Response;
    try {
      response = await fetchRequestHandler({
        endpoint: '/trpc',
        req: request,
        router: LIVE_ONLY_ROUTER,
        allowMethodOverride: false,
        createContext: (): Context => ({ db: NO_DATABASE, actor, channel: 'http', requestId: randomUUID(), live: { changes: deps.changes, ended: ended.signal } }),
        onError({ error }) {
          if (error.code === 'INTERNAL_SERVER_ERROR') console.error('[live updates]', error.cause ?? error);
        },
      });
    } catch (error) {
      finish();
      throw error;
    }
    if (!response.body) {
      finish();
      return response;
    }
    // Let the stream's end (or the client leaving) stop the re-checks.
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const chunk = await reader.read();
          if (chunk.done) {
            finish();
            controller.close();
          } else controller.enqueue(chunk.value);
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      async cancel(reason) {
        finish();
        await reader.cancel(reason);
      },
    });
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SSE_SECURITY_HEADERS)) headers.set(name, value);
    return new Response(body, { status: response.status, headers });
  }

  const route: ExtraRoute = async (req, res, url, authorization) => {
    if (url.pathname !== LIVE_PATH) return false;
    await serveNode(req, res, url, authorization, handle);
    return true;
  };

  return {
    handle,
    route,
    close() {
      closed = true;
      for (const stream of [...streams]) stream.abort('shutdown' satisfies LiveEndReason);
    },
  };
}

/** Adapts a Node request/response to `handle`: the body streamed as it comes, the client leaving aborts. */
async function serveNode(req: IncomingMessage, res: ServerResponse, url: URL, authorization: string | null, handle: (request: Request) => Promise<Response>): Promise<void> {
  const left = new AbortController();
  const onClose = () => left.abort();
  res.once('close', onClose);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && name !== 'authorization' && name !== 'cookie') headers.set(name, value);
  }
  if (authorization) headers.set('authorization', authorization);
  try {
    const response = await handle(new Request(url.href, { method: req.method ?? 'GET', headers, signal: left.signal }));
    const out: Record<string, string> = { 'cache-control': 'no-store' };
    response.headers.forEach((value, name) => (out[name] = value));
    res.writeHead(response.status, out);
    res.flushHeaders();
    if (!response.body) {
      res.end();
      return;
    }
    const reader = response.body.getReader();
    left.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done || left.signal.aborted) break;
      res.write(chunk.value);
    }
    res.end();
  } finally {
    res.off('close', onClose);
  }
}
