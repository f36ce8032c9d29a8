import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openWorkspaceDatabase } from '../db/connection';
import { acquireWorkspaceLock, describeHolder, nodeLockEnvironment } from '../db/workspace-lock';
import { DEMO_PASSPHRASE, DEMO_USERS } from '../core/demo/data';
import { startHttpServer } from '../core/transport/http-server';
import { openDemoWorkspace, workspaceStatus } from '../core/workspace/service';
import { WorkspaceBackups } from '../core/workspace/backup';
import { defaultWorkspacePath } from '../core/workspace/default-location';

export interface BrowserModeOptions {
  port: number;
  dbPath?: string | undefined;
  demo: boolean;
}

export function parseServeArgs(argv: readonly string[]): BrowserModeOptions {
  const options: BrowserModeOptions = { port: 4780, demo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--demo') options.demo = true;
    else if (arg === '--port') {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535, not "${argv[i] ?? ''}"`);
      options.port = port;
    } else if (arg === '--db') {
      const file = argv[++i];
      if (!file) throw new Error('--db needs a file path');
      options.dbPath = file;
    } else throw new Error(`Unknown option "${arg}". Options: --port N, --db FILE, --demo`);
  }
  return options;
}

/** Opens the workspace and serves the built renderer plus /trpc on 127.0.0.1. */
export async function runBrowserMode(options: BrowserModeOptions) {
  const file = resolve(options.dbPath ?? defaultWorkspacePath());
  mkdirSync(dirname(file), { recursive: true });
  // One server per workspace file: a second one says who has it and stops (db/workspace-lock.ts).
  const locked = acquireWorkspaceLock(file);
  if (!locked.ok) throw new Error(locked.message);
  const lock = locked.lock;
  process.once('exit', () => lock.release());
  if (locked.tookOverFrom) {
    console.log(`Took over the workspace lock left by ${describeHolder(locked.tookOverFrom, nodeLockEnvironment)}; that process is no longer running.`);
  }
  const started = await (async () => {
    const workspace = await openWorkspaceDatabase(file);
    if (options.demo && !(await workspaceStatus(workspace.db)).initialised) {
      await openDemoWorkspace(workspace.db, { actor: null, requestId: 'serve --demo', channel: 'system' });
    }
    const staticDir = resolve(__dirname, '..', 'renderer', 'dist');
    // Admins back up from the app (no File menu here): verified copies, each downloaded once.
    const backups = new WorkspaceBackups({ source: workspace.sqlite });
    process.once('exit', () => backups.close());
    const server = await startHttpServer({ db: workspace.db, port: options.port, staticDir, backups }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      console.log(`Port ${options.port} is in use; choosing a free one.`);
      return startHttpServer({ db: workspace.db, port: 0, staticDir, backups });
    });
    return { workspace, server };
  })().catch((error: unknown) => {
    lock.release();
    throw error;
  });
  const { workspace, server } = started;
  lock.setUrl(server.url);
  const status = await workspaceStatus(workspace.db);
  const lines = [`Alignment Desk is running at ${server.url}`, `Workspace file: ${file}`];
  if (!status.initialised) lines.push('First visit: choose "Open the demonstration workspace" or "Create an empty register".');
  lines.push(`Demonstration sign-in: ${DEMO_USERS.map((u) => u.username).join(', ')} — passphrase "${DEMO_PASSPHRASE}".`);
  // One write, so a reader never sees the address without the sign-in lines that follow it.
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = async () => {
    await server.close();
    await workspace.close();
    lock.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return { server, workspace, lock };
}
