import { describe, expect, it, vi } from 'vitest';
import { createWorkspaceDialogs, type DialogApi } from '../../electron/main/workspace-dialogs';

function fakeDialog(save: { canceled: boolean; filePath?: string }, open: { canceled: boolean; filePaths: string[] }) {
  return {
    showSaveDialog: vi.fn(async () => save),
    showOpenDialog: vi.fn(async () => open),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
  } satisfies DialogApi;
}

describe('createWorkspaceDialogs', () => {
  it('returns the chosen paths', async () => {
    const api = fakeDialog({ canceled: false, filePath: '/d/new.sqlite' }, { canceled: false, filePaths: ['/d/old.sqlite'] });
    const dialogs = createWorkspaceDialogs(api);
    await expect(dialogs.chooseNewWorkspaceFile('/d/x.sqlite')).resolves.toBe('/d/new.sqlite');
    await expect(dialogs.chooseBackupFile('/d/b.sqlite')).resolves.toBe('/d/new.sqlite');
    await expect(dialogs.chooseExistingWorkspaceFile('/d')).resolves.toBe('/d/old.sqlite');
    expect(api.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/d/x.sqlite' }));
    expect(api.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/d', properties: ['openFile'] }));
  });

  it('returns null when cancelled or empty', async () => {
    const dialogs = createWorkspaceDialogs(fakeDialog({ canceled: true, filePath: '/d/x' }, { canceled: true, filePaths: ['/d/y'] }));
    await expect(dialogs.chooseNewWorkspaceFile('/d/x.sqlite')).resolves.toBeNull();
    await expect(dialogs.chooseExistingWorkspaceFile('/d')).resolves.toBeNull();
    const empty = createWorkspaceDialogs(fakeDialog({ canceled: false, filePath: '' }, { canceled: false, filePaths: [] }));
    await expect(empty.chooseBackupFile('/d/b.sqlite')).resolves.toBeNull();
    await expect(empty.chooseExistingWorkspaceFile('/d')).resolves.toBeNull();
  });

  it('shows errors as an error message box', async () => {
    const api = fakeDialog({ canceled: true }, { canceled: true, filePaths: [] });
    await createWorkspaceDialogs(api).showError('That workspace cannot be opened', 'It is on a network share.');
    expect(api.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', title: 'That workspace cannot be opened', detail: 'It is on a network share.' }),
    );
  });
});
