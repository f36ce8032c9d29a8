/**
 * Holds the open workspace and the tRPC handler bound to it, and swaps both
 * when the user opens another file. The new file is opened first; only when
 * that works does it replace the old one, whose in-flight requests are
 * allowed to finish before it is closed.
 */

export type FetchHandler = (request: Request) => Promise<Response>;

export interface ClosableWorkspace {
  close(): Promise<void>;
}

export interface WorkspaceSessionDeps<W extends ClosableWorkspace> {
  open(filePath: string): Promise<W>;
  createHandler(workspace: W): FetchHandler;
  /** Told when closing a retired workspace fails (the switch still counts). */
  readonly onError?: (error: unknown) => void;
}

export interface CurrentWorkspace<W> {
  readonly path: string;
  readonly workspace: W;
}

export interface WorkspaceSession<W> {
  switchTo(filePath: string): Promise<void>;
  /** Answers a request with the current workspace's handler (503 when none). */
  handle: FetchHandler;
  current(): CurrentWorkspace<W> | null;
  close(): Promise<void>;
}

interface Entry<W> extends CurrentWorkspace<W> {
  readonly handler: FetchHandler;
  readonly pending: Set<Promise<Response>>;
}

export function createWorkspaceSession<W extends ClosableWorkspace>(
  deps: WorkspaceSessionDeps<W>,
): WorkspaceSession<W> {
  let current: Entry<W> | null = null;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  // Switches and closing run one at a time, in the order they were asked for.
  function serial(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function retire(entry: Entry<W>): Promise<void> {
    await Promise.allSettled([...entry.pending]);
    try {
      await entry.workspace.close();
    } catch (error) {
      deps.onError?.(error);
    }
  }

  return {
    switchTo(filePath) {
      return serial(async () => {
        if (closed) throw new Error('The workspace session has been closed');
        if (current?.path === filePath) return;
        const workspace = await deps.open(filePath);
        const previous = current;
        current = { path: filePath, workspace, handler: deps.createHandler(workspace), pending: new Set() };
        if (previous !== null) await retire(previous);
      });
    },

    async handle(request) {
      await queue; // let a switch that is under way finish first
      const entry = current;
      if (entry === null) {
        return Response.json({ error: { message: 'No workspace is open.' } }, { status: 503 });
      }
      const answer = entry.handler(request);
      entry.pending.add(answer);
      try {
        return await answer;
      } finally {
        entry.pending.delete(answer);
      }
    },

    current() {
      return current === null ? null : { path: current.path, workspace: current.workspace };
    },

    close() {
      return serial(async () => {
        closed = true;
        const entry = current;
        current = null;
        if (entry !== null) await retire(entry);
      });
    },
  };
}
