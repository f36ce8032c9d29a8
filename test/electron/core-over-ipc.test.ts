import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHostedWorkspace, type HostedWorkspace } from '../../electron/main/database-host-process';
import { registerTrpcIpc } from '../../electron/main/trpc-ipc';
import { isTrustedIpcEvent } from '../../electron/main/trusted-sender';
import { createWorkspaceSession } from '../../electron/main/workspace-session';
import { createBridge } from '../../electron/preload/bridge';
import { TRPC_IPC_ENDPOINT } from '../../electron/shared/ipc-contract';
import { createFakeIpc, TOP_FRAME } from './helpers/fake-ipc';
import { liveUtilityProcess } from './helpers/fake-utility-process';

// The real wiring of electron/main/index.ts minus Electron itself: a workspace
// file served by the database host (behind a fake utility process boundary),
// the desktop's request forwarding, and the IPC bridge in between.

let dir: string;
let session: ReturnType<typeof createWorkspaceSession<HostedWorkspace>>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'alignment-desk-core-ipc-'));
  session = createWorkspaceSession<HostedWorkspace>({
    open: (file) => openHostedWorkspace(file, { fork: liveUtilityProcess }),
    createHandler: (workspace) => workspace.handle,
  });
});

afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

function bridge() {
  const ipc = createFakeIpc();
  registerTrpcIpc(ipc.ipcMain, { handle: session.handle, isTrusted: isTrustedIpcEvent });
  return createBridge(ipc.rendererFor(TOP_FRAME));
}

describe('core fetch handler behind the IPC bridge', () => {
  it('answers with a tRPC error envelope from a real workspace file', async () => {
    await session.switchTo(path.join(dir, 'workspace.sqlite'));
    const reply = await bridge().trpcFetch({
      url: `${TRPC_IPC_ENDPOINT}/no.such.procedure`,
      method: 'GET',
      headers: { authorization: 'Bearer not-a-real-token' },
      body: null,
    });
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/application\/json/);
    const payload = JSON.parse(reply.body) as { error?: { data?: { code?: string } } };
    expect(payload.error?.data?.code).toBe('NOT_FOUND');
  });

  it('refuses a workspace on a network share before opening anything', async () => {
    await expect(session.switchTo('//fileserver/finance/workspace.sqlite')).rejects.toThrow(/network share/);
    expect(session.current()).toBeNull();
  });
});
