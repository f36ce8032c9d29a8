import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  createWorkspaceActions,
  defaultWorkspacePath,
  type WorkspaceActionDeps,
  type WorkspaceDialogs,
} from '../../electron/main/workspace-actions';

describe('defaultWorkspacePath', () => {
  it('is workspace.sqlite in the user-data folder', () => {
    expect(defaultWorkspacePath('/home/officer/.config/Alignment Desk', path.posix)).toBe(
      '/home/officer/.config/Alignment Desk/workspace.sqlite',
    );
    expect(defaultWorkspacePath('C:\\Users\\officer\\AppData\\Roaming\\Alignment Desk', path.win32)).toBe(
      'C:\\Users\\officer\\AppData\\Roaming\\Alignment Desk\\workspace.sqlite',
    );
  });
});

describe('backupFileName', () => {
  it('stamps the UTC date and time to the minute', () => {
    expect(backupFileName(new Date('2026-11-25T22:10:59.999Z'))).toBe('alignment-desk-backup-2026-11-25T2210Z.sqlite');
    expect(backupFileName(new Date('2027-01-02T03:04:00Z'))).toBe('alignment-desk-backup-2027-01-02T0304Z.sqlite');
  });

  it('uses UTC even for a time given with an offset', () => {
    expect(backupFileName(new Date('2026-06-01T00:30:00+01:00'))).toBe('alignment-desk-backup-2026-05-31T2330Z.sqlite');
  });

  it('contains no characters Windows forbids in file names', () => {
    expect(backupFileName(new Date())).not.toMatch(/[<>:"/\\|?*]/);
  });
});

function setup(overrides: Partial<WorkspaceActionDeps> = {}, answers: Partial<Record<keyof WorkspaceDialogs, string | null>> = {}) {
  const dialogs = {
    chooseNewWorkspaceFile: vi.fn(async (_defaultPath: string) => answers.chooseNewWorkspaceFile ?? null),
    chooseExistingWorkspaceFile: vi.fn(async (_defaultPath: string) => answers.chooseExistingWorkspaceFile ?? null),
    chooseBackupFile: vi.fn(async (_defaultPath: string) => answers.chooseBackupFile ?? null),
    showError: vi.fn(async (_title: string, _message: string) => undefined),
  };
  const deps = {
    dialogs,
    documentsDir: '/home/officer/Documents',
    currentWorkspacePath: vi.fn(() => '/home/officer/.config/Alignment Desk/workspace.sqlite' as string | null),
    switchWorkspace: vi.fn(async (_filePath: string) => undefined),
    backUpWorkspace: vi.fn(async (_targetPath: string) => undefined),
    fileExists: vi.fn(async (_filePath: string) => false),
    now: () => new Date('2026-11-25T22:10:00Z'),
    pathApi: path.posix,
    ...overrides,
  };
  return { deps, dialogs, actions: createWorkspaceActions(deps) };
}

describe('newWorkspace', () => {
  it('creates the chosen file, adding .sqlite when missing', async () => {
    const { actions, deps, dialogs } = setup({}, { chooseNewWorkspaceFile: '/home/officer/Documents/Bolton 2027' });
    await expect(actions.newWorkspace()).resolves.toEqual({
      status: 'done',
      path: '/home/officer/Documents/Bolton 2027.sqlite',
    });
    expect(dialogs.chooseNewWorkspaceFile).toHaveBeenCalledWith('/home/officer/Documents/Alignment Desk workspace.sqlite');
    expect(deps.switchWorkspace).toHaveBeenCalledExactlyOnceWith('/home/officer/Documents/Bolton 2027.sqlite');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, deps } = setup();
    await expect(actions.newWorkspace()).resolves.toEqual({ status: 'cancelled' });
    expect(deps.switchWorkspace).not.toHaveBeenCalled();
  });

  it.each(['\\\\fileserver\\finance\\workspace.sqlite', '//fileserver/finance/workspace.sqlite'])(
    'refuses the network share %s with db/path-guard’s message',
    async (share) => {
      const { actions, deps, dialogs } = setup({}, { chooseNewWorkspaceFile: share });
      const result = await actions.newWorkspace();
      expect(result.status).toBe('refused');
      expect(result).toMatchObject({ message: expect.stringMatching(/network share/) });
      expect(dialogs.showError).toHaveBeenCalledOnce();
      expect(deps.switchWorkspace).not.toHaveBeenCalled();
    },
  );

  it('refuses to turn an existing file into a new workspace', async () => {
    const { actions, deps } = setup(
      { fileExists: vi.fn(async () => true) },
      { chooseNewWorkspaceFile: '/home/officer/Documents/old.sqlite' },
    );
    await expect(actions.newWorkspace()).resolves.toMatchObject({ status: 'refused' });
    expect(deps.switchWorkspace).not.toHaveBeenCalled();
  });

  it('refuses a relative path', async () => {
    const { actions, deps } = setup({}, { chooseNewWorkspaceFile: 'workspace.sqlite' });
    await expect(actions.newWorkspace()).resolves.toMatchObject({ status: 'refused' });
    expect(deps.switchWorkspace).not.toHaveBeenCalled();
  });

  it('reports a failure to open the new file', async () => {
    const { actions, dialogs } = setup(
      { switchWorkspace: vi.fn(async () => Promise.reject(new Error('disk full'))) },
      { chooseNewWorkspaceFile: '/home/officer/Documents/new.sqlite' },
    );
    await expect(actions.newWorkspace()).resolves.toEqual({ status: 'failed', message: 'disk full' });
    expect(dialogs.showError).toHaveBeenCalledWith('The workspace could not be created', 'disk full');
  });
});

describe('openWorkspace', () => {
  it('opens the chosen file, starting in the current workspace folder', async () => {
    const { actions, deps, dialogs } = setup({}, { chooseExistingWorkspaceFile: '/data/wigan.sqlite' });
    await expect(actions.openWorkspace()).resolves.toEqual({ status: 'done', path: '/data/wigan.sqlite' });
    expect(dialogs.chooseExistingWorkspaceFile).toHaveBeenCalledWith('/home/officer/.config/Alignment Desk');
    expect(deps.switchWorkspace).toHaveBeenCalledExactlyOnceWith('/data/wigan.sqlite');
  });

  it('refuses a network share', async () => {
    const { actions, deps } = setup({}, { chooseExistingWorkspaceFile: '\\\\server\\share\\wigan.sqlite' });
    await expect(actions.openWorkspace()).resolves.toMatchObject({ status: 'refused' });
    expect(deps.switchWorkspace).not.toHaveBeenCalled();
  });

  it('uses an injected path check when given one', async () => {
    const assertLocalPath = vi.fn(() => {
      throw new Error('not on this machine');
    });
    const { actions } = setup({ assertLocalPath }, { chooseExistingWorkspaceFile: '/mnt/nfs/w.sqlite' });
    await expect(actions.openWorkspace()).resolves.toEqual({ status: 'refused', message: 'not on this machine' });
    expect(assertLocalPath).toHaveBeenCalledWith('/mnt/nfs/w.sqlite');
  });
});

describe('backUpWorkspace', () => {
  it('suggests a timestamped name in Documents and writes the backup there', async () => {
    const { actions, deps, dialogs } = setup({}, { chooseBackupFile: '/home/officer/Documents/b.sqlite' });
    await expect(actions.backUpWorkspace()).resolves.toEqual({ status: 'done', path: '/home/officer/Documents/b.sqlite' });
    expect(dialogs.chooseBackupFile).toHaveBeenCalledWith(
      '/home/officer/Documents/alignment-desk-backup-2026-11-25T2210Z.sqlite',
    );
    expect(deps.backUpWorkspace).toHaveBeenCalledExactlyOnceWith('/home/officer/Documents/b.sqlite');
  });

  it('allows a backup onto a network share', async () => {
    const { actions, deps } = setup({}, { chooseBackupFile: '//fileserver/backups/b.sqlite' });
    await expect(actions.backUpWorkspace()).resolves.toMatchObject({ status: 'done' });
    expect(deps.backUpWorkspace).toHaveBeenCalledWith('//fileserver/backups/b.sqlite');
  });

  it('refuses to overwrite the open workspace itself', async () => {
    const { actions, deps } = setup({}, { chooseBackupFile: '/home/officer/.config/Alignment Desk/Workspace.SQLITE' });
    await expect(actions.backUpWorkspace()).resolves.toMatchObject({ status: 'refused' });
    expect(deps.backUpWorkspace).not.toHaveBeenCalled();
  });

  it('refuses when no workspace is open', async () => {
    const { actions, dialogs } = setup({ currentWorkspacePath: vi.fn(() => null) });
    await expect(actions.backUpWorkspace()).resolves.toMatchObject({ status: 'refused' });
    expect(dialogs.chooseBackupFile).not.toHaveBeenCalled();
  });

  it('while connected to a team server, says backups are made on the server', async () => {
    const { actions, dialogs, deps } = setup({ currentWorkspacePath: vi.fn(() => null), connectedServer: () => 'https://desk.example.gov.uk' });
    const result = await actions.backUpWorkspace();
    expect(result).toMatchObject({ status: 'refused', message: expect.stringContaining('connected to https://desk.example.gov.uk') });
    expect(dialogs.showError).toHaveBeenCalledWith('Back up on the team server', expect.stringMatching(/made on the server itself/));
    expect(dialogs.chooseBackupFile).not.toHaveBeenCalled();
    expect(deps.backUpWorkspace).not.toHaveBeenCalled();
  });

  it('reports a failed backup', async () => {
    const { actions } = setup(
      { backUpWorkspace: vi.fn(async () => Promise.reject(new Error('EACCES'))) },
      { chooseBackupFile: '/readonly/b.sqlite' },
    );
    await expect(actions.backUpWorkspace()).resolves.toEqual({ status: 'failed', message: 'EACCES' });
  });
});
