import type { DesktopConnection } from '../preload/bridge-types';
import { createConnectionManager, type ConnectionManager } from './connection';
import { openHostedWorkspace, toPlainRequest, type ForkHost, type HostedWorkspaceOptions } from './database-host-process';
import { createRemoteService } from './remote-service';
import { probeServer, type FetchLike } from './server-probe';

/**
 * The desktop's two kinds of backend, put together for index.ts: a local file
 * through the database utility processes, or a team server through `fetch`
 * (Electron's net.fetch in a session of its own, with Chromium's certificate
 * checks). Electron stays in index.ts; tests pass fakes.
 */

export interface DesktopConnectionsOptions {
  fork: ForkHost;
  /** Used for the /healthz probe and every request to a team server. */
  serverFetch: FetchLike;
  /** The live-updates endpoint of a local file (see HostedWorkspaceOptions.live). */
  live?: HostedWorkspaceOptions['live'];
  onChange(connection: DesktopConnection): void;
  onError(context: string): (error: unknown) => void;
}

export function createDesktopConnections(options: DesktopConnectionsOptions): ConnectionManager {
  return createConnectionManager({
    async openLocal(file) {
      const hosted = await openHostedWorkspace(file, {
        fork: options.fork,
        onHostError: options.onError('database process'),
        ...(options.live ? { live: options.live } : {}),
      });
      return { connection: { kind: 'local', file }, ...hosted };
    },
    openServer(url) {
      const remote = createRemoteService({ baseUrl: url, fetch: options.serverFetch, onError: options.onError('team server') });
      return {
        connection: { kind: 'server', url },
        async handle(request) {
          const answer = await remote.handle(await toPlainRequest(request));
          return new Response(answer.body, { status: answer.status, headers: answer.headers });
        },
        stream: async (request, signal) => remote.stream(await toPlainRequest(request), signal),
        close: () => remote.close(),
      };
    },
    probe: (url) => probeServer(url, options.serverFetch),
    onChange: options.onChange,
    onError: options.onError('closing a workspace or connection'),
  });
}
