import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { bearerToken, checkSession, DEFAULT_SESSION_POLICY, sessionEndedMessage, type SessionPolicy, type SessionToucher } from '../identity/sessions';
import { appRouter } from '../router';
import { PASSIVE_HEADER } from './server-hooks';

export { PASSIVE_HEADER };
import type { Channel, Context } from '../trpc/context';
import { retryAfterOf } from '../trpc/error-shape';
import type { WorkspaceBackups } from '../workspace/backup';
import { isWorkspaceBusyError } from '../trpc/error-shape';

export const TRPC_ENDPOINT = '/trpc';
/** The id the HTTP server gives each request (a UUID made on the serving thread), echoed to the client. */
export const REQUEST_ID_HEADER = 'x-request-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_BATCH_SIZE = 20;

export interface TrpcFetchHandlerOptions {
  db: Kysely<DB>;
  channel: Channel;
  /** Lets admins make verified backups for download (workspace.backup). */
  backups?: WorkspaceBackups | undefined;
  /** Where unexpected errors are reported (never to the caller). */
  logError?: (requestId: string, path: string | undefined, error: unknown) => void;
  /** Idle and absolute session limits (default DEFAULT_SESSION_POLICY). */
  sessionPolicy?: SessionPolicy | undefined;
  /** How a use of a session is recorded (default: an update on `db`; database hosts pass a non-blocking one). */
  touchSession?: SessionToucher | undefined;
}

/** What the transport knows about the request beyond the Request itself. */
export interface RequestInfo {
  /** The socket's remote address (HTTP); never taken from a header. Absent on the desktop. */
  clientAddress?: string | null;
  /** The serving thread's id for this request (x-request-id); a fresh one is made when absent or not a UUID. */
  requestId?: string | null;
}

export async function createContext(
  db: Kysely<DB>,
  channel: Channel,
  authorization: string | null,
  clientAddress: string | null = null,
  backups?: WorkspaceBackups,
  sessions: { policy?: SessionPolicy | undefined; touch?: SessionToucher | undefined; passive?: boolean } = {},
  requestId?: string | null,
): Promise<Context> {
  const sessionPolicy = sessions.policy ?? DEFAULT_SESSION_POLICY;
  const checked = await checkSession(db, bearerToken(authorization), { policy: sessionPolicy, touch: sessions.touch, passive: sessions.passive });
  return {
    db,
    actor: checked.actor,
    channel,
    requestId: requestId && UUID.test(requestId) ? requestId.toLowerCase() : randomUUID(),
    clientAddress,
    sessionPolicy,
    sessionEnded: sessionEndedMessage(checked.ended, sessionPolicy),
    ...(backups ? { backups } : {}),
  };
}

/** The one request handler behind both transports: a WHATWG Request in, a Response out. */
export function createTrpcFetchHandler(options: TrpcFetchHandlerOptions): (request: Request, info?: RequestInfo) => Promise<Response> {
  const logError = options.logError ?? ((requestId, path, error) => console.error(`[${requestId}] ${path ?? '?'}:`, error));
  return async (request, info = {}) => {
    const url = new URL(request.url);
    const procedurePath = url.pathname.slice(TRPC_ENDPOINT.length + 1);
    if (url.searchParams.get('batch') === '1' && procedurePath.split(',').length > MAX_BATCH_SIZE) {
      return Response.json({ error: { message: `At most ${MAX_BATCH_SIZE} calls can be batched together.` } }, { status: 413 });
    }
    return fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req: request,
      router: appRouter,
      allowMethodOverride: false,
      createContext: () =>
        createContext(
          options.db,
          options.channel,
          request.headers.get('authorization'),
          info.clientAddress ?? null,
          options.backups,
          { policy: options.sessionPolicy, touch: options.touchSession, passive: request.headers.get(PASSIVE_HEADER) === '1' },
          info.requestId ?? request.headers.get(REQUEST_ID_HEADER),
        ),
      responseMeta({ errors }) {
        // A throttled sign-in says when to come back (the seconds are in the error data too, for IPC).
        const waits = errors.map(retryAfterOf).filter((s): s is number => s !== null);
        return waits.length ? { headers: { 'retry-after': String(Math.max(...waits)) } } : {};
      },
      onError({ error, path, ctx }) {
        if (error.code === 'INTERNAL_SERVER_ERROR' && !isWorkspaceBusyError(error.cause)) logError(ctx?.requestId ?? 'no-request-id', path, error.cause ?? error);
      },
    });
  };
}
