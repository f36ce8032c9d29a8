import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';

/**
 * Writes a consistent copy of the open workspace with SQLite's online backup
 * (better-sqlite3's `db.backup`). The copy goes to a temporary file next to
 * the target and is renamed into place only when complete, so a failed backup
 * never leaves a half-written file under the chosen name.
 */

export interface BackupSource {
  backup(destination: string): Promise<unknown>;
}

export interface BackupFileSystem {
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

const nodeFileSystem: BackupFileSystem = { rename, rm };

export async function backUpDatabaseFile(
  source: BackupSource,
  targetPath: string,
  fs: BackupFileSystem = nodeFileSystem,
): Promise<void> {
  const partial = `${targetPath}.${randomUUID()}.partial`;
  try {
    await source.backup(partial);
    await fs.rename(partial, targetPath);
  } catch (error) {
    await fs.rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}
