import type { Kysely } from 'kysely';
import { createKysely, openConfiguredConnection, openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { createMigrator } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { chainHead } from '../audit/service';
import { WorkspaceBackups } from '../workspace/backup';
import { createRequestDispatcher } from './dispatcher';
import { nonBlockingToucher } from './session-touch';
import type { DatabaseService, FromHost, HostHealth, HostPort, HostRole, ToHost } from './protocol';
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

/** Migrations applied and pending, and the audit head: enough for a readiness check. */
export async function workspaceHealth(db: Kysely<DB>): Promise<HostHealth> {
  const known = await createMigrator(db).getMigrations();
  const applied = known.filter((migration) => migration.executedAt !== undefined).length;
  const head = await chainHead(db);
  return { migrations: applied, pendingMigrations: known.length - applied, auditHead: { id: head.entries, hash: head.headHash } };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function runDatabaseHost(port: HostPort): void {
  let workspace: Workspace | null = null;
  let backups: WorkspaceBackups | null = null;
  let service: DatabaseService | null = null;
  let role: HostRole = 'reader';
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
    role = message.role;
    try {
      workspace = message.role === 'writer' ? await openWorkspaceDatabase(message.file) : openWorkspaceReader(message.file);
      // Backups are made beside the writer's connection and streamed by the serving side.
      if (message.role === 'writer' && message.backups) backups = new WorkspaceBackups({ source: workspace.sqlite });
      service = createRequestDispatcher({
        db: workspace.db,
        channel: message.channel,
        backups: backups ?? undefined,
        sessionPolicy: message.sessionPolicy,
        touchSession: nonBlockingToucher(workspace.sqlite, workspace.db),
      });
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
      // The writer folds the write-ahead log back into the file, so a stopped server leaves one
      // self-contained file (backups of it, copies, restores) with an empty or no -wal beside it.
      if (role === 'writer' && workspace) {
        try {
          workspace.sqlite.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // A busy reader elsewhere only means SQLite checkpoints at its next opportunity.
        }
      }
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
      case 'health':
        track(message.id, () => workspaceHealth(workspace!.db));
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
