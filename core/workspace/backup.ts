import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { createKysely } from '../../db/connection';
import { TRPCError } from '@trpc/server';
import { appendAudit, chainHead, verifyAuditChain } from '../audit/service';
import type { Actor, Context } from '../trpc/context';

/**
 * Backups made from inside the app (browser mode has no File menu): SQLite's online backup of the
 * open workspace into a temporary file, VERIFIED before it is offered — opened read-only, `PRAGMA
 * integrity_check` must say ok and the audit hash chain must verify — then held for one download.
 * Nothing here knows about Electron or HTTP; the server streams the file.
 */

/** What SQLite's online backup needs: better-sqlite3's `Database#backup`. */
export interface BackupSource {
  backup(destination: string): Promise<unknown>;
}

export interface VerifiedBackup {
  /** One-time download id (unguessable). */
  id: string;
  fileName: string;
  bytes: number;
  sha256: string;
  integrity: 'ok';
  auditEntries: number;
  auditHead: string;
  /** The admin who asked for it; only they may download it. */
  userId: number;
  expiresAt: number;
}

export class BackupVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupVerificationError';
  }
}

/** `alignment-desk-backup-2026-03-02.sqlite`. */
export function backupDownloadName(now: Date): string {
  return `alignment-desk-backup-${now.toISOString().slice(0, 10)}.sqlite`;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const requireHere = createRequire(__filename);

/**
 * `PRAGMA integrity_check` reads every page: seconds for a Greater Manchester–sized workspace. It runs
 * in a worker thread on its own read-only connection, so the server keeps answering meanwhile.
 */
export function integrityCheckOffThread(file: string): Promise<string> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    try { parentPort.postMessage(String(db.pragma('integrity_check', { simple: true }))); } finally { db.close(); }
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { file, driver: requireHere.resolve('better-sqlite3') } });
    let answer: string | null = null;
    worker.once('message', (message: string) => (answer = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (answer !== null ? resolve(answer) : reject(new Error(`The integrity check stopped (exit code ${code})`))));
  });
}

/**
 * Checks a backup copy on its own: makes it a single self-contained file (rollback journal, so no
 * `-wal`/`-shm` is needed beside it), then opens it read-only and runs the integrity check and the
 * audit-chain verification. Throws BackupVerificationError naming what failed.
 */
export async function verifyBackupFile(file: string): Promise<{ auditEntries: number; auditHead: string }> {
  const writable = new Database(file, { fileMustExist: true });
  try {
    writable.pragma('journal_mode = DELETE');
  } finally {
    writable.close();
  }
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  const db = createKysely(copy);
  try {
    const integrity = await integrityCheckOffThread(file).catch((error: unknown) => {
      throw new BackupVerificationError(`The copy could not be checked (${error instanceof Error ? error.message : String(error)})`);
    });
    if (integrity !== 'ok') throw new BackupVerificationError(`The copy failed SQLite's integrity check (${String(integrity)})`);
    const verdict = await verifyAuditChain(db);
    if (!verdict.ok) throw new BackupVerificationError(`The audit chain in the copy does not verify (${JSON.stringify(verdict)})`);
    const head = await chainHead(db);
    return { auditEntries: head.entries, auditHead: head.headHash };
  } finally {
    await db.destroy();
  }
}

export interface WorkspaceBackupsOptions {
  source: BackupSource;
  /** Folder for the temporary copies (default: a new folder under the system temp folder). */
  directory?: string;
  /** How long an offered backup waits for its download before it is deleted (default 10 minutes). */
  ttlMs?: number;
  now?: () => Date;
}

/** Makes verified backups and holds each for one download by the admin who asked for it. */
export class WorkspaceBackups {
  readonly #source: BackupSource;
  readonly #ttlMs: number;
  readonly #now: () => Date;
  readonly #pending = new Map<string, { backup: VerifiedBackup; path: string; timer: NodeJS.Timeout }>();
  #directory: string | null;

  constructor(options: WorkspaceBackupsOptions) {
    this.#source = options.source;
    this.#ttlMs = options.ttlMs ?? 10 * 60 * 1000;
    this.#now = options.now ?? (() => new Date());
    this.#directory = options.directory ?? null;
  }

  #folder(): string {
    this.#directory ??= mkdtempSync(join(tmpdir(), 'alignment-desk-backup-'));
    return this.#directory;
  }

  async create(userId: number): Promise<VerifiedBackup> {
    const id = randomBytes(24).toString('base64url');
    const path = join(this.#folder(), `${id}.sqlite`);
    try {
      await this.#source.backup(path);
      const { auditEntries, auditHead } = await verifyBackupFile(path);
      const backup: VerifiedBackup = {
        id,
        fileName: backupDownloadName(this.#now()),
        bytes: statSync(path).size,
        sha256: await sha256Of(path),
        integrity: 'ok',
        auditEntries,
        auditHead,
        userId,
        expiresAt: this.#now().getTime() + this.#ttlMs,
      };
      const timer = setTimeout(() => this.discard(id), this.#ttlMs);
      timer.unref();
      this.#pending.set(id, { backup, path, timer });
      return backup;
    } catch (error) {
      rmSync(path, { force: true });
      rmSync(`${path}-journal`, { force: true });
      throw error;
    }
  }

  /**
   * Hands the file over once: removes it from the offer and returns its path, or null when the id is
   * unknown, expired or someone else's. The caller deletes the file when it has been sent (`discardFile`).
   */
  take(id: string, userId: number): { backup: VerifiedBackup; path: string } | null {
    const entry = this.#pending.get(id);
    if (!entry || entry.backup.userId !== userId) return null;
    clearTimeout(entry.timer);
    this.#pending.delete(id);
    if (entry.backup.expiresAt <= this.#now().getTime()) {
      rmSync(entry.path, { force: true });
      return null;
    }
    return { backup: entry.backup, path: entry.path };
  }

  discard(id: string): void {
    const entry = this.#pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.#pending.delete(id);
    rmSync(entry.path, { force: true });
  }

  discardFile(path: string): void {
    rmSync(path, { force: true });
  }

  /** Deletes every copy not yet downloaded (on shutdown). */
  close(): void {
    for (const id of [...this.#pending.keys()]) this.discard(id);
    if (this.#directory) rmSync(this.#directory, { recursive: true, force: true });
  }
}

export interface BackupOffer {
  downloadPath: string;
  fileName: string;
  bytes: number;
  sha256: string;
  integrity: 'ok';
  auditEntries: number;
  auditHead: string;
  expiresAt: string;
}

/** workspace.backup: make and verify a copy, audit it (head and SHA-256), and offer it for one download. */
export async function offerVerifiedBackup(ctx: Context & { actor: Actor }): Promise<BackupOffer> {
  if (!ctx.backups) {
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'Backups are made here in browser mode only. In the desktop app, use File → Back up workspace.' });
  }
  let backup: VerifiedBackup;
  try {
    backup = await ctx.backups.create(ctx.actor.userId);
  } catch (error) {
    if (error instanceof BackupVerificationError) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `The backup was not offered. ${error.message}. Check the workspace with Audit log → Verify chain.`, cause: error });
    }
    throw error;
  }
  const summary = { fileName: backup.fileName, bytes: backup.bytes, sha256: backup.sha256, integrity: backup.integrity, auditEntries: backup.auditEntries, auditHead: backup.auditHead };
  try {
    await ctx.db.transaction().execute((trx) => appendAudit(trx, ctx, { action: 'workspace.backup', entityType: 'workspace', entityId: null, after: summary }));
  } catch (error) {
    ctx.backups.discard(backup.id);
    throw error;
  }
  return { ...summary, downloadPath: `/backup/${backup.id}`, expiresAt: new Date(backup.expiresAt).toISOString() };
}
