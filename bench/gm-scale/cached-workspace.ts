/**
 * The generated workspace is cached on disk: a file this generator completed with the same seed,
 * scale and generator version is reused; an unfinished or different one is removed; any other file
 * is refused, never deleted.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { workspaceTables } from './content-hash';
import { GM_SCALE_GENERATOR_VERSION, SETTING_KEYS } from './scale';

export function countsOf(sqlite: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of workspaceTables(sqlite)) counts[table] = Number(sqlite.prepare(`select count(*) from "${table}"`).pluck().get());
  return counts;
}

export function removeWorkspaceFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/** The generator's settings in an existing file, or null when it is not a workspace this generator wrote. */
function readMarker(file: string): Record<string, string> | null {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const hasSettings = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'workspace_settings'").get();
    if (!hasSettings) return null;
    const rows = sqlite.prepare('select key, value from workspace_settings').all() as Array<{ key: string; value: string }>;
    const settings = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    return settings[SETTING_KEYS.generator] === undefined ? null : settings;
  } finally {
    sqlite.close();
  }
}

/** The row counts of a reusable cached workspace, or null after clearing the way for a new one. */
export function reuseOrClear(file: string, seed: number, scale: number, log: (line: string) => void): { counts: Record<string, number> } | null {
  if (!existsSync(file)) return null;
  if (statSync(file).size === 0) {
    removeWorkspaceFiles(file);
    return null;
  }
  const marker = readMarker(file);
  if (!marker) throw new Error(`${file} already exists and is not a GM-scale benchmark workspace: refusing to overwrite it`);
  const same = marker[SETTING_KEYS.generator] === GM_SCALE_GENERATOR_VERSION && marker[SETTING_KEYS.seed] === String(seed) && marker[SETTING_KEYS.scale] === String(scale) && marker[SETTING_KEYS.complete] === '1';
  if (same) {
    const sqlite = new Database(file, { fileMustExist: true });
    try {
      log(`gm-scale: reusing ${file} (seed ${seed}, scale ${scale})`);
      return { counts: countsOf(sqlite) };
    } finally {
      sqlite.close();
    }
  }
  log(`gm-scale: ${file} holds a different or unfinished benchmark workspace; regenerating`);
  removeWorkspaceFiles(file);
  return null;
}
