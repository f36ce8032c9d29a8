import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { createTrpcFetchHandler } from '../transport/fetch-handler';
import { actorForToken, bearerToken, type SessionPolicy, type SessionToucher } from '../identity/sessions';
import type { Channel } from '../trpc/context';
import type { WorkspaceBackups } from '../workspace/backup';
import type { BackupTake, DatabaseService, PlainRequest, PlainResponse } from './protocol';

export interface DispatcherOptions {
  db: Kysely<DB>;
  channel: Channel;
  backups?: WorkspaceBackups | undefined;
  logError?: ((requestId: string, path: string | undefined, error: unknown) => void) | undefined;
  /** Idle and absolute session limits (default DEFAULT_SESSION_POLICY). */
  sessionPolicy?: SessionPolicy | undefined;
  /** How a use of a session is recorded (database hosts: without waiting for the write lock). */
  touchSession?: SessionToucher | undefined;
}

/** A plain request as the WHATWG Request the tRPC fetch adapter reads. */
export function toFetchRequest(request: PlainRequest): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body: request.method === 'GET' || request.method === 'HEAD' ? null : request.body });
}

export async function toPlainResponse(response: Response): Promise<PlainResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/**
 * Answers plain requests against one connection: the code that runs beside the database, whether in
 * a worker thread, an Electron utility process, or in-process (an in-memory test database).
 */
export function createRequestDispatcher(options: DispatcherOptions): DatabaseService {
  const handle = createTrpcFetchHandler({
    db: options.db,
    channel: options.channel,
    backups: options.backups,
    sessionPolicy: options.sessionPolicy,
    touchSession: options.touchSession,
    ...(options.logError ? { logError: options.logError } : {}),
  });
  return {
    async handle(request) {
      return toPlainResponse(await handle(toFetchRequest(request), { clientAddress: request.clientAddress }));
    },

    async takeBackup(backupId, authorization): Promise<BackupTake> {
      if (!options.backups) return { ok: false, status: 404, message: 'Not found.' };
      const actor = await actorForToken(options.db, bearerToken(authorization), { policy: options.sessionPolicy, touch: options.touchSession });
      if (!actor) return { ok: false, status: 401, message: 'Please sign in to continue.' };
      if (actor.role !== 'admin') return { ok: false, status: 403, message: 'Your role does not allow this action.' };
      const taken = /^[A-Za-z0-9_-]{16,64}$/.test(backupId) ? options.backups.take(backupId, actor.userId) : null;
      if (!taken) return { ok: false, status: 404, message: 'That backup has already been downloaded or has expired. Make a new one.' };
      return { ok: true, backup: taken.backup, path: taken.path };
    },
  };
}
