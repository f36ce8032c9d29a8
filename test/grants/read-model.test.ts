import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGmScaleWorkspace } from '../../bench/gm-scale';
import { getAward, listAwards } from '../../core/grants/awards-service';
import { fundStatement, listFunds } from '../../core/grants/funds-service';
import { approvalsQueue, fundLedger, returnedToViewer, type QueueRow, type ReturnedRow } from '../../core/grants/ledger-read';
import { approveCorrection, approvePayment, recordClawback, recordPayment, releasePayment, returnEntry, reversePayment } from '../../core/grants/ledger-service';
import { approvalsInput, awardListInput, fundListInput, ledgerInput, returnedInput } from '../../core/grants/schemas';
import { todayIso } from '../../core/shared/clock';
import type { Role } from '../../core/shared/roles';
import type { AuditActor } from '../../core/trpc/context';
import { configureConnection, createKysely } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { tempDir } from '../helpers/raw-db';
import { oracleApprovalsQueue, oracleFundLedger, oracleFundStatement, oracleListAwards } from './oracle/ledger-derivation';

/**
 * The grants screens read running totals and the waiting entries kept by triggers (migration 0012).
 * Here every figure and every queue is compared with the old derivation from every payment's state
 * (test/grants/oracle), on a generated workspace and after each of many random writes: recording,
 * approving, releasing, reversing, clawing back, approving corrections and returning entries.
 */
let db: Kysely<DB>;
let sqlite: Database.Database;
let people: Array<{ id: number; role: Role; who: AuditActor }>;

const all = async <T>(fetch: (offset: number) => Promise<{ rows: T[]; total: number }>): Promise<T[]> => {
  const rows: T[] = [];
  for (;;) {
    const page = await fetch(rows.length);
    rows.push(...page.rows);
    if (!page.rows.length || rows.length >= page.total) return rows;
  }
};
const page = (offset: number) => ({ offset, limit: 200 });

async function compareFund(fundId: number) {
  const expected = await oracleFundStatement(db, fundId);
  expect(await fundStatement(db, fundId)).toEqual(expected);
  const awards = await all((offset) => listAwards(db, awardListInput.parse({ fundId, page: page(offset) })));
  expect(awards).toEqual(await oracleListAwards(db, fundId));
  const ledger = await all((offset) => fundLedger(db, ledgerInput.parse({ fundId, page: page(offset) })));
  expect(ledger).toEqual(await oracleFundLedger(db, fundId));
}

const byKey = <T extends { kind: string; id: number }>(rows: T[]) => [...rows].sort((a, b) => a.kind.localeCompare(b.kind) || a.id - b.id);

async function compareQueue(viewers = people) {
  for (const person of viewers) {
    const expected = await oracleApprovalsQueue(db, person.id);
    const waiting: QueueRow[] = [
      ...(await all((offset) => approvalsQueue(db, person.id, approvalsInput.parse({ list: 'payments', page: page(offset) })))),
      ...(await all((offset) => approvalsQueue(db, person.id, approvalsInput.parse({ list: 'corrections', page: page(offset) })))),
    ];
    expect(waiting).toEqual(expected.waiting);
    const returned: ReturnedRow[] = await all((offset) => returnedToViewer(db, person.id, returnedInput.parse({ page: page(offset) })));
    expect(byKey(returned)).toEqual(byKey(expected.returnedToYou));
    expect(returned.map((r) => r.returnedOn)).toEqual(expected.returnedToYou.map((r) => r.returnedOn));
  }
}

/** A small seeded generator, so a failure replays. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)] };
}

beforeAll(async () => {
  const file = join(tempDir('grants-read-model-'), 'gm.sqlite');
  await generateGmScaleWorkspace(file, { seed: 5, scale: 0.002, log: () => {} });
  sqlite = new Database(file);
  configureConnection(sqlite, file);
  db = createKysely(sqlite);
  await migrateToLatest(db);
  const users = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role']).where('role', 'in', ['finance_officer', 'finance_approver']).orderBy('id').execute();
  people = users.map((u) => ({
    id: u.id,
    role: u.role as Role,
    who: { actor: { userId: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, sessionId: 0 }, requestId: `read-model-${u.id}`, channel: 'system' },
  }));
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

describe('grants read model against the ledger derivation', () => {
  it('every fund statement, awards list and ledger on a generated workspace equals the derivation, and the funds list pages them all', async () => {
    const funds = await db.selectFrom('funds').select('id').orderBy('code').execute();
    expect(funds.length).toBeGreaterThan(3);
    for (const fund of funds) await compareFund(fund.id);
    // The generated ledger has reversals and clawbacks, released and not.
    const kinds = await db.selectFrom('ledger_entries').select('entry_type').distinct().execute();
    expect(kinds.map((k) => k.entry_type).sort()).toEqual(['approval', 'clawback', 'payment', 'release', 'reversal']);
    const listed = await all((offset) => listFunds(db, fundListInput.parse({ page: { offset, limit: 3 } })));
    expect(listed.map((f) => f.id)).toEqual(funds.map((f) => f.id));
    for (const row of listed) {
      const { fund, ...statement } = await oracleFundStatement(db, row.id);
      expect(row.statement).toEqual(statement);
      expect(row).toMatchObject(fund);
    }
    await compareQueue();
  }, 120_000);

  it('after each random record, approval, release, reversal, clawback, correction approval and return, the queue and the statements still equal the derivation', async () => {
    const random = prng(20251203);
    const today = todayIso();
    const officers = people.filter((p) => p.role === 'finance_officer');
    const approvers = people.filter((p) => p.role === 'finance_approver');
    const anyone = () => random.pick(random.int(4) === 0 ? people : random.int(2) ? officers : approvers)!;
    const done: Record<string, number> = {};
    const waitingIds = async (kind: 'payment' | 'reversal' | 'clawback', stage?: 'pending_approval' | 'approved') => {
      let q = db.selectFrom('ledger_waiting').select('entry_id').where('kind', '=', kind);
      if (stage) q = q.where('stage', '=', stage);
      return (await q.execute()).map((r) => r.entry_id);
    };
    // Recent activity on a handful of awards, so corrections and returns meet waiting and released payments.
    // Active awards with money left to pay, so new payments fit.
    const awards = (
      await db
        .selectFrom('awards')
        .innerJoin('award_ledger_totals as t', 't.award_id', 'awards.id')
        .select('awards.id')
        .where('awards.status', '=', 'active')
        .whereRef('awards.amount_pence', '>', 't.recorded_pence')
        .orderBy('awards.id')
        .limit(12)
        .execute()
    ).map((a) => a.id);
    expect(awards.length).toBe(12);
    for (let step = 0; step < 160; step++) {
      const action = random.int(9);
      const who = anyone().who;
      let name: string;
      try {
        if (action <= 1) {
          const awardId = random.pick(awards)!;
          const detail = await getAward(db, awardId);
          const instalment = random.pick(detail.instalments)!;
          name = 'record';
          await recordPayment(db, who, { idempotencyKey: `read-model-${step}-key-000000`, instalmentId: instalment.id, amountPence: 1 + random.int(5_000), paymentDate: today, reference: `RM-${step}`, feePence: 0 });
        } else if (action === 2) {
          const id = random.pick(await waitingIds('payment', 'pending_approval'));
          if (id === undefined) continue;
          name = 'approve';
          await approvePayment(db, who, id, today);
        } else if (action === 3) {
          const id = random.pick(await waitingIds('payment', 'approved'));
          if (id === undefined) continue;
          name = 'release';
          await releasePayment(db, who, id, today);
        } else if (action === 4) {
          const payments = await db.selectFrom('ledger_entries').select('id').where('entry_type', '=', 'payment').where('award_id', 'in', awards).execute();
          const id = random.pick(payments)?.id;
          if (id === undefined) continue;
          name = 'reverse';
          await reversePayment(db, who, id, today, 'Read model check');
        } else if (action === 5) {
          name = 'clawback';
          await recordClawback(db, who, random.pick(awards)!, 1 + random.int(20_000), today, 'Read model check');
        } else if (action === 6) {
          const id = random.pick([...(await waitingIds('reversal')), ...(await waitingIds('clawback'))]);
          if (id === undefined) continue;
          name = 'approve correction';
          await approveCorrection(db, who, id, today);
        } else {
          const payment = random.int(2) === 0;
          const id = random.pick(payment ? await waitingIds('payment') : [...(await waitingIds('reversal')), ...(await waitingIds('clawback'))]);
          if (id === undefined) continue;
          name = payment ? 'return payment' : 'return correction';
          await returnEntry(db, who, { kind: payment ? 'payment' : 'correction', id, date: today, reason: 'Read model check' });
        }
        done[name] = (done[name] ?? 0) + 1;
      } catch (error) {
        // A refusal (recorder acting on their own entry, a closed payment, over the award…) writes nothing.
        if (!(error instanceof Error) || /SQLITE|no such/i.test(error.message)) throw error;
      }
      // The queue as the one who acted, and as the first officer and approver, sees it (each to their returns).
      await compareQueue([...new Set([people.find((p) => p.id === who.actor!.userId)!, officers[0]!, approvers[0]!])]);
      const fundOf = (await db.selectFrom('awards').select('fund_id').where('id', 'in', awards).execute()).map((a) => a.fund_id)[random.int(awards.length)];
      if (fundOf !== undefined) expect(await fundStatement(db, fundOf)).toEqual(await oracleFundStatement(db, fundOf));
    }
    for (const fundId of new Set((await db.selectFrom('awards').select('fund_id').where('id', 'in', awards).execute()).map((a) => a.fund_id))) await compareFund(fundId);
    // Every kind of write happened, so every trigger was exercised.
    for (const name of ['record', 'approve', 'release', 'reverse', 'clawback', 'approve correction', 'return payment', 'return correction']) expect(done[name] ?? 0, name).toBeGreaterThan(0);
  }, 300_000);
});
