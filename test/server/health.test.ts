import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthRoute } from '../../core/server/health';
import type { HostHealth } from '../../core/host/protocol';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { rawRequest } from '../helpers/http';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

/** /healthz and /readyz against a writer that answers whatever the test says. */
let ws: TestWorkspace;
let server: RunningServer;
let answer: () => Promise<HostHealth>;
let draining = false;
const reasons: string[] = [];

beforeAll(async () => {
  ws = await testWorkspace();
  const route = healthRoute({ health: () => answer(), draining: () => draining, timeoutMs: 300, onNotReady: (reason) => reasons.push(reason) });
  server = await startHttpServer({ db: ws.db, port: 0, routes: [route], logError: () => {} });
});
afterAll(async () => {
  await server.close();
  await ws.close();
});

const ready = { migrations: 15, pendingMigrations: 0, auditHead: { id: 7, hash: 'abc' } };

describe('health checks', () => {
  it('/healthz says ok while the process serves, whatever the workspace', async () => {
    answer = () => Promise.reject(new Error('no workspace'));
    const res = await rawRequest(server.port, { path: '/healthz' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
    expect((await rawRequest(server.port, { method: 'POST', path: '/healthz' })).status).toBe(405);
  });

  it('/readyz is 200 with the migrations and audit head when the workspace answers', async () => {
    answer = async () => ready;
    const res = await rawRequest(server.port, { path: '/readyz' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ready', migrations: 15, auditHead: { id: 7, hash: 'abc' } });
  });

  it('/readyz is 503 with the reason when migrations are pending, the workspace fails or is slow, or shutdown began', async () => {
    const cases: Array<[() => Promise<HostHealth>, boolean, string]> = [
      [async () => ({ ...ready, pendingMigrations: 2 }), false, '2 migrations are not yet applied.'],
      [() => Promise.reject(new Error('SQLITE_CANTOPEN: unable to open database file')), false, 'The workspace is not open.'],
      [() => new Promise(() => {}), false, 'The workspace did not answer within 0.3 seconds.'],
      [async () => ready, true, 'The server is shutting down.'],
    ];
    for (const [health, isDraining, reason] of cases) {
      answer = health;
      draining = isDraining;
      const res = await rawRequest(server.port, { path: '/readyz' });
      expect(res.status, reason).toBe(503);
      expect(JSON.parse(res.body)).toEqual({ status: 'not ready', reason }); // never the SQLite message
    }
    draining = false;
    expect(reasons).toEqual(cases.map(([, , reason]) => reason));
  });
});
