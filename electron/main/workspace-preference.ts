import { randomUUID } from 'node:crypto';
import { access, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isNetworkSharePath } from '../../db/path-guard';

/**
 * Remembers which workspace file was open last, in a small JSON file in the
 * user-data folder, so the next start opens the same one.
 */

export const PREFERENCE_FILE = 'desktop-preferences.json';

const preferenceSchema = z.object({ lastWorkspacePath: z.string().min(1).max(4096) });

export interface PreferenceFileSystem {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  writeFile(filePath: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  fileExists(filePath: string): Promise<boolean>;
}

export const nodePreferenceFileSystem: PreferenceFileSystem = {
  readFile,
  writeFile,
  rename,
  fileExists: (filePath) => access(filePath).then(
    () => true,
    () => false,
  ),
};

/** The remembered path, or null when there is none or it is unusable. */
export async function readLastWorkspacePath(
  preferenceFile: string,
  fs: PreferenceFileSystem = nodePreferenceFileSystem,
): Promise<string | null> {
  let raw: string;
  try {
    raw = await fs.readFile(preferenceFile, 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = preferenceSchema.safeParse(json);
  if (!parsed.success) return null;
  const remembered = parsed.data.lastWorkspacePath;
  if (!path.isAbsolute(remembered) || isNetworkSharePath(remembered)) return null;
  return remembered;
}

export async function writeLastWorkspacePath(
  preferenceFile: string,
  workspacePath: string,
  fs: PreferenceFileSystem = nodePreferenceFileSystem,
): Promise<void> {
  const temporary = `${preferenceFile}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify({ lastWorkspacePath: workspacePath }, null, 2)}\n`, 'utf8');
  await fs.rename(temporary, preferenceFile);
}

/**
 * The file to open at start-up: the remembered one if it still exists (a
 * missing file would otherwise be silently re-created empty), else the default.
 */
export async function chooseStartupWorkspace(
  preferenceFile: string,
  defaultPath: string,
  fs: PreferenceFileSystem = nodePreferenceFileSystem,
): Promise<string> {
  const remembered = await readLastWorkspacePath(preferenceFile, fs);
  if (remembered !== null && (await fs.fileExists(remembered))) return remembered;
  return defaultPath;
}
