import type { ServerResponse } from 'node:http';
import type { HostHealth } from '../host/protocol';
import type { ExtraRoute } from '../transport/server-hooks';

/**
 * Health checks for a service manager or load balancer, answered on the serving thread before /trpc:
 * `/healthz` — the process is up and serving; `/readyz` — the workspace is open, every migration is
 * applied and the audit head can be read (asked of the writer), so requests can be answered. Neither
 * needs a session, and neither says more than counts and the public audit head.
 */

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

export interface HealthRoutesOptions {
  /** The writer's report (pool.health()). */
  health(): Promise<HostHealth>;
  /** True once shutdown has begun: /readyz then says so, so a balancer stops sending work. */
  draining?: () => boolean;
  /** How long /readyz waits for the writer (default 5 s). */
  timeoutMs?: number;
  /** Told why /readyz said no (the detail stays in the log, not in the answer). */
  onNotReady?: (reason: string, error?: unknown) => void;
}

function send(res: ServerResponse, status: number, body: unknown, head: boolean): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(head ? undefined : text);
}

export function healthRoute(options: HealthRoutesOptions): ExtraRoute {
  const timeoutMs = options.timeoutMs ?? 5000;
  return async (req, res, url) => {
    if (url.pathname !== HEALTH_PATH && url.pathname !== READY_PATH) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, 405, { error: { message: 'Only GET is accepted here.' } }, false);
      return true;
    }
    if (url.pathname === HEALTH_PATH) {
      send(res, 200, { status: 'ok' }, head);
      return true;
    }
    const notReady = (reason: string, error?: unknown) => {
      options.onNotReady?.(reason, error);
      send(res, 503, { status: 'not ready', reason }, head);
      return true;
    };
    if (options.draining?.()) return notReady('The server is shutting down.');
    let timer: NodeJS.Timeout | undefined;
    try {
      const health = await Promise.race([
        options.health(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), timeoutMs))),
      ]);
      if (health.pendingMigrations > 0) return notReady(`${health.pendingMigrations} migration${health.pendingMigrations === 1 ? ' is' : 's are'} not yet applied.`);
      send(res, 200, { status: 'ready', migrations: health.migrations, auditHead: health.auditHead }, head);
      return true;
    } catch (error) {
      return notReady(error instanceof Error && error.message === 'timed out' ? `The workspace did not answer within ${timeoutMs / 1000} seconds.` : 'The workspace is not open.', error);
    } finally {
      clearTimeout(timer);
    }
  };
}
