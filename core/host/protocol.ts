import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { SessionPolicy } from '../identity/sessions';
import type { Channel } from '../trpc/context';
import type { VerifiedBackup } from '../workspace/backup';

/**
 * How requests reach the database. The serving side (the HTTP thread in browser mode, Electron's
 * main process on the desktop) owns no SQLite connection: it turns each tRPC request into this plain,
 * structured-clonable shape and hands it to a database host (a worker thread or a utility process)
 * over a message port. The host answers with a plain response. The same shapes carry the request
 * when it is handled in-process (tests with an in-memory database), so there is one code path.
 */

export interface PlainRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** Request body as text; null for GET. */
  body: string | null;
  /** The socket's remote address (HTTP); never taken from a header. Null on the desktop. */
  clientAddress: string | null;
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** GET /backup/<id>: what the host says about one offered backup (see core/workspace/backup.ts). */
export type BackupTake =
  | { ok: true; backup: VerifiedBackup; path: string }
  | { ok: false; status: 401 | 403 | 404 | 503; message: string };

/** What the serving side needs from the database, wherever it lives. */
export interface DatabaseService {
  handle(request: PlainRequest): Promise<PlainResponse>;
  /** Hands over an offered backup once, to the admin who made it (browser mode). */
  takeBackup(backupId: string, authorization: string | null): Promise<BackupTake>;
}

export type HostRole = 'writer' | 'reader';

/** What /readyz reports (core/server/health.ts): the writer's view of the open workspace. */
export interface HostHealth {
  /** Migrations applied to the file. */
  migrations: number;
  /** Migrations this build knows that the file has not had (0 when ready). */
  pendingMigrations: number;
  /** The newest audit entry (id 0 and the genesis hash for an empty log). */
  auditHead: { id: number; hash: string };
}

/** Messages to a database host. */
export type ToHost =
  /** `sessionPolicy` absent: the defaults (DEFAULT_SESSION_POLICY). */
  | { type: 'open'; file: string; role: HostRole; channel: Channel; backups: boolean; sessionPolicy?: SessionPolicy }
  | { type: 'request'; id: number; request: PlainRequest }
  | { type: 'takeBackup'; id: number; backupId: string; authorization: string | null }
  | { type: 'backupTo'; id: number; path: string }
  /** Bring the host's caches up to date after a write (core/host/warm.ts); answered like a request. */
  | { type: 'warm'; id: number }
  /** Readiness (core/server/health.ts): migrations applied and the audit head; answered like a request with a HostHealth. */
  | { type: 'health'; id: number }
  /** Live updates: the audit log's changes after `afterId` (null: only its head), answered with a ChangePage (core/live/changes.ts). */
  | { type: 'changesSince'; id: number; afterId: number | null; limit: number }
  | { type: 'close' };

/** Messages from a database host. */
export type FromHost =
  | { type: 'ready' }
  | { type: 'openFailed'; message: string }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string }
  | { type: 'closed' };

/** The host's end of its message port (a worker thread's parentPort, a utility process's parentPort). */
export interface HostPort {
  post(message: FromHost): void;
  onMessage(listener: (message: ToHost) => void): void;
  /** Ends the host once it has closed its connection. */
  exit(code: number): void;
}

/** The serving side's end: one running host (a Worker, a UtilityProcess). */
export interface HostChannel {
  post(message: ToHost): void;
  onMessage(listener: (message: FromHost) => void): void;
  /** Called once when the host has gone, whatever the reason. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export const HOST_UNAVAILABLE_MESSAGE = 'The workspace could not answer that request just now. Please try again; if you were saving a change, check whether it was saved first.';
export const HOST_UNAVAILABLE_REASON = 'workspace_unavailable';

/**
 * A tRPC-shaped 503 for a request the host could not answer (it stopped, or was restarting), one
 * error per call of a batch, so the client shows a plain, retryable message rather than hanging.
 */
export function unavailableResponse(request: Pick<PlainRequest, 'url'>, retryAfterSeconds = 1): PlainResponse {
  let paths: string[] = [''];
  let batch = false;
  try {
    const url = new URL(request.url);
    batch = url.searchParams.get('batch') === '1';
    paths = decodeURIComponent(url.pathname.replace(/^\/trpc\/?/, '')).split(',');
  } catch {
    // An unreadable address still gets an answer.
  }
  const error = (path: string) => ({
    error: {
      message: HOST_UNAVAILABLE_MESSAGE,
      code: TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE,
      data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503, path: path || null, fieldErrors: null, requestId: null, retryAfterSeconds, reason: HOST_UNAVAILABLE_REASON },
    },
  });
  return {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) },
    body: JSON.stringify(batch ? paths.map(error) : error(paths[0] ?? '')),
  };
}
