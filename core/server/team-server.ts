import type Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { createKysely, openConfiguredConnection } from '../../db/connection';
import { createMigrator, migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { acquireWorkspaceLock, describeHolder, nodeLockEnvironment, type WorkspaceLock } from '../../db/workspace-lock';
import { openDatabasePool, type DatabasePool } from '../host/pool';
import { startHttpServer, type RunningServer } from '../transport/http-server';
import { cookieSessions } from '../transport/cookie-sessions';
import { createLiveEndpoint, type LiveEndpoint } from '../live/endpoint';
import { workspaceStatus } from '../workspace/service';
import { makeVerifiedBackup, preUpgradeBackupName, startBackupSchedule, type BackupSchedule, type MadeBackup } from './backups';
import type { TeamServerConfig } from './config';
import { healthRoute } from './health';
import { createLogger, requestLogger, type Logger } from './logger';
import { publicOrigins, teamPolicy } from './policy';

/**
 * The team server: one workspace file, locked, served to a council's network over HTTPS (or behind a
 * trusted reverse proxy) with the configured public addresses as the only accepted Host/Origin, JSON
 * logs, health checks, scheduled verified backups and a graceful shutdown.
 */

export interface TeamServerOptions {
  /** Default: JSON lines on stdout at config.logLevel. */
  logger?: Logger;
  /** The built renderer (default renderer/dist, which must exist); null serves the API only (tests). */
  staticDir?: string | null;
  /** How long shutdown lets in-flight requests finish (default 10 s). */
  closeTimeoutMs?: number;
}

export interface TeamServer {
  config: TeamServerConfig;
  logger: Logger;
  pool: DatabasePool;
  http: RunningServer;
  /** Where it listens, e.g. https://0.0.0.0:8443/ (users type the public URLs). */
  listenUrl: string;
  backups: BackupSchedule | null;
  /** Graceful shutdown: stop accepting, finish in-flight requests, checkpoint the WAL, close, release the lock. */
  stop(): Promise<void>;
}

export class TeamServerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamServerStartError';
  }
}

/** The built renderer shipped with this checkout. */
export const DEFAULT_STATIC_DIR = resolve(__dirname, '..', '..', 'renderer', 'dist');

function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new TeamServerStartError(`Could not read the TLS ${what} ${path}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied (the service account must be able to read it)' : (error as Error).message}.`);
  }
}

/**
 * If the workspace file needs migrations, a verified pre-upgrade backup is made first, then the
 * migrations run (here, before the pool opens, so the pool's writer finds nothing to do).
 */
async function prepareWorkspace(config: TeamServerConfig, logger: Logger): Promise<void> {
  if (!existsSync(config.workspace)) throw new TeamServerStartError(`The workspace file ${config.workspace} does not exist. ${SET_UP_FIRST}`);
  const sqlite = openConfiguredConnection(config.workspace, { fileMustExist: true });
  const db = createKysely(sqlite);
  try {
    await upgradeIfNeeded(config, logger, sqlite, db);
    // A team server never offers first-run set-up to its network: whoever got there first would
    // create the first administrator (or open the demonstration, whose passphrase is published).
    const status = await workspaceStatus(db);
    if (!status.initialised) throw new TeamServerStartError(`The workspace ${config.workspace} has not been set up yet. ${SET_UP_FIRST}`);
    if (status.kind === 'demo') logger.warn({ workspace: config.workspace }, 'This is the demonstration workspace: its sign-ins use a published passphrase. Do not use it for real work.');
  } finally {
    await db.destroy();
  }
}

const SET_UP_FIRST =
  'A team server only serves a workspace that already has its first administrator. Set one up on this computer first ' +
  '(npm run serve -- --db FILE, then open http://127.0.0.1:4780 and create the register), or copy a workspace file made with the desktop app; see docs/deploy.md.';

async function upgradeIfNeeded(config: TeamServerConfig, logger: Logger, sqlite: Database.Database, db: Kysely<DB>): Promise<void> {
  const known = await createMigrator(db).getMigrations();
  const done = known.filter((migration) => migration.executedAt !== undefined);
  const pending = known.length - done.length;
  if (pending === 0) return;
  let backup: MadeBackup | null = null;
  if (done.length > 0) {
    const from = done[done.length - 1]!.name;
    logger.info({ from, pending }, 'The workspace needs upgrading: making a verified pre-upgrade backup first');
    backup = await makeVerifiedBackup(config.backups.folder, preUpgradeBackupName(new Date(), from), (path) => sqlite.backup(path));
    logger.info({ file: backup.file, bytes: backup.bytes, auditEntries: backup.auditEntries, auditHead: backup.auditHead, ms: backup.ms }, 'Pre-upgrade backup made and verified');
  }
  const started = performance.now();
  await migrateToLatest(db);
  logger.info({ applied: pending, from: done.at(-1)?.name ?? null, to: known.at(-1)?.name ?? null, ms: Math.round(performance.now() - started), backup: backup?.file ?? null }, 'Workspace migrations applied');
}

export async function startTeamServer(config: TeamServerConfig, options: TeamServerOptions = {}): Promise<TeamServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const staticDir = options.staticDir === undefined ? DEFAULT_STATIC_DIR : options.staticDir;
  if (staticDir !== null && !existsSync(join(staticDir, 'index.html'))) {
    throw new TeamServerStartError(`The browser app has not been built (${staticDir} has no index.html). Run "npm run build:renderer" first, or start with "npm run server", which builds it.`);
  }
  const tls = config.tls ? { cert: readPem(config.tls.certFile, 'certificate', ), key: readPem(config.tls.keyFile, 'private key') } : undefined;

  const locked = acquireWorkspaceLock(config.workspace);
  if (!locked.ok) throw new TeamServerStartError(locked.message);
  const lock: WorkspaceLock = locked.lock;
  if (locked.tookOverFrom) logger.warn({ previous: describeHolder(locked.tookOverFrom, nodeLockEnvironment) }, 'Took over a workspace lock left by a process that is no longer running');

  let pool: DatabasePool | null = null;
  let http: RunningServer | null = null;
  let live: LiveEndpoint | null = null;
  try {
    await prepareWorkspace(config, logger);
    pool = await openDatabasePool({
      file: config.workspace,
      channel: 'http',
      readers: config.readers,
      backups: true,
      onHostError: (message) => logger.error({ component: 'database-host' }, message),
      sessionPolicy: config.sessions,
    });
    const open = pool;
    // Live updates (SSE) are served on this thread: each write's audit entries, announced by the pool.
    live = createLiveEndpoint({ changes: open.changes, database: open });
    const liveRoute = live.route;

    let draining = false;
    const health = healthRoute({
      health: () => open.health(),
      draining: () => draining,
      onNotReady: (reason, error) => logger.warn({ reason, error: error instanceof Error ? error.message : undefined }, 'Not ready'),
    });
    http = await startHttpServer({
      database: open,
      port: config.listen.port,
      host: config.listen.host,
      ...(tls ? { tls } : {}),
      staticDir: staticDir ?? undefined,
      policy: teamPolicy(config),
      // Browsers hold their session in an HttpOnly cookie (CSRF-checked); the desktop and scripts send a bearer token.
      sessions: cookieSessions({ secure: config.secureCookies, allowedOrigins: publicOrigins(config), absoluteHours: config.sessions.absoluteHours }),
      routes: [health, liveRoute],
      log: requestLogger(logger),
      closeTimeoutMs: options.closeTimeoutMs ?? 10_000,
    });
    const running = http;
    lock.setUrl(config.publicUrls[0] ?? running.url);

    const backups =
      config.backups.everyHours > 0
        ? startBackupSchedule({
            folder: config.backups.folder,
            everyHours: config.backups.everyHours,
            keep: config.backups.keep,
            copy: (path) => open.backupTo(path),
            onBackup: (made, removed) => logger.info({ file: made.file, bytes: made.bytes, auditEntries: made.auditEntries, auditHead: made.auditHead, ms: made.ms, removed }, 'Scheduled backup made and verified'),
            onFailure: (error) => logger.error({ error: error instanceof Error ? error.message : String(error) }, 'Scheduled backup failed; the previous backups are kept'),
          })
        : null;

    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        draining = true;
        logger.info('Shutting down: finishing requests in progress');
        await backups?.stop();
        live?.close(); // open streams end first, or they would hold the server's close open
        await running.close();
        await open.close(); // readers, then the writer: WAL checkpoint (TRUNCATE), optimize, close
        lock.release();
        logger.info('Stopped: the workspace file is closed and unlocked');
      })());

    logger.info(
      {
        urls: config.publicUrls,
        listen: running.url,
        tls: config.tls !== null,
        trustedProxies: config.behindProxy?.trustedProxies ?? [],
        workspace: config.workspace,
        readers: config.readers,
        backups: { folder: config.backups.folder, everyHours: config.backups.everyHours, keep: config.backups.keep },
        sessions: config.sessions,
        secureCookies: config.secureCookies,
      },
      `Alignment Desk team server is running at ${config.publicUrls.join(', ')}`,
    );
    return { config, logger, pool: open, http: running, listenUrl: running.url, backups, stop };
  } catch (error) {
    live?.close();
    await http?.close();
    await pool?.close();
    lock.release();
    throw error;
  }
}
