import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { actorForToken, bearerToken } from '../identity/sessions';
import { appRouter } from '../router';
import type { Channel, Context } from '../trpc/context';
import type { WorkspaceBackups } from '../workspace/backup';
import { isWorkspaceBusyError } from '../trpc/error-shape';

export const TRPC_ENDPOINT = '/trpc';
export const MAX_BATCH_SIZE = 20;

export interface TrpcFetchHandlerOptions {
  db: Kysely<DB>;
  channel: Channel;
  /** Lets admins make verified backups for download (workspace.backup). */
  backups?: WorkspaceBackups | undefined;
  /** Where unexpected errors are reported (never to the caller). */
  logError?: (requestId: string, path: string | undefined, error: unknown) => void;
}

export async function createContext(db: Kysely<DB>, channel: Channel, authorization: string | null, backups?: WorkspaceBackups): Promise<Context> {
  const actor = await actorForToken(db, bearerToken(authorization));
  return { db, actor, channel, requestId: randomUUID(), ...(backups ? { backups } : {}) };
}

/** The one request handler behind both transports: a WHATWG Request in, a Response out. */
export function createTrpcFetchHandler(options: TrpcFetchHandlerOptions): (request: Request) => Promise<Response> {
  const logError = options.logError ?? ((requestId, path, error) => console.error(`[${requestId}] ${path ?? '?'}:`, error));
  return async (request) => {
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
      createContext: () => createContext(options.db, options.channel, request.headers.get('authorization'), options.backups),
      onError({ error, path, ctx }) {
        if (error.code === 'INTERNAL_SERVER_ERROR' && !isWorkspaceBusyError(error.cause)) logError(ctx?.requestId ?? 'no-request-id', path, error.cause ?? error);
      },
    });
  };
}
