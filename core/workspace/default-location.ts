import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Alignment Desk';
export const WORKSPACE_FILE = 'workspace.sqlite';

/** The same per-user folder Electron uses for app.getPath('userData'), so both modes share a workspace. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER);
}

export function defaultWorkspacePath(): string {
  return join(defaultUserDataDir(), WORKSPACE_FILE);
}
