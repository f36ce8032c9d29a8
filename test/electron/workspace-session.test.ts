import { describe, expect, it, vi } from 'vitest';
import { createWorkspaceSession } from '../../electron/main/workspace-session';

interface FakeWorkspace {
  file: string;
  closed: boolean;
  close(): Promise<void>;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup(openImpl?: (file: string) => Promise<FakeWorkspace>) {
  const opened: FakeWorkspace[] = [];
  const open = vi.fn(
    openImpl ??
      (async (file: string) => {
        const workspace: FakeWorkspace = {
          file,
          closed: false,
          async close() {
            workspace.closed = true;
          },
        };
        opened.push(workspace);
        return workspace;
      }),
  );
  const session = createWorkspaceSession<FakeWorkspace>({
    open,
    createHandler: (workspace) => async () => new Response(workspace.file),
  });
  return { session, open, opened };
}

const request = () => new Request('http://alignment-desk.ipc/trpc/x');

describe('createWorkspaceSession', () => {
  it('answers 503 before any workspace is open', async () => {
    const { session } = setup();
    const response = await session.handle(request());
    expect(response.status).toBe(503);
    expect(session.current()).toBeNull();
  });

  it('routes requests to the current workspace', async () => {
    const { session } = setup();
    await session.switchTo('/a.sqlite');
    expect(await (await session.handle(request())).text()).toBe('/a.sqlite');
    expect(session.current()?.path).toBe('/a.sqlite');
  });

  it('closes the old workspace after switching', async () => {
    const { session, opened } = setup();
    await session.switchTo('/a.sqlite');
    await session.switchTo('/b.sqlite');
    expect(opened.map((w) => [w.file, w.closed])).toEqual([
      ['/a.sqlite', true],
      ['/b.sqlite', false],
    ]);
    expect(await (await session.handle(request())).text()).toBe('/b.sqlite');
  });

  it('keeps serving the previous workspace if opening another one fails', async () => {
    let fail = false;
    const workspaces: FakeWorkspace[] = [];
    const { session } = setup(async (file) => {
      if (fail) throw new Error('locked');
      const workspace: FakeWorkspace = { file, closed: false, close: async () => undefined };
      workspaces.push(workspace);
      return workspace;
    });
    await session.switchTo('/a.sqlite');
    fail = true;
    await expect(session.switchTo('/b.sqlite')).rejects.toThrow('locked');
    expect(session.current()?.path).toBe('/a.sqlite');
    expect(await (await session.handle(request())).text()).toBe('/a.sqlite');
  });

  it('does not reopen the workspace that is already open', async () => {
    const { session, open } = setup();
    await session.switchTo('/a.sqlite');
    await session.switchTo('/a.sqlite');
    expect(open).toHaveBeenCalledOnce();
  });

  it('lets in-flight requests finish before closing the old workspace', async () => {
    const gate = deferred<void>();
    const events: string[] = [];
    const session = createWorkspaceSession<FakeWorkspace>({
      open: async (file) => ({
        file,
        closed: false,
        async close() {
          events.push(`close ${file}`);
        },
      }),
      createHandler: (workspace) => async () => {
        await gate.promise;
        events.push(`answer ${workspace.file}`);
        return new Response(workspace.file);
      },
    });
    await session.switchTo('/a.sqlite');
    const slow = session.handle(request());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const switching = session.switchTo('/b.sqlite');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
    gate.resolve();
    await switching;
    expect(await (await slow).text()).toBe('/a.sqlite');
    expect(events).toEqual(['answer /a.sqlite', 'close /a.sqlite']);
  });

  it('closes the workspace and refuses further switches', async () => {
    const { session, opened } = setup();
    await session.switchTo('/a.sqlite');
    await session.close();
    expect(opened[0]?.closed).toBe(true);
    expect(session.current()).toBeNull();
    await expect(session.switchTo('/b.sqlite')).rejects.toThrow(/closed/);
  });
});
