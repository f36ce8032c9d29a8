import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayIso } from '../core/shared/clock';
import { openWorkspaceDatabase } from '../db/connection';
import { makeSelfSignedCertificate } from '../test/helpers/self-signed';
import { GM_SCALE_FILE } from './alignment.bench';
import { generateGmScaleWorkspace, GM_SCALE_PASSPHRASE } from './gm-scale';
import { removeWorkspaceFiles } from './gm-scale/cached-workspace';
import { median, percentile } from './stats';
import { Connection } from './team-load/client';
import { loadKeyPrefix, runTeamLoad, type LoadResult } from './team-load/driver';
import { loadTargets } from './team-load/plan';
import { startTeamServerProcess } from './team-load/server-process';
import { verifyAfterLoad } from './team-load/verify';

const USERS = Number(process.env.TEAM_LOAD_USERS ?? 50);
const SECONDS = Number(process.env.TEAM_LOAD_SECONDS ?? 120);
/** People pause between actions: 2–8 s. */
const THINK_MS: [number, number] = [2000, 8000];

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const lpad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

function report(result: LoadResult, seconds: number): string[] {
  const lines = [`  ${pad('call', 40)}${lpad('n', 6)}${lpad('p50', 9)}${lpad('p95', 9)}`];
  const rows = [...result.timings].sort(([a], [b]) => a.localeCompare(b));
  for (const [label, times] of rows) lines.push(`  ${pad(label, 40)}${lpad(String(times.length), 6)}${lpad(fmt(median(times)), 9)}${lpad(fmt(percentile(times, 95)), 9)}`);
  const calls = rows.reduce((n, [, t]) => n + t.length, 0);
  lines.push(`  ${result.actions} actions, ${calls} answered (${(calls / seconds).toFixed(1)} per second); payments acknowledged ${result.acknowledgedPayments.length}, approved ${result.approvedPayments.length}, figures recorded ${result.observationsRecorded}`);
  const grouped = new Map<string, number>();
  for (const e of result.errors) grouped.set(e.message, (grouped.get(e.message) ?? 0) + 1);
  lines.push(`  errors: ${result.errors.length}${grouped.size ? '' : ' (target: 0)'}`);
  for (const [message, n] of grouped) lines.push(`    ${n} × ${message}`);
  return lines;
}

/**
 * npm run bench -- team: "team server under load". The team server runs as its own process over
 * HTTPS (a self-signed certificate the bench makes and trusts) on a copy of the GM-scale workspace;
 * 50 simulated users (bench/team-load/driver.ts) work for 2 minutes; then the server is stopped and
 * the audit chain, the money rules and every acknowledged payment are checked.
 * npm run bench -- team-restart: the same with kill -9 of the server half-way and a restart.
 */
export async function benchTeamLoad(options: { killHalfWay?: boolean } = {}): Promise<void> {
  const title = options.killHalfWay ? 'Team server under load, killed with SIGKILL half-way and restarted' : 'Team server under load';
  console.log(`${title} (${USERS} users, ${SECONDS} s, HTTPS, GM scale)`);
  const generation = await generateGmScaleWorkspace(GM_SCALE_FILE, { seed: 1, scale: 1 });
  if (!generation.reused) console.log(`  generated the workspace in ${(generation.elapsedMs / 1000).toFixed(1)} s -> ${GM_SCALE_FILE}`);
  const workDir = mkdtempSync(join(tmpdir(), 'alignment-desk-team-load-'));
  const file = join(workDir, 'workspace.sqlite');
  removeWorkspaceFiles(file);
  copyFileSync(GM_SCALE_FILE, file);
  // Migrate the copy first, so the server's start is not also an upgrade (and makes no pre-upgrade backup).
  await (await openWorkspaceDatabase(file)).close();
  const backups = join(workDir, 'backups');
  mkdirSync(backups);
  const cert = makeSelfSignedCertificate();
  const server = await startTeamServerProcess({ workspace: file, certFile: cert.certFile, keyFile: cert.keyFile, ca: cert.cert, backupFolder: backups, workDir });
  const connection = new Connection(server.url, cert.cert, 128);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const runId = Date.now().toString(36);
  let down = false;
  let stopped = false;
  try {
    const today = todayIso();
    const targets = await loadTargets(sqlite, connection, GM_SCALE_PASSPHRASE, today);
    console.log(`  ${server.url} (workspace copy ${file}); think time ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s; ${targets.instalmentIds.length} instalments take £1 payments`);
    let restart: Promise<void> | null = null;
    let downFor = 0;
    if (options.killHalfWay) {
      const timer = setTimeout(() => {
        restart = (async () => {
          down = true;
          const started = performance.now();
          await server.killHard();
          console.log(`  killed the server with SIGKILL at ${SECONDS / 2} s`);
          await server.restart();
          downFor = performance.now() - started;
          down = false;
          console.log(`  restarted: answering again after ${fmt(downFor)}`);
        })();
      }, (SECONDS / 2) * 1000);
      timer.unref();
    }
    const result = await runTeamLoad({ connection, passphrase: GM_SCALE_PASSPHRASE, ...targets, users: USERS, durationMs: SECONDS * 1000, thinkMs: THINK_MS, today, runId, serverDown: () => down });
    if (restart) await restart;
    console.log('');
    for (const line of report(result, SECONDS)) console.log(line);
    if (options.killHalfWay) console.log(`  calls refused while the server was down (writes retried with the same key): ${result.failedWhileDown}`);
    sqlite.close();
    const code = await server.stop();
    stopped = true;
    console.log(`  graceful stop: exit code ${code}`);
    const verdict = await verifyAfterLoad(file, result, loadKeyPrefix(runId));
    console.log(`  audit chain: ${verdict.auditChain}`);
    console.log(`  money rules: ${verdict.violations.length ? `${verdict.violations.length} BROKEN: ${verdict.violations.slice(0, 3).join('; ')}` : 'all hold'}`);
    console.log(`  acknowledged payments missing: ${verdict.lostPayments.length}; idempotency keys paid twice: ${verdict.doubledKeys.length}; approvals missing: ${verdict.lostApprovals.length}; this run's payments in the ledger: ${verdict.paymentsInLedger}`);
  } finally {
    if (sqlite.open) sqlite.close();
    connection.close();
    if (!stopped) await server.stop().catch(() => null);
    cert.remove();
    rmSync(workDir, { recursive: true, force: true });
  }
}

export const benchTeamRestart = () => benchTeamLoad({ killHalfWay: true });
