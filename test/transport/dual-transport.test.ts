import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../core/router';
import { createTrpcFetchHandler } from '../../core/transport/fetch-handler';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { registerTrpcIpc } from '../../electron/main/trpc-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createBridge } from '../../electron/preload/bridge';
import { TRPC_IPC_ENDPOINT } from '../../electron/shared/ipc-contract';
import { createIpcFetch } from '../../renderer/src/api/ipc-fetch';
import { createFakeIpc, TOP_FRAME } from '../electron/helpers/fake-ipc';
import { programmeInput } from '../helpers/programme-input';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

/**
 * The same procedures over both transports — HTTP on 127.0.0.1 and Electron IPC (through fakes that
 * structured-clone every message) — must give the same results and the same error codes.
 */
let ws: TestWorkspace;
let server: RunningServer;

type Client = ReturnType<typeof createTRPCClient<AppRouter>>;
const clients: Record<'http' | 'ipc', (token: string | null) => Client> = {
  http: (token) =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.url}trpc`, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })],
    }),
  ipc: (token) => {
    const ipc = createFakeIpc();
    registerTrpcIpc(ipc.ipcMain, { handle: createTrpcFetchHandler({ db: ws.db, channel: 'desktop', logError: () => {} }), isTrusted: isTrustedIpcEvent });
    return createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: TRPC_IPC_ENDPOINT,
          fetch: createIpcFetch(createBridge(ipc.rendererFor(TOP_FRAME))) as unknown as typeof fetch,
          headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
        }),
      ],
    });
  },
};

beforeAll(async () => {
  ws = await testWorkspace();
  await ws.actorFor('strategy_officer');
  await ws.actorFor('leader');
  server = await startHttpServer({ db: ws.db, port: 0, logError: () => {} });
});
afterAll(async () => {
  await server.close();
  await ws.close();
});

async function outcome(call: Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; code: string | undefined; fieldErrors: unknown }> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string; fieldErrors?: unknown } | undefined;
    return { ok: false, code: data?.code, fieldErrors: data?.fieldErrors ?? null };
  }
}

/** Runs one scenario on a transport; volatile values (tokens, ids, times) are normalised away. */
async function scenario(transport: 'http' | 'ipc', codePrefix: string) {
  const anonymous = clients[transport](null);
  const signIn = await anonymous.auth.signIn.mutate({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE });
  const strategy = clients[transport](signIn.token);
  const leaderSession = await anonymous.auth.signIn.mutate({ username: 'leader', passphrase: TEST_PASSPHRASE });
  const leader = clients[transport](leaderSession.token);

  const created = await strategy.programmes.create.mutate(programmeInput({ code: `${codePrefix}-1`, name: `${codePrefix} programme` }));
  const results = {
    me: await strategy.auth.me.query(),
    created: { ...created, id: 0, code: created.code.slice(codePrefix.length), name: created.name.slice(codePrefix.length), createdAt: '', updatedAt: '' },
    listed: (await strategy.programmes.list.query({ search: codePrefix })).rows.map((r) => ({ ...r, id: 0, updatedAt: '', code: r.code.slice(codePrefix.length), name: r.name.slice(codePrefix.length) })),
    wards: await leader.geography.wards.query(),
    noToken: await outcome(anonymous.programmes.list.query({})),
    badToken: await outcome(clients[transport]('x'.repeat(43)).programmes.list.query({})),
    leaderEdit: await outcome(leader.programmes.archive.mutate({ id: created.id, reason: 'no' })),
    invalid: await outcome(strategy.programmes.create.mutate(programmeInput({ code: `${codePrefix}-2`, name: '', startDate: '2026-02-30' }))),
    duplicate: await outcome(strategy.programmes.create.mutate(programmeInput({ code: `${codePrefix}-1` }))),
    missing: await outcome(strategy.programmes.get.query({ id: 999_999 })),
    stale: await outcome(strategy.programmes.update.mutate({ ...programmeInput({ code: `${codePrefix}-1` }), id: created.id, revision: 99 })),
    signInRefused: await outcome(anonymous.auth.signIn.mutate({ username: 'strategy-officer', passphrase: 'wrong passphrase' })),
  };
  return results;
}

describe('the same router over HTTP and over IPC', () => {
  it('gives the same results and error codes', async () => {
    const http = await scenario('http', 'H');
    const ipc = await scenario('ipc', 'I');
    // Normalise the transport-specific duplicate-code message, which names the code used.
    const normalise = (r: typeof http) => JSON.parse(JSON.stringify(r).replace(/\b[HI]-1\b/g, 'X-1')) as unknown;
    expect(normalise(ipc)).toEqual(normalise(http));

    expect(http.noToken).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    expect(http.badToken).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    expect(http.leaderEdit).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(http.invalid).toMatchObject({ ok: false, code: 'BAD_REQUEST', fieldErrors: { name: ['Enter a name'], startDate: ['Enter a real date, written YYYY-MM-DD'] } });
    expect(http.duplicate).toMatchObject({ ok: false, code: 'BAD_REQUEST', fieldErrors: { code: [expect.stringMatching(/already uses/)] } });
    expect(http.missing).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(http.stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(http.signInRefused).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    expect(http.created.fundingLines[0]!.amountPence).toBe(120_000_000);

    // Each transport is recorded as its own channel in the audit log.
    const channels = ws.sqlite.prepare("select distinct channel from audit_log where action = 'programme.create' order by channel").pluck().all();
    expect(channels).toEqual(['desktop', 'http']);
  });
});
