import { openDatabasePool, type DatabasePool } from '../../core/host/pool';
import type { FromHost, HostChannel, PlainRequest } from '../../core/host/protocol';

/**
 * The desktop's database lives in an Electron utility process, never in the main process: this
 * module starts the hosts (core/host/host-entry.ts, built as out/main/database-host.js) and forwards
 * each tRPC request to them as plain data, matched to its answer by request id. A host that stops is
 * replaced and its requests answer 503 (retry); a request not answered in time answers 503 too.
 * Opening another workspace starts hosts for the other file (workspace-session.ts retires the old
 * ones once their requests are done). Electron stays in index.ts: tests pass fakes.
 */

/** The part of Electron's `UtilityProcess` this module uses. */
export interface UtilityProcessLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

/** Electron's utilityProcess.fork of the host entry, wrapped by index.ts. */
export type ForkHost = () => UtilityProcessLike;

export interface HostedWorkspaceOptions {
  fork: ForkHost;
  /** Reader processes beside the writer (default 1: a long screen never holds up a short one). */
  readers?: number;
  /** Default 2 minutes. */
  requestTimeoutMs?: number;
  onHostError?: (message: string) => void;
  /**
   * The live-updates endpoint for this file (core/live/endpoint.ts, `createLiveEndpoint`), built
   * on the pool. Without it, a stream request answers 404.
   */
  live?: (pool: DatabasePool) => LiveHandler;
}

/** The part of core/live's `LiveEndpoint` the desktop uses. */
export interface LiveHandler {
  handle(request: Request): Promise<Response>;
  close(): void;
}

/** What workspace-session.ts holds for the open file. */
export interface HostedWorkspace {
  handle(request: Request): Promise<Response>;
  /** The live-updates subscription (a streaming Response), answered by the `live` endpoint. */
  stream(request: Request): Promise<Response>;
  /** SQLite's online backup, made by the writer process (File → Back up workspace). */
  backup(destination: string): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_DESKTOP_TIMEOUT_MS = 120_000;

export function utilityProcessChannel(child: UtilityProcessLike): HostChannel {
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', (message) => listener(message as FromHost)),
    onExit: (listener) => void child.once('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  };
}

export async function toPlainRequest(request: Request): Promise<PlainRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { url: request.url, method: request.method, headers, body: request.method === 'GET' ? null : await request.text(), clientAddress: null };
}

export async function openHostedWorkspace(file: string, options: HostedWorkspaceOptions): Promise<HostedWorkspace> {
  const pool: DatabasePool = await openDatabasePool({
    file,
    channel: 'desktop',
    readers: options.readers ?? 1,
    spawn: () => utilityProcessChannel(options.fork()),
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_DESKTOP_TIMEOUT_MS,
    ...(options.onHostError ? { onHostError: options.onHostError } : {}),
  });
  const live = options.live?.(pool) ?? null;
  return {
    async handle(request) {
      const answer = await pool.handle(await toPlainRequest(request));
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    },
    stream: (request) =>
      live === null
        ? Promise.resolve(Response.json({ error: { message: 'Live updates are not available here.' } }, { status: 404 }))
        : live.handle(request),
    backup: (destination) => pool.backupTo(destination),
    close: () => {
      live?.close(); // ends the open streams before the pool goes
      return pool.close();
    },
  };
}
