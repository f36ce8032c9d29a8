import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { awardInput, newKey, seedGrantsFixture } from '../helpers/grants-fixture';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let server: RunningServer;
beforeAll(async () => {
  ws = await testWorkspace();
  server = await startHttpServer({ db: ws.db, port: 0, logError: () => {} });
});
afterAll(async () => {
  await server.close();
  await ws.close();
});

describe('double submission over HTTP', () => {
  it('twenty identical payment submissions sent at once create exactly one payment', async () => {
    const fx = await seedGrantsFixture(ws);
    const finance = await ws.as('finance_officer');
    const award = await finance.grants.createAward(awardInput(fx.fundId, fx.partnerIds[0]!, 10_000_00, 1));
    const instalmentId = (await finance.grants.award({ id: award.id })).instalments[0]!.id;
    const signIn = await fetch(`${server.url}trpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'finance-officer', passphrase: TEST_PASSPHRASE }) });
    const token = ((await signIn.json()) as { result: { data: { token: string } } }).result.data.token;
    const body = JSON.stringify({ idempotencyKey: newKey(), instalmentId, amountPence: 2_500_00, paymentDate: '2025-06-30', reference: 'DOUBLE' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${server.url}trpc/grants.recordPayment`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })),
    );
    const results = await Promise.all(responses.map(async (r) => ({ status: r.status, data: ((await r.json()) as { result: { data: { paymentId: number; replayed: boolean } } }).result.data })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.data.paymentId)).size).toBe(1);
    expect(results.filter((r) => !r.data.replayed)).toHaveLength(1);
    expect(ws.sqlite.prepare("select count(*) from ledger_entries where entry_type = 'payment'").pluck().get()).toBe(1);
  });
});
