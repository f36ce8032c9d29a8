import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceDatabase } from '../../db/connection';
import { DEMO_PASSPHRASE } from '../../core/demo/data';
import { openDemoWorkspace } from '../../core/workspace/service';
import { WORKSPACE_BUSY_REASON } from '../../core/trpc/error-shape';
import { tempDir } from '../helpers/raw-db';

/**
 * Two app processes on one workspace file (desktop and browser mode both default to the same file):
 * concurrent payments split across them must never fail with 500 or over-pay anything.
 */

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CALLS = 200;

interface Server {
  child: ChildProcess;
  url: string;
  stderr: string[];
}

async function startServer(file: string): Promise<Server> {
  const child = spawn(TSX, [join(ROOT, 'test', 'helpers', 'serve-unlocked.ts'), file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => { throw new Error(`server exited: ${stderr.join('')}`); })])) as [string];
  return { child, url: (JSON.parse(line) as { url: string }).url, stderr };
}

let dir: string;
let file: string;
const servers: Server[] = [];

beforeAll(async () => {
  dir = tempDir();
  file = join(dir, 'workspace.sqlite');
  const workspace = await openWorkspaceDatabase(file);
  await openDemoWorkspace(workspace.db, { actor: null, requestId: 'test-setup', channel: 'system' });
  await workspace.close();
  servers.push(...(await Promise.all([startServer(file), startServer(file)])));
}, 60_000);

afterAll(async () => {
  await Promise.all(
    servers.map(async (s) => {
      if (s.child.exitCode !== null) return;
      const exited = once(s.child, 'exit');
      s.child.kill('SIGTERM');
      await exited;
    }),
  );
});

async function call(base: string, path: string, input: unknown, token?: string) {
  const res = await fetch(`${base}trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { result?: { data: Record<string, unknown> }; error?: { message: string; data: { code: string; reason: string | null } } } };
}

interface Target {
  instalmentId: number;
  awardId: number;
  instalmentPence: number;
  awardPence: number;
  amountPence: number;
}

/** Live (unreversed) payments per instalment and per award, straight from the ledger table. */
function liveTotals(sqlite: Database.Database) {
  const rows = sqlite
    .prepare(
      `select award_id, instalment_id, sum(gross_pence) as total from ledger_entries p
        where entry_type = 'payment' and not exists (select 1 from ledger_entries r where r.entry_type = 'reversal' and r.payment_id = p.id)
        group by award_id, instalment_id`,
    )
    .all() as Array<{ award_id: number; instalment_id: number; total: number }>;
  const byInstalment = new Map<number, number>();
  const byAward = new Map<number, number>();
  for (const r of rows) {
    byInstalment.set(r.instalment_id, r.total);
    byAward.set(r.award_id, (byAward.get(r.award_id) ?? 0) + r.total);
  }
  return { byInstalment, byAward };
}

describe('two server processes on one workspace file', () => {
  it(`${CALLS} parallel payments split across them: no 500, every acknowledged payment stored once, nothing over-paid`, async () => {
    const [a, b] = servers as [Server, Server];
    const signIn = await call(a.url, 'auth.signIn', { username: 'finance', passphrase: DEMO_PASSPHRASE });
    expect(signIn.status).toBe(200);
    const token = signIn.body.result!.data.token as string; // sessions live in the file, so it works on both servers

    // Four instalments of active awards with room left; each gets 50 payments sized so that about 30 fit.
    const reader = new Database(file, { readonly: true });
    const before = liveTotals(reader);
    const candidates = reader
      .prepare(
        `select i.id as instalmentId, a.id as awardId, i.amount_pence as instalmentPence, a.amount_pence as awardPence
           from instalments i join awards a on a.id = i.award_id where a.status = 'active' order by i.id`,
      )
      .all() as Array<Omit<Target, 'amountPence'>>;
    const targets: Target[] = [];
    const usedAwards = new Set<number>();
    for (const c of candidates) {
      const room = Math.min(c.instalmentPence - (before.byInstalment.get(c.instalmentId) ?? 0), c.awardPence - (before.byAward.get(c.awardId) ?? 0));
      if (room < 30_000 || usedAwards.has(c.awardId)) continue;
      usedAwards.add(c.awardId);
      targets.push({ ...c, amountPence: Math.floor(room / 30) });
      if (targets.length === 4) break;
    }
    expect(targets).toHaveLength(4);
    const paymentsBefore = reader.prepare("select count(*) from ledger_entries where entry_type = 'payment'").pluck().get() as number;

    const calls = Array.from({ length: CALLS }, (_, i) => {
      const target = targets[i % targets.length]!;
      const server = i % 2 === 0 ? a : b;
      return call(server.url, 'grants.recordPayment', { idempotencyKey: randomUUID(), instalmentId: target.instalmentId, amountPence: target.amountPence, paymentDate: '2026-01-15', reference: `PAR-${i}` }, token);
    });
    const results = await Promise.all(calls);
    const statuses = new Map<number, number>();
    for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    console.log('two-process payments, answers by HTTP status:', Object.fromEntries(statuses));

    expect(results.filter((r) => r.status >= 500 && r.status !== 503)).toEqual([]);
    const busy = results.filter((x) => x.status === 503);
    for (const r of busy) expect(r.body.error!.data.reason).toBe(WORKSPACE_BUSY_REASON);
    // Transactions take the write lock at BEGIN and wait for it, so "busy" is the rare exception (a wait
    // past the 5 s busy timeout), not the ~50% a deferred BEGIN gives when a read upgrades to a write.
    expect(busy.length, 'busy answers').toBeLessThanOrEqual(CALLS / 10);
    for (const r of results.filter((x) => x.status === 400)) expect(r.body.error!.message).toMatch(/over its/);
    expect(results.every((r) => [200, 400, 503].includes(r.status))).toBe(true);

    const acknowledged = results.filter((r) => r.status === 200);
    expect(acknowledged.every((r) => r.body.result!.data.replayed === false)).toBe(true);
    const paymentsAfter = reader.prepare("select count(*) from ledger_entries where entry_type = 'payment'").pluck().get() as number;
    expect(paymentsAfter - paymentsBefore).toBe(acknowledged.length);
    const stored = reader.prepare("select count(*) from ledger_entries where entry_type = 'payment' and reference like 'PAR-%'").pluck().get() as number;
    expect(stored).toBe(acknowledged.length);
    expect(new Set(acknowledged.map((r) => r.body.result!.data.paymentId)).size).toBe(acknowledged.length);

    // Some would have over-paid, and were refused; none got through.
    expect(results.filter((r) => r.status === 400).length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);
    const after = liveTotals(reader);
    for (const t of targets) {
      expect(after.byInstalment.get(t.instalmentId) ?? 0, `instalment ${t.instalmentId}`).toBeLessThanOrEqual(t.instalmentPence);
      expect(after.byAward.get(t.awardId) ?? 0, `award ${t.awardId}`).toBeLessThanOrEqual(t.awardPence);
    }
    reader.close();

    const invariants = await fetch(`${b.url}trpc/grants.checkInvariants`, { headers: { authorization: `Bearer ${token}` } });
    expect(invariants.status).toBe(200);
    expect(((await invariants.json()) as { result: { data: unknown } }).result.data).toEqual({ ok: true, violations: [], exceptions: [] });
    for (const s of servers) expect(s.stderr.join('')).not.toMatch(/SQLITE_BUSY|database is locked/);
  }, 180_000);
});
