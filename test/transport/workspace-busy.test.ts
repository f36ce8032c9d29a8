import Database from 'better-sqlite3';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { WORKSPACE_BUSY_MESSAGE, WORKSPACE_BUSY_REASON } from '../../core/trpc/error-shape';
import { errorInfo, isWorkspaceBusy } from '../../renderer/src/api/errors';
import { rawRequest } from '../helpers/http';
import { programmeInput } from '../helpers/programme-input';
import { tempDir } from '../helpers/raw-db';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let other: Database.Database;
let server: RunningServer;
let token: string;
const logged: unknown[] = [];

beforeAll(async () => {
  const file = join(tempDir(), 'busy.sqlite');
  ws = await testWorkspace(file);
  await ws.actorFor('strategy_officer');
  // Keep the test quick: wait 50 ms for the lock rather than the production 5 s.
  ws.sqlite.pragma('busy_timeout = 50');
  other = new Database(file); // "another window" on the same file
  server = await startHttpServer({ db: ws.db, port: 0, logError: (_id, _path, error) => logged.push(error) });
  const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/auth.signIn', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE }) });
  token = JSON.parse(res.body).result.data.token;
});
afterAll(async () => {
  other.close();
  await server.close();
  await ws.close();
});

const create = (code: string) =>
  rawRequest(server.port, {
    method: 'POST',
    path: '/trpc/programmes.create',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(programmeInput({ code })),
  });

describe('a save while another process holds the write lock', () => {
  it('answers 503 with reason workspace_busy and a plain message, writes nothing, and succeeds once the lock is free', async () => {
    other.exec('begin immediate');
    let res;
    try {
      res = await create('BUSY-1');
    } finally {
      other.exec('rollback');
    }
    expect(res.status).toBe(503);
    const body = JSON.parse(res.body);
    expect(body.error.message).toBe(WORKSPACE_BUSY_MESSAGE);
    expect(body.error.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, reason: WORKSPACE_BUSY_REASON });
    expect(res.body).not.toMatch(/SQLITE_|database is locked/);
    expect(logged).toEqual([]); // not an internal error: nothing for the operator's log
    expect(ws.sqlite.prepare("select count(*) from programmes where code = 'BUSY-1'").pluck().get()).toBe(0);

    // What the renderer makes of it.
    expect(errorInfo(body.error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: WORKSPACE_BUSY_REASON, message: WORKSPACE_BUSY_MESSAGE });
    expect(isWorkspaceBusy(body.error)).toBe(true);

    const again = await create('BUSY-1');
    expect(again.status).toBe(200);
    expect(ws.sqlite.prepare("select count(*) from programmes where code = 'BUSY-1'").pluck().get()).toBe(1);
  });

  it('is SERVICE_UNAVAILABLE for in-process callers too (desktop IPC uses the same router)', async () => {
    const strategy = await ws.as('strategy_officer', 'desktop');
    other.exec('begin immediate');
    let caught: unknown;
    try {
      await strategy.programmes.create(programmeInput({ code: 'BUSY-2' }));
    } catch (error) {
      caught = error;
    } finally {
      other.exec('rollback');
    }
    expect(caught).toBeInstanceOf(TRPCError);
    expect((caught as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
    expect((caught as TRPCError).message).toBe(WORKSPACE_BUSY_MESSAGE);
  });

  it('other internal errors still answer 500 with a reference, not "busy"', async () => {
    ws.sqlite.exec("CREATE TRIGGER busy_test_fail BEFORE INSERT ON programmes BEGIN SELECT RAISE(ABORT, 'boom'); END");
    try {
      const res = await create('BUSY-3');
      expect(res.status).toBe(500);
      expect(JSON.parse(res.body).error.data.reason).toBeNull();
    } finally {
      ws.sqlite.exec('DROP TRIGGER busy_test_fail');
    }
  });
});
