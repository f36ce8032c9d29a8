import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openWorkspaceDatabase } from '../db/connection';
import { acquireWorkspaceLock, describeHolder, nodeLockEnvironment } from '../db/workspace-lock';
import { DEMO_PASSPHRASE, DEMO_USERS } from '../core/demo/data';
import { startHttpServer } from '../core/transport/http-server';
import { openDemoWorkspace, workspaceStatus } from '../core/workspace/service';
import { defaultWorkspacePath } from '../core/workspace/default-location';
import { openDatabasePool } from '../core/host/pool';
import { createLiveEndpoint } from '../core/live/endpoint';

export interface BrowserModeOptions {
  port: number;
  dbPath?: string | undefined;
  demo: boolean;
  /** Reader threads beside the writer thread (default 2). */
  readers?: number;
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
    } else if (arg === '--readers') {
      const readers = Number(argv[++i]);
      if (!Number.isInteger(readers) || readers < 0 || readers > 16) throw new Error(`--readers needs a number from 0 to 16, not "${argv[i] ?? ''}"`);
      options.readers = readers;
    } else if (arg === '--db') {
      const file = argv[++i];
      if (!file) throw new Error('--db needs a file path');
      options.dbPath = file;
    } else throw new Error(`Unknown option "${arg}". Options: --port N, --db FILE, --demo, --readers N`);
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
    // Set the file up first (migrations, demonstration data), then hand it to the pool of database
    // threads: this thread serves HTTP and never runs SQL (core/host/pool.ts).
    const setup = await openWorkspaceDatabase(file);
    let initialised: boolean;
    try {
      if (options.demo && !(await workspaceStatus(setup.db)).initialised) {
        await openDemoWorkspace(setup.db, { actor: null, requestId: 'serve --demo', channel: 'system' });
      }
      initialised = (await workspaceStatus(setup.db)).initialised;
    } finally {
      await setup.close();
    }
    // Admins back up from the app (no File menu here): verified copies made beside the writer, each downloaded once.
    const pool = await openDatabasePool({ file, channel: 'http', readers: options.readers ?? 2, backups: true });
    const staticDir = resolve(__dirname, '..', 'renderer', 'dist');
    // Live updates: the SSE stream of changes is served on this thread (core/live/endpoint.ts).
    const live = createLiveEndpoint({ changes: pool.changes, database: pool });
    const routes = [live.route];
    const server = await startHttpServer({ database: pool, port: options.port, staticDir, routes })
      .catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') throw error;
        console.log(`Port ${options.port} is in use; choosing a free one.`);
        return startHttpServer({ database: pool, port: 0, staticDir, routes });
      })
      .catch(async (error: unknown) => {
        live.close();
        await pool.close();
        throw error;
      });
    return { pool, server, live, initialised };
  })().catch((error: unknown) => {
    lock.release();
    throw error;
  });
  const { pool, server, live, initialised } = started;
  lock.setUrl(server.url);
  const lines = [`Alignment Desk is running at ${server.url}`, `Workspace file: ${file}`];
  if (!initialised) lines.push('First visit: choose "Open the demonstration workspace" or "Create an empty register".');
  lines.push(`Demonstration sign-in: ${DEMO_USERS.map((u) => u.username).join(', ')} — passphrase "${DEMO_PASSPHRASE}".`);
  // One write, so a reader never sees the address without the sign-in lines that follow it.
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = async () => {
    live.close(); // open streams would keep the server from closing
    await server.close();
    await pool.close(); // each thread finishes what it holds, optimizes and closes its connection
    lock.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return { server, pool, live, lock };
}
