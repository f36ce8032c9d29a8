import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { resolveSessionPolicy, type SessionPolicy } from '../identity/sessions';
import type { Channel } from '../trpc/context';
import { createChangeFeed, type ChangePage } from '../live/changes';
import type { ChangeSource } from '../live/types';
import { unavailableResponse, type BackupTake, type DatabaseService, type FromHost, type HostChannel, type HostHealth, type HostRole, type PlainRequest, type PlainResponse, type ToHost } from './protocol';

/**
 * A pool of database hosts for one workspace file: one writer that takes every mutation (tRPC sends
 * mutations only as POST, queries only as GET, and a batch never mixes them) and readers that take
 * the queries, each query going to the reader with the fewest requests in hand, so a long read never
 * stalls a short one. Each host has its own SQLite connection; write-ahead logging lets the readers
 * read beside the writer. A host that stops is replaced; the requests it held answer 503 (retry),
 * never hang. The hosts are worker threads in browser mode and Electron utility processes on the
 * desktop (`spawn`).
 */

export interface DatabasePoolOptions {
  file: string;
  channel: Channel;
  /** Reader hosts beside the writer (default 2). With 0 (or none open) the writer answers everything. */
  readers?: number;
  /** Let admins make verified backups for download (browser mode's workspace.backup). */
  backups?: boolean;
  /** Starts one host (default: a worker thread running host-entry). */
  spawn?: (role: HostRole) => HostChannel;
  /** Answer 503 when a host has not answered in this time (default: wait for it). */
  requestTimeoutMs?: number;
  /** Told when a host stops unexpectedly or cannot be replaced. */
  onHostError?: (message: string) => void;
  /**
   * After a write, once the writer has been quiet this long, the readers and then the writer bring
   * their caches up to date one at a time (core/host/warm.ts), so the next screen is served warm while
   * the other hosts keep answering. Default 200 ms; null turns warming off.
   */
  warmAfterWriteMs?: number | null;
  /**
   * The writer warms only after a longer quiet (default 2 s): while changes keep coming (a team at
   * work) it keeps taking them rather than spending half a second on a check a change would wait for.
   * Acknowledging a finding or generating a pack then reads a cold check only just after a change.
   */
  warmWriterAfterMs?: number;
  /** Idle and absolute session limits (default 30 minutes / 12 hours, DEFAULT_SESSION_POLICY). */
  sessionPolicy?: Partial<SessionPolicy>;
  /**
   * Live updates: besides looking for new audit entries after every POST, look every this many ms
   * (writes by another process on the same file). Default: only after POSTs.
   */
  changesPollMs?: number | null;
}

export interface DatabasePool extends DatabaseService {
  /** SQLite's online backup of the workspace into `path` (the desktop's File → Back up workspace). */
  backupTo(path: string): Promise<void>;
  /** The writer's view of the workspace for /readyz: migrations applied and pending, the audit head. */
  health(): Promise<HostHealth>;
  /** Requests each host holds now (tests and the bench). */
  load(): { writer: number; readers: number[] };
  /**
   * Live updates: after the writer answers each POST, the pool reads the audit entries after the last
   * id it announced (one look-up at a time) and announces them as a batch (core/live/).
   */
  changes: ChangeSource;
  /** Resolves when no change look-up is running or waiting (tests). */
  changesSettled(): Promise<void>;
  /** Resolves when no cache warming is waiting or running (tests and the bench). */
  warmed(): Promise<void>;
  /** Lets every host finish what it holds, then closes each connection (optimize, then close); the writer last, after a WAL checkpoint. */
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface Member {
  role: HostRole;
  channel: HostChannel;
  pending: Map<number, Pending>;
  ready: Promise<void>;
  gone: boolean;
  /** Became ready once: only such a host is replaced at once when it stops (no restart loop on a bad file). */
  opened: boolean;
  exited: Promise<void>;
}

export class HostUnavailableError extends Error {
  constructor(message = 'The database host stopped before it answered.') {
    super(message);
    this.name = 'HostUnavailableError';
  }
}

const requireHere = createRequire(__filename);

/** Where the built host entry lives beside the built main bundle (electron-vite: out/main). */
export const BUILT_HOST_ENTRY = 'database-host.js';

/**
 * A worker thread running host-entry: the built file beside the bundle, or the TypeScript source
 * loaded through tsx (development, `npm start` in browser mode, tests). Tests may pass another
 * TypeScript entry that wraps runDatabaseHost.
 */
export function workerThreadHost(sourceEntry?: string): HostChannel {
  const built = join(__dirname, BUILT_HOST_ENTRY);
  const fromSource = sourceEntry ?? (__filename.endsWith('.ts') || !existsSync(built) ? join(__dirname, 'host-entry.ts') : null);
  const worker = fromSource
    ? new Worker(`require(${JSON.stringify(requireHere.resolve('tsx/cjs'))}); require(${JSON.stringify(fromSource)});`, { eval: true })
    : new Worker(built);
  let exitListener: ((code: number | null) => void) | null = null;
  let exitCode: number | null | undefined;
  worker.on('error', (error) => console.error('[database host]', error));
  worker.once('exit', (code) => {
    exitCode = code;
    exitListener?.(code);
  });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit(listener) {
      if (exitCode !== undefined) listener(exitCode);
      else exitListener = listener;
    },
    kill: () => void worker.terminate(),
  };
}

export async function openDatabasePool(options: DatabasePoolOptions): Promise<DatabasePool> {
  const spawn = options.spawn ?? (() => workerThreadHost());
  const readerCount = options.readers ?? 2;
  const sessionPolicy = options.sessionPolicy ? resolveSessionPolicy(options.sessionPolicy) : null;
  const report = options.onHostError ?? ((message: string) => console.error(`[database host] ${message}`));
  let nextId = 1;
  let closing = false;
  let writer: Member;
  const readers: Member[] = [];

  /** Starts a host; it loads its code at once but opens the file only when `open` is posted. */
  function start(role: HostRole, openNow = true): Member {
    const channel = spawn(role);
    const pending = new Map<number, Pending>();
    let settleReady!: { resolve(): void; reject(error: Error): void };
    const ready = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }));
    ready.catch(() => undefined);
    let markExited!: () => void;
    const member: Member = { role, channel, pending, ready, gone: false, opened: false, exited: new Promise((resolve) => (markExited = resolve)) };
    channel.onMessage((message: FromHost) => {
      if (message.type === 'ready') {
        member.opened = true;
        settleReady.resolve();
      } else if (message.type === 'openFailed') {
        settleReady.reject(new HostUnavailableError(message.message)); // e.g. a network share, refused
      } else if (message.type === 'reply') {
        const entry = pending.get(message.id);
        if (!entry) return; // answered already (timed out)
        pending.delete(message.id);
        clearTimeout(entry.timer);
        if (message.ok) entry.resolve(message.value);
        else entry.reject(new Error(message.message));
      }
    });
    channel.onExit((code) => {
      member.gone = true;
      markExited();
      settleReady.reject(new HostUnavailableError(`The ${role} stopped while opening the workspace (exit code ${String(code)}).`));
      for (const [id, entry] of pending) {
        pending.delete(id);
        clearTimeout(entry.timer);
        entry.reject(new HostUnavailableError());
      }
      if (closing || !member.opened) return;
      report(`The ${role} stopped unexpectedly (exit code ${String(code)}); starting another.`);
      replace(member);
    });
    if (openNow) openHost(member);
    return member;
  }

  function openHost(member: Member): void {
    member.channel.post({
      type: 'open',
      file: options.file,
      role: member.role,
      channel: options.channel,
      backups: member.role === 'writer' && options.backups === true,
      ...(sessionPolicy ? { sessionPolicy } : {}),
    });
  }

  function replace(old: Member): Member {
    const fresh = start(old.role);
    if (old.role === 'writer') writer = fresh;
    else readers.splice(readers.indexOf(old), 1, fresh);
    fresh.ready.catch((error: unknown) => report(error instanceof Error ? error.message : String(error)));
    return fresh;
  }

  async function call(chosen: Member, message: (id: number) => ToHost): Promise<unknown> {
    // A replacement that could not open is tried again by the next request, not in a loop.
    const member = chosen.gone && !chosen.opened && !closing ? replace(chosen) : chosen;
    await member.ready;
    if (member.gone) throw new HostUnavailableError();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const entry: Pending = { resolve, reject };
      if (options.requestTimeoutMs !== undefined) {
        entry.timer = setTimeout(() => {
          member.pending.delete(id);
          reject(new HostUnavailableError('The database host did not answer in time.'));
        }, options.requestTimeoutMs);
      }
      member.pending.set(id, entry);
      member.channel.post(message(id));
    });
  }

  /** Queries to the least-busy reader; mutations (POST) and everything without readers to the writer. */
  function memberFor(request: PlainRequest): Member {
    if (request.method !== 'GET' || readers.length === 0) return writer;
    // Readers still starting (replacements) are passed over; with none open the writer answers reads too.
    const open = readers.filter((reader) => reader.opened && !reader.gone);
    if (open.length === 0) return writer;
    return open.reduce((best, reader) => (reader.pending.size < best.pending.size ? reader : best));
  }

  // Warming after writes: one host at a time, so the others keep answering. The readers (which serve
  // the screens) once the writer has been quiet `warmDelay`; the writer itself only after a longer
  // quiet, so that a change arriving meanwhile does not wait behind its warm-up.
  const warmDelay = options.warmAfterWriteMs === undefined ? 200 : options.warmAfterWriteMs;
  const writerDelay = Math.max(warmDelay ?? 0, options.warmWriterAfterMs ?? 2000);
  let readersTimer: NodeJS.Timeout | null = null;
  let writerTimer: NodeJS.Timeout | null = null;
  let warming: Promise<void> | null = null;

  function afterWrite(): void {
    if (warmDelay === null || closing) return;
    if (readersTimer) clearTimeout(readersTimer);
    if (writerTimer) clearTimeout(writerTimer);
    readersTimer = setTimeout(() => {
      readersTimer = null;
      warmInTurn(readers);
    }, warmDelay);
    writerTimer = setTimeout(() => {
      writerTimer = null;
      warmInTurn([writer]);
    }, writerDelay);
  }

  /** Queues warm-ups behind any running one: never two hosts warming at once. */
  function warmInTurn(members: readonly Member[]): void {
    const run = async () => {
      for (const member of members) {
        if (closing) return;
        if (!member.opened || member.gone) continue;
        await call(member, (id) => ({ type: 'warm', id })).catch(() => undefined); // a failed warm-up only means a cold first read
      }
    };
    const next: Promise<void> = (warming ?? Promise.resolve()).then(run).finally(() => {
      if (warming === next) warming = null;
    });
    warming = next;
  }

  // Every host loads its code at once; readers open the file only after the writer has migrated it.
  writer = start('writer');
  for (let i = 0; i < readerCount; i++) readers.push(start('reader', false));
  try {
    await writer.ready;
    for (const reader of readers) openHost(reader);
    await Promise.all(readers.map((reader) => reader.ready));
  } catch (error) {
    closing = true;
    for (const member of [writer, ...readers]) member.channel.kill();
    throw error;
  }

  // Live updates: the writer reads the audit log (it has seen every commit); announced after each POST.
  const feed = createChangeFeed((afterId, limit) => call(writer, (id) => ({ type: 'changesSince', id, afterId, limit })) as Promise<ChangePage | null>, {
    onError: (error) => {
      if (!(error instanceof HostUnavailableError)) report(`Live updates could not read the audit log: ${error instanceof Error ? error.message : String(error)}`);
    },
    pollMs: options.changesPollMs ?? null,
  });

  return {
    async handle(request): Promise<PlainResponse> {
      if (closing) return unavailableResponse(request);
      try {
        const member = memberFor(request);
        const response = (await call(member, (id) => ({ type: 'request', id, request }))) as PlainResponse;
        if (request.method === 'POST' && response.status < 400) afterWrite();
        // Even a refused POST may have written (a sign-in lock is logged), so look after every one.
        if (request.method === 'POST') feed.poke();
        return response;
      } catch (error) {
        if (!(error instanceof HostUnavailableError)) report(error instanceof Error ? error.message : String(error));
        return unavailableResponse(request);
      }
    },
    async takeBackup(backupId, authorization): Promise<BackupTake> {
      try {
        return (await call(writer, (id) => ({ type: 'takeBackup', id, backupId, authorization }))) as BackupTake;
      } catch (error) {
        if (!(error instanceof HostUnavailableError)) throw error;
        return { ok: false, status: 503, message: 'The workspace could not answer just now. Please try again.' };
      }
    },
    async backupTo(path) {
      await call(writer, (id) => ({ type: 'backupTo', id, path }));
    },
    async health() {
      if (closing) throw new HostUnavailableError('The workspace is closing.');
      return (await call(writer, (id) => ({ type: 'health', id }))) as HostHealth;
    },
    changes: feed,
    changesSettled: () => feed.settled(),
    load: () => ({ writer: writer.pending.size, readers: readers.map((reader) => reader.pending.size) }),
    async warmed() {
      while (readersTimer || writerTimer || warming) await (warming ?? new Promise((resolve) => setTimeout(resolve, 20)));
    },
    async close() {
      if (closing) return;
      closing = true;
      feed.close();
      if (readersTimer) clearTimeout(readersTimer);
      if (writerTimer) clearTimeout(writerTimer);
      const members = [writer, ...readers];
      const timer = setTimeout(() => members.forEach((member) => member.channel.kill()), 30_000);
      // Readers first, so the writer's closing checkpoint has no reader to wait for.
      for (const reader of readers) if (!reader.gone) reader.channel.post({ type: 'close' });
      await Promise.all(readers.map((reader) => reader.exited));
      if (!writer.gone) writer.channel.post({ type: 'close' });
      await writer.exited;
      clearTimeout(timer);
    },
  };
}
