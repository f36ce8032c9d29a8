import path from 'node:path';
import { assertLocalDatabasePath } from '../../db/path-guard';
import { WORKSPACE_FILE } from '../../core/workspace/default-location';

/**
 * What the File menu's workspace commands do, with every effect injected:
 * dialogs, opening a workspace, making a backup, checking for files.
 */

export const WORKSPACE_EXTENSION = '.sqlite';

export type PathApi = Pick<path.PlatformPath, 'join' | 'dirname' | 'extname' | 'isAbsolute' | 'resolve'>;

/** `<userData>/workspace.sqlite`, the workspace used until the user picks another. */
export function defaultWorkspacePath(userDataDir: string, pathApi: PathApi = path): string {
  return pathApi.join(userDataDir, WORKSPACE_FILE);
}

/** e.g. `alignment-desk-backup-2026-11-25T2210Z.sqlite` (UTC, minute precision). */
export function backupFileName(now: Date): string {
  const iso = now.toISOString();
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  return `alignment-desk-backup-${stamp}${WORKSPACE_EXTENSION}`;
}

export interface WorkspaceDialogs {
  chooseNewWorkspaceFile(defaultPath: string): Promise<string | null>;
  chooseExistingWorkspaceFile(defaultPath: string): Promise<string | null>;
  chooseBackupFile(defaultPath: string): Promise<string | null>;
  showError(title: string, message: string): Promise<void> | void;
}

export interface WorkspaceActionDeps {
  readonly dialogs: WorkspaceDialogs;
  /** Folder the dialogs start in, e.g. `app.getPath('documents')`. */
  readonly documentsDir: string;
  currentWorkspacePath(): string | null;
  /** The team server the window is connected to, if any (backups are then the server's job). */
  readonly connectedServer?: () => string | null;
  /** Opens the file (creating it if new) and makes it the current workspace. */
  switchWorkspace(filePath: string): Promise<void>;
  /** Writes a consistent copy of the current workspace to `targetPath`. */
  backUpWorkspace(targetPath: string): Promise<void>;
  fileExists(filePath: string): Promise<boolean>;
  readonly now?: () => Date;
  /** Throws for network shares; defaults to `assertLocalDatabasePath` from db/. */
  readonly assertLocalPath?: (filePath: string) => void;
  readonly pathApi?: PathApi;
}

export type WorkspaceActionResult =
  | { readonly status: 'done'; readonly path: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

export interface WorkspaceActions {
  newWorkspace(): Promise<WorkspaceActionResult>;
  openWorkspace(): Promise<WorkspaceActionResult>;
  backUpWorkspace(): Promise<WorkspaceActionResult>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createWorkspaceActions(deps: WorkspaceActionDeps): WorkspaceActions {
  const pathApi = deps.pathApi ?? path;
  const assertLocal = deps.assertLocalPath ?? assertLocalDatabasePath;
  const now = deps.now ?? (() => new Date());

  const withExtension = (filePath: string) =>
    pathApi.extname(filePath) === '' ? `${filePath}${WORKSPACE_EXTENSION}` : filePath;

  async function refuse(title: string, message: string): Promise<WorkspaceActionResult> {
    await deps.dialogs.showError(title, message);
    return { status: 'refused', message };
  }

  async function fail(title: string, error: unknown): Promise<WorkspaceActionResult> {
    const message = messageOf(error);
    await deps.dialogs.showError(title, message);
    return { status: 'failed', message };
  }

  /** Null when the path may hold a live workspace, else the reason it may not. */
  function localPathProblem(filePath: string): string | null {
    try {
      assertLocal(filePath);
    } catch (error) {
      return messageOf(error);
    }
    return pathApi.isAbsolute(filePath) ? null : `"${filePath}" is not a full path to a file.`;
  }

  async function switchTo(filePath: string, failTitle: string): Promise<WorkspaceActionResult> {
    try {
      await deps.switchWorkspace(filePath);
      return { status: 'done', path: filePath };
    } catch (error) {
      return fail(failTitle, error);
    }
  }

  const startFolder = () => {
    const current = deps.currentWorkspacePath();
    return current === null ? deps.documentsDir : pathApi.dirname(current);
  };

  return {
    async newWorkspace() {
      const chosen = await deps.dialogs.chooseNewWorkspaceFile(
        pathApi.join(deps.documentsDir, `Alignment Desk workspace${WORKSPACE_EXTENSION}`),
      );
      if (chosen === null) return { status: 'cancelled' };
      const filePath = withExtension(chosen);
      const problem = localPathProblem(filePath);
      if (problem !== null) return refuse('A workspace cannot be created there', problem);
      if (await deps.fileExists(filePath)) {
        return refuse(
          'That file already exists',
          `"${filePath}" already exists. Use "Open workspace…" to open it, or choose a new name.`,
        );
      }
      return switchTo(filePath, 'The workspace could not be created');
    },

    async openWorkspace() {
      const chosen = await deps.dialogs.chooseExistingWorkspaceFile(startFolder());
      if (chosen === null) return { status: 'cancelled' };
      const problem = localPathProblem(chosen);
      if (problem !== null) return refuse('That workspace cannot be opened', problem);
      return switchTo(chosen, 'The workspace could not be opened');
    },

    async backUpWorkspace() {
      const server = deps.connectedServer?.() ?? null;
      if (server !== null) {
        return refuse('Back up on the team server', `This window is connected to ${server}. Backups of a team server are made on the server itself; ask its administrator.`);
      }
      const current = deps.currentWorkspacePath();
      if (current === null) return refuse('Nothing to back up', 'No workspace is open.');
      const chosen = await deps.dialogs.chooseBackupFile(pathApi.join(deps.documentsDir, backupFileName(now())));
      if (chosen === null) return { status: 'cancelled' };
      const target = withExtension(chosen);
      // A backup may go to a network share, but never over the live file.
      if (pathApi.resolve(target).toLowerCase() === pathApi.resolve(current).toLowerCase()) {
        return refuse('Choose another file', 'A backup cannot overwrite the open workspace itself.');
      }
      try {
        await deps.backUpWorkspace(target);
        return { status: 'done', path: target };
      } catch (error) {
        return fail('The backup could not be written', error);
      }
    },
  };
}
