import { createKysely, openConfiguredConnection, openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { WorkspaceBackups } from '../workspace/backup';
import { createRequestDispatcher } from './dispatcher';
import type { DatabaseService, FromHost, HostPort, ToHost } from './protocol';
import { warmCaches } from './warm';
import { readChanges } from '../live/changes';

/**
 * A database host: owns one better-sqlite3 connection to the workspace file and answers requests
 * that arrive on its message port. The same code runs in a worker thread (browser mode's pool) and
 * in an Electron utility process (the desktop); only the port differs (see host-entry.ts).
 *
 * The writer opens with migrations (openWorkspaceDatabase); readers open afterwards without them.
 * With write-ahead logging, readers see every committed write and never wait for the writer.
 */

/** A reader's connection: the same settings as the writer's, no migrations (the writer ran them). */
export function openWorkspaceReader(file: string): Workspace {
  const sqlite = openConfiguredConnection(file, { fileMustExist: true });
  const db = createKysely(sqlite);
  return {
    db,
    sqlite,
    file,
    async close() {
      sqlite.pragma('optimize');
      await db.destroy();
    },
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function runDatabaseHost(port: HostPort): void {
  let workspace: Workspace | null = null;
  let backups: WorkspaceBackups | null = null;
  let service: DatabaseService | null = null;
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;

  const post = (message: FromHost) => port.post(message);

  function track<T>(id: number, work: () => Promise<T>): void {
    const run = (async () => {
      try {
        if (!service || closing) throw new Error('The workspace is not open.');
        post({ type: 'reply', id, ok: true, value: await work() });
      } catch (error) {
        post({ type: 'reply', id, ok: false, message: messageOf(error) });
      }
    })();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  }

  async function open(message: Extract<ToHost, { type: 'open' }>): Promise<void> {
    try {
      workspace = message.role === 'writer' ? await openWorkspaceDatabase(message.file) : openWorkspaceReader(message.file);
      // Backups are made beside the writer's connection and streamed by the serving side.
      if (message.role === 'writer' && message.backups) backups = new WorkspaceBackups({ source: workspace.sqlite });
      service = createRequestDispatcher({ db: workspace.db, channel: message.channel, backups: backups ?? undefined });
      post({ type: 'ready' });
    } catch (error) {
      post({ type: 'openFailed', message: messageOf(error) });
      port.exit(1);
    }
  }

  async function close(): Promise<void> {
    closing = true;
    await Promise.allSettled([...inFlight]);
    backups?.close();
    try {
      await workspace?.close(); // PRAGMA optimize, then close the connection
    } finally {
      post({ type: 'closed' });
      port.exit(0);
    }
  }

  port.onMessage((message) => {
    switch (message.type) {
      case 'open':
        void open(message);
        return;
      case 'request':
        track(message.id, () => service!.handle(message.request));
        return;
      case 'takeBackup':
        track(message.id, () => service!.takeBackup(message.backupId, message.authorization));
        return;
      case 'backupTo':
        track(message.id, () => workspace!.sqlite.backup(message.path).then(() => null));
        return;
      case 'warm':
        track(message.id, () => warmCaches(workspace!.db));
        return;
      case 'changesSince':
        track(message.id, () => readChanges(workspace!.db, message.afterId, message.limit));
        return;
      case 'close':
        void close();
        return;
    }
  });
}
