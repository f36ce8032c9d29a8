import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, chainHead } from '../../core/audit/service';
import { CHANGE_PAGE_LIMIT, changeSourceFromDb, createChangeFeed, readChanges, type ChangeFeed } from '../../core/live/changes';
import type { ChangeBatch } from '../../core/live/types';
import { awardInput, newKey, seedGrantsFixture } from '../helpers/grants-fixture';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let feed: ChangeFeed | null = null;
beforeEach(async () => {
  ws = await testWorkspace();
});
afterEach(async () => {
  feed?.close();
  feed = null;
  await ws.close();
});

const SYSTEM = { actor: null, requestId: 'live-test', channel: 'system' as const };

/** Appends `count` plain audit entries, each in its own transaction, as services do. */
async function writeEntries(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await ws.db.transaction().execute((trx) => appendAudit(trx, SYSTEM, { action: 'test.entry', entityType: 'test', entityId: i }));
}

function listen(source: ChangeFeed): ChangeBatch[] {
  const batches: ChangeBatch[] = [];
  source.subscribe((batch) => batches.push(batch));
  return batches;
}

describe('the change feed (live updates)', () => {
  it('announces what services write, in order, as audit changes with the new head', async () => {
    const fx = await seedGrantsFixture(ws);
    const finance = await ws.as('finance_officer');
    const approver = await ws.as('finance_approver');
    feed = changeSourceFromDb(ws.db);
    await feed.settled();
    const batches = listen(feed);

    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 40_000_00));
    feed.poke();
    const detail = await finance.grants.award({ id: award.id });
    const payment = await finance.grants.recordPayment({ idempotencyKey: newKey(), instalmentId: detail.instalments[0]!.id, amountPence: 20_000_00, paymentDate: '2025-06-30', reference: 'BACS-1' });
    feed.poke();
    await approver.grants.approvePayment({ paymentId: payment.paymentId, date: '2025-07-01' });
    feed.poke();
    await feed.settled();

    const changes = batches.flatMap((batch) => batch.changes);
    expect(changes).toEqual([
      { type: 'award', id: String(award.id), action: 'award.create' },
      { type: 'payment', id: String(payment.paymentId), action: 'payment.record' },
      { type: 'payment', id: String(payment.paymentId), action: 'payment.approve' },
    ]);
    // Batches follow each other; the last names the chain's head.
    const ids = batches.map((batch) => batch.auditId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const head = await chainHead(ws.db);
    expect(batches.at(-1)).toMatchObject({ auditId: head.entries, head: head.headHash });
  });

  it('announces nothing written before it opened, and nothing when nothing was written', async () => {
    await writeEntries(3);
    feed = changeSourceFromDb(ws.db);
    const batches = listen(feed);
    await feed.settled();
    feed.poke();
    await feed.settled();
    expect(batches).toEqual([]);
  });

  it('runs one look-up at a time and folds the pokes that arrive meanwhile into one more', async () => {
    let running = 0;
    let most = 0;
    let reads = 0;
    feed = createChangeFeed(async (after, limit) => {
      reads += 1;
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return readChanges(ws.db, after, limit);
    });
    await feed.settled();
    const batches = listen(feed);
    reads = 0;
    await writeEntries(5);
    for (let i = 0; i < 20; i++) feed.poke();
    await feed.settled();
    expect(most).toBe(1);
    expect(reads).toBe(2); // the first poke's look-up, then one for the 19 that came while it ran
    expect(batches.flatMap((batch) => batch.changes)).toHaveLength(5);
  });

  it('announces a burst larger than a page as consecutive pages, losing none', async () => {
    feed = changeSourceFromDb(ws.db);
    await feed.settled();
    const batches = listen(feed);
    const start = (await chainHead(ws.db)).entries;
    await writeEntries(CHANGE_PAGE_LIMIT * 2 + 7);
    feed.poke();
    await feed.settled();
    expect(batches.map((batch) => batch.changes.length)).toEqual([CHANGE_PAGE_LIMIT, CHANGE_PAGE_LIMIT, 7]);
    expect(batches.map((batch) => batch.auditId)).toEqual([start + CHANGE_PAGE_LIMIT, start + 2 * CHANGE_PAGE_LIMIT, start + 2 * CHANGE_PAGE_LIMIT + 7]);
    expect(batches.flatMap((batch) => batch.changes.map((change) => Number(change.id)))).toEqual([...Array(CHANGE_PAGE_LIMIT * 2 + 7).keys()]);
  });

  it('since() replays what followed an id, says null when that is too much or the id is unknown, and names the head', async () => {
    feed = changeSourceFromDb(ws.db);
    const before = (await chainHead(ws.db)).entries;
    await writeEntries(2);
    const replay = await feed.since(before);
    const head = await chainHead(ws.db);
    expect(replay).toEqual({
      auditId: head.entries,
      head: head.headHash,
      changes: [
        { type: 'test', id: '0', action: 'test.entry' },
        { type: 'test', id: '1', action: 'test.entry' },
      ],
    });
    expect(await feed.since(head.entries)).toEqual({ auditId: head.entries, head: head.headHash, changes: [] });
    expect(await feed.since(head.entries + 1)).toBeNull(); // another workspace's id
    await writeEntries(CHANGE_PAGE_LIMIT);
    expect((await feed.since(head.entries))?.changes).toHaveLength(CHANGE_PAGE_LIMIT);
    await writeEntries(1);
    expect(await feed.since(head.entries)).toBeNull(); // too many: refetch everything
  });
});
