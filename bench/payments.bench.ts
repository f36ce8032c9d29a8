import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureConnection, openWorkspaceDatabase } from '../db/connection';
import { nowIso } from '../core/shared/clock';
import { createUser } from '../core/identity/service';
import { startHttpServer } from '../core/transport/http-server';
import { createEmptyWorkspace } from '../core/workspace/service';

const PAYMENTS = 500;
const PASSPHRASE = 'benchmark passphrase';

async function call(url: string, token: string, path: string, input: unknown): Promise<any> {
  const res = await fetch(`${url}trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
  const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
  if (!res.ok) throw new Error(`${path}: ${body.error?.message}`);
  return body.result!.data;
}

/** Payments recorded and approved through the full HTTP API path, against raw inserts with synchronous=FULL. */
export async function benchPayments(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-desk-bench-pay-'));
  const workspace = await openWorkspaceDatabase(join(dir, 'bench.sqlite'));
  const server = await startHttpServer({ db: workspace.db, port: 0 });
  try {
    const system = { actor: null, requestId: 'bench', channel: 'system' as const };
    await createEmptyWorkspace(workspace.db, system, 'Benchmark Council', { username: 'admin', displayName: 'Admin', role: 'admin', passphrase: PASSPHRASE });
    for (const [username, role] of [['strategy', 'strategy_officer'], ['finance', 'finance_officer'], ['approver', 'finance_approver']] as const) {
      await createUser(workspace.db, system, { username, displayName: username, role, passphrase: PASSPHRASE });
    }
    const token = async (username: string) => (await call(server.url, '', 'auth.signIn', { username, passphrase: PASSPHRASE })).token as string;
    const [strategy, finance, approver] = [await token('strategy'), await token('finance'), await token('approver')];
    const programme = await call(server.url, strategy, 'programmes.create', { code: 'BENCH', name: 'Benchmark programme', type: 'other', status: 'active' });
    const fund = await call(server.url, finance, 'grants.createFund', { programmeId: programme.id, code: 'BENCH-F', name: 'Bench fund', source: 'Bench', allocationPence: 1_000_000_000, firstFinancialYear: '2025/26', lastFinancialYear: '2034/35', endDate: '2035-03-31', zeroTransactionCost: true });
    const now = nowIso();
    const partner = workspace.sqlite.prepare("insert into partners (name, organisation_type, created_at, updated_at) values ('Bench partner (fictional)', 'community_group', ?, ?)").run(now, now).lastInsertRowid;
    workspace.sqlite.prepare("insert into partner_due_diligence (partner_id, checks_json, checked_by, checked_on, expires_on, recorded_at) values (?, '[]', 'bench', '2025-01-01', '2099-01-01', ?)").run(partner, now);
    const award = await call(server.url, finance, 'grants.createAward', {
      fundId: fund.id, partnerId: Number(partner), title: 'Bench award', purpose: 'Benchmark', amountPence: 100_000_000, awardDate: '2025-04-01', plannedStart: '2025-04-01', plannedEnd: '2026-03-31', route: 'open_call', paymentBasis: 'arrears',
      instalments: [{ dueDate: '2025-06-30', amountPence: 100_000_000 }],
    });
    const instalmentId = workspace.sqlite.prepare('select id from instalments where award_id = ?').pluck().get(award.id) as number;

    const started = performance.now();
    for (let i = 0; i < PAYMENTS; i++) {
      const payment = await call(server.url, finance, 'grants.recordPayment', { idempotencyKey: `bench-key-${String(i).padStart(8, '0')}`, instalmentId, amountPence: 100, paymentDate: '2025-06-30', reference: `B${i}` });
      await call(server.url, approver, 'grants.approvePayment', { paymentId: payment.paymentId, date: '2025-07-01' });
    }
    const apiSeconds = (performance.now() - started) / 1000;

    const raw = new Database(join(dir, 'raw.sqlite'));
    configureConnection(raw, join(dir, 'raw.sqlite'));
    raw.exec('create table entries (id integer primary key, entry_type text, payment_id integer, gross_pence integer, actor integer, recorded_at text) strict');
    const insert = raw.prepare('insert into entries (entry_type, payment_id, gross_pence, actor, recorded_at) values (?, ?, 100, ?, ?)');
    const rawStarted = performance.now();
    for (let i = 0; i < PAYMENTS; i++) {
      const id = insert.run('payment', null, 1, nowIso()).lastInsertRowid; // each its own committed transaction, as each API call is
      insert.run('approval', id, 2, nowIso());
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    raw.close();

    const apiRate = PAYMENTS / apiSeconds;
    const rawRate = PAYMENTS / rawSeconds;
    console.log(`Payments recorded and approved (${PAYMENTS} of each, one committed transaction per call, synchronous=FULL)`);
    console.log(`  full HTTP API path:                ${apiRate.toFixed(0)} payments/s (${apiSeconds.toFixed(2)} s)`);
    console.log(`  raw better-sqlite3 inserts (pairs): ${rawRate.toFixed(0)} payments/s (${rawSeconds.toFixed(2)} s)`);
    console.log(`  ratio raw / API:                   ${(rawRate / apiRate).toFixed(1)}×`);
  } finally {
    await server.close();
    await workspace.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
