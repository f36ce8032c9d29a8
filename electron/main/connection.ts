import type { ConnectResult, DesktopConnection } from '../preload/bridge-types';
import { parseServerAddress } from './server-address';
import type { ProbeResult } from './server-probe';
import { createWorkspaceSession, type FetchHandler } from './workspace-session';

/**
 * What the window works on: a local workspace file (the database in utility
 * processes) or a team server over HTTPS. Either is a `Backend`; switching
 * goes through workspace-session.ts, so the new one is ready before the old one
 * is retired, and the old one is closed once its in-flight requests are done.
 * While a server is the backend, no local database is open: nothing can be
 * written on this computer.
 */

export type { DesktopConnection };

export interface Backend {
  readonly connection: DesktopConnection;
  handle: FetchHandler;
  /** A streaming GET (the live-updates subscription). */
  stream(request: Request, signal: AbortSignal): Promise<Response>;
  /** SQLite's online backup (local files only; a team server makes its own). */
  backup?(destination: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectionManagerDeps {
  openLocal(file: string): Promise<Backend>;
  /** Builds the server's backend (no I/O: `probe` has already reached it). */
  openServer(url: string): Backend;
  /** GET <url>/healthz with Chromium's certificate checks (server-probe.ts). */
  probe(url: string): Promise<ProbeResult>;
  /** After every switch (title, renderer indicator). */
  onChange?(connection: DesktopConnection): void;
  onError?(error: unknown): void;
}

export interface ConnectionManager {
  handle: FetchHandler;
  stream(request: Request, signal: AbortSignal): Promise<Response>;
  /** Validates the typed address, probes the server and switches to it; the app stays put when refused. */
  connectToServer(address: unknown): Promise<ConnectResult>;
  /** Opens (or creates) a local workspace file; closes a server connection. */
  openLocal(file: string): Promise<void>;
  current(): DesktopConnection | null;
  /** The backend requests go to now (null before the first one opens). */
  currentBackend(): Backend | null;
  close(): Promise<void>;
}

const keyOf = (connection: DesktopConnection) => JSON.stringify(connection);

export function createConnectionManager(deps: ConnectionManagerDeps): ConnectionManager {
  const session = createWorkspaceSession<Backend>({
    async open(key) {
      const target = JSON.parse(key) as DesktopConnection;
      return target.kind === 'local' ? deps.openLocal(target.file) : deps.openServer(target.url);
    },
    createHandler: (backend) => backend.handle,
    ...(deps.onError ? { onError: deps.onError } : {}),
  });

  async function switchTo(connection: DesktopConnection): Promise<void> {
    const before = session.current()?.path;
    await session.switchTo(keyOf(connection));
    if (before !== session.current()?.path) deps.onChange?.(connection);
  }

  return {
    handle: session.handle,

    async stream(request, signal) {
      const backend = session.current()?.workspace;
      if (backend === undefined) return Response.json({ error: { message: 'No workspace is open.' } }, { status: 503 });
      return backend.stream(request, signal);
    },

    async connectToServer(address) {
      const parsed = parseServerAddress(address);
      if (!parsed.ok) return parsed;
      const probe = await deps.probe(parsed.url);
      if (!probe.ok) return probe;
      const connection: DesktopConnection = { kind: 'server', url: parsed.url };
      try {
        await switchTo(connection);
      } catch (error) {
        deps.onError?.(error);
        return { ok: false, message: 'Alignment Desk could not switch to the team server. Please try again.' };
      }
      return { ok: true, connection };
    },

    openLocal: (file) => switchTo({ kind: 'local', file }),

    current: () => session.current()?.workspace.connection ?? null,

    currentBackend: () => session.current()?.workspace ?? null,

    close: () => session.close(),
  };
}
