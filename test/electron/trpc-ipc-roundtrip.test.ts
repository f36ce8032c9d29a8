import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { initTRPC, TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerTrpcIpc } from '../../electron/main/trpc-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createBridge } from '../../electron/preload/bridge';
import { TRPC_IPC_ENDPOINT } from '../../electron/shared/ipc-contract';
import { createIpcFetch } from '../../renderer/src/api/ipc-fetch';
import { createFakeIpc, TOP_FRAME } from './helpers/fake-ipc';

// A small router standing in for core's appRouter, served by the official
// fetch adapter exactly as core/transport/fetch-handler.ts does.
const t = initTRPC.context<{ token: string | null }>().create();
const router = t.router({
  whoAmI: t.procedure.query(({ ctx }) => ({ token: ctx.token })),
  add: t.procedure.input(z.object({ a: z.number(), b: z.number() })).mutation(({ input }) => input.a + input.b),
  secret: t.procedure.query(() => {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  }),
});

const handle = (request: Request) =>
  fetchRequestHandler({
    endpoint: '/trpc',
    req: request,
    router,
    createContext: () => ({ token: request.headers.get('authorization') }),
  });

function client() {
  const ipc = createFakeIpc();
  registerTrpcIpc(ipc.ipcMain, { handle, isTrusted: isTrustedIpcEvent });
  const bridge = createBridge(ipc.rendererFor(TOP_FRAME));
  return createTRPCClient<typeof router>({
    links: [
      httpBatchLink({
        url: TRPC_IPC_ENDPOINT,
        // The renderer's own fetch shim, so both halves of the contract are tested together.
        fetch: createIpcFetch(bridge) as unknown as typeof fetch,
        maxURLLength: 2048,
        headers: () => ({ authorization: 'Bearer tok-xyz' }),
      }),
    ],
  });
}

describe('tRPC over the fake IPC, end to end', () => {
  it('runs a query with the bearer token reaching the context', async () => {
    await expect(client().whoAmI.query()).resolves.toEqual({ token: 'Bearer tok-xyz' });
  });

  it('runs a mutation with a JSON body', async () => {
    await expect(client().add.mutate({ a: 2, b: 40 })).resolves.toBe(42);
  });

  it('batches parallel calls', async () => {
    const trpc = client();
    const [a, b] = await Promise.all([trpc.whoAmI.query(), trpc.whoAmI.query()]);
    expect(a).toEqual(b);
  });

  it('keeps tRPC error codes intact', async () => {
    const failure = await client().secret.query().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<typeof router>).data?.code).toBe('UNAUTHORIZED');
    expect((failure as Error).message).toBe('Sign in first');
  });

  it('keeps input validation errors intact', async () => {
    const failure = await client()
      .add.mutate({ a: 1, b: 'two' } as never)
      .catch((error: unknown) => error);
    expect((failure as TRPCClientError<typeof router>).data?.code).toBe('BAD_REQUEST');
  });
});
