import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGmScaleWorkspace, GM_SCALE_PASSPHRASE } from '../../bench/gm-scale';
import { Connection } from '../../bench/team-load/client';
import { loadKeyPrefix, runTeamLoad, type LoadResult } from '../../bench/team-load/driver';
import { loadTargets } from '../../bench/team-load/plan';
import { startTeamServerProcess, type TeamServerProcess } from '../../bench/team-load/server-process';
import { verifyAfterLoad, type LoadVerdict } from '../../bench/team-load/verify';
import { todayIso } from '../../core/shared/clock';
import { openWorkspaceDatabase } from '../../db/connection';
import { makeSelfSignedCertificate, type SelfSigned } from '../helpers/self-signed';
import { tempDir } from '../helpers/raw-db';

/** A small generated workspace (about 5 s), made in this test's own folder: other tests share the cached one. */
const SCALE = 0.07;

/**
 * The team server as its own process over HTTPS, under the load bench's simulated team (fewer users,
 * less time), killed with SIGKILL half-way and started again: nothing the server acknowledged is
 * lost, no idempotency key is paid twice, the audit chain and every money rule verify, and no call
 * failed except while the server was down.
 */
describe('team server: kill -9 under load, then restart', () => {
  let dir: string;
  let cert: SelfSigned;
  let server: TeamServerProcess | null = null;
  let result: LoadResult;
  let verdict: LoadVerdict;
  let killed = 0;

  beforeAll(async () => {
    dir = tempDir();
    const file = join(dir, 'workspace.sqlite');
    await generateGmScaleWorkspace(file, { seed: 1, scale: SCALE, log: () => {} });
    await (await openWorkspaceDatabase(file)).close();
    mkdirSync(join(dir, 'backups'));
    cert = makeSelfSignedCertificate();
    server = await startTeamServerProcess({ workspace: file, certFile: cert.certFile, keyFile: cert.keyFile, ca: cert.cert, backupFolder: join(dir, 'backups'), workDir: dir, readers: 1 });
    const connection = new Connection(server.url, cert.cert, 32);
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const today = todayIso();
    const targets = await loadTargets(sqlite, connection, GM_SCALE_PASSPHRASE, today);
    sqlite.close();
    const runId = Date.now().toString(36);
    let down = false;
    const running = server;
    const restart = new Promise<void>((resolve, reject) => {
      setTimeout(() => {
        down = true;
        killed = 1;
        running
          .killHard()
          .then(() => running.restart())
          .then(() => {
            down = false;
            resolve();
          }, reject);
      }, 6000);
    });
    result = await runTeamLoad({ connection, passphrase: GM_SCALE_PASSPHRASE, ...targets, users: 12, durationMs: 16_000, thinkMs: [50, 300], today, runId, serverDown: () => down });
    await restart;
    connection.close();
    const code = await running.stop();
    expect(code, running.log().slice(-3000)).toBe(0);
    server = null;
    verdict = await verifyAfterLoad(file, result, loadKeyPrefix(runId));
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    cert?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('kept working through the restart, with no error outside the time it was down', () => {
    expect(killed).toBe(1);
    expect(result.errors, JSON.stringify(result.errors.slice(0, 5))).toEqual([]);
    expect(result.acknowledgedPayments.length).toBeGreaterThan(10);
    expect(result.approvedPayments.length).toBeGreaterThan(5);
    expect(result.failedWhileDown).toBeGreaterThan(0);
  });

  it('lost no acknowledged payment or approval and paid no key twice', () => {
    expect(verdict.lostPayments).toEqual([]);
    expect(verdict.lostApprovals).toEqual([]);
    expect(verdict.doubledKeys).toEqual([]);
    expect(verdict.paymentsInLedger).toBeGreaterThanOrEqual(result.acknowledgedPayments.length);
  });

  it('keeps the audit chain and every money rule', () => {
    expect(verdict.auditChain).toMatch(/^verifies/);
    expect(verdict.violations).toEqual([]);
  });
});
