import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBackupFile } from '../workspace/backup';

/**
 * The team server's own backups, into the configured folder: every `everyHours` a scheduled one, and
 * before migrations an automatic pre-upgrade one. Each is SQLite's online backup of the open
 * workspace, written under a `.partial` name, VERIFIED (core/workspace/backup.ts: integrity check and
 * audit chain) and only then given its final name — so every `.sqlite` file in the folder is a copy
 * that was checked. Retention keeps the newest `keep` scheduled backups; pre-upgrade backups are never
 * deleted by the server.
 */

export const SCHEDULED_PREFIX = 'alignment-desk-scheduled-';
export const PRE_UPGRADE_PREFIX = 'alignment-desk-pre-upgrade-';

/** `2026-03-02T14-05-09-123Z`: sortable, and safe in file names on Windows. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function scheduledBackupName(now: Date): string {
  return `${SCHEDULED_PREFIX}${fileStamp(now)}.sqlite`;
}

/** Names the migration level the copy was taken at, so it is plainly the one to restore if an upgrade goes wrong. */
export function preUpgradeBackupName(now: Date, fromMigration: string | null): string {
  return `${PRE_UPGRADE_PREFIX}${fileStamp(now)}${fromMigration ? `-at-${fromMigration.replace(/[^A-Za-z0-9_-]/g, '')}` : ''}.sqlite`;
}

export interface MadeBackup {
  file: string;
  bytes: number;
  auditEntries: number;
  auditHead: string;
  ms: number;
}

/** Makes one backup with `copy` (the online backup API) into `folder/name`, verified before it is named. */
export async function makeVerifiedBackup(folder: string, name: string, copy: (path: string) => Promise<unknown>): Promise<MadeBackup> {
  const started = performance.now();
  mkdirSync(folder, { recursive: true });
  const final = join(folder, name);
  const partial = `${final}.partial`;
  try {
    await copy(partial);
    const { auditEntries, auditHead } = await verifyBackupFile(partial);
    renameSync(partial, final);
    return { file: final, bytes: statSync(final).size, auditEntries, auditHead, ms: Math.round(performance.now() - started) };
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
}

/** Deletes all but the newest `keep` scheduled backups in `folder`; returns the paths deleted. */
export function pruneScheduledBackups(folder: string, keep: number): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const scheduled = names.filter((name) => name.startsWith(SCHEDULED_PREFIX) && name.endsWith('.sqlite')).sort();
  const doomed = scheduled.slice(0, Math.max(0, scheduled.length - keep)).map((name) => join(folder, name));
  for (const path of doomed) rmSync(path, { force: true });
  return doomed;
}

export interface BackupScheduleOptions {
  folder: string;
  everyHours: number;
  keep: number;
  copy: (path: string) => Promise<unknown>;
  onBackup: (made: MadeBackup, removed: string[]) => void;
  onFailure: (error: unknown) => void;
  now?: () => Date;
}

export interface BackupSchedule {
  /** Makes one scheduled backup now (and applies retention). */
  runNow(): Promise<MadeBackup>;
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
}

export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const now = options.now ?? (() => new Date());
  let running: Promise<MadeBackup> | null = null;
  let stopped = false;

  function runNow(): Promise<MadeBackup> {
    // One at a time: a slow backup is not overtaken by the next tick.
    running ??= (async () => {
      try {
        const made = await makeVerifiedBackup(options.folder, scheduledBackupName(now()), options.copy);
        options.onBackup(made, pruneScheduledBackups(options.folder, options.keep));
        return made;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const everyMs = options.everyHours * 3_600_000;
  const timer =
    everyMs > 0
      ? setInterval(() => {
          if (stopped || running) return;
          runNow().catch(options.onFailure);
        }, everyMs)
      : null;
  timer?.unref();

  return {
    runNow,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
