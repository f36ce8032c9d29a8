import type { WorkspaceDialogs } from './workspace-actions';

/**
 * Turns Electron's `dialog` calls into the small questions the workspace
 * actions ask. `index.ts` binds the calls to the main window.
 */

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogApi {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    buttonLabel: string;
    filters: FileFilter[];
    properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    defaultPath: string;
    buttonLabel: string;
    filters: FileFilter[];
    properties: Array<'openFile'>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(options: {
    type: 'error';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
  }): Promise<unknown>;
}

export const WORKSPACE_FILTERS: FileFilter[] = [
  { name: 'Alignment Desk workspace', extensions: ['sqlite'] },
  { name: 'All files', extensions: ['*'] },
];

function chosenPath(result: { canceled: boolean; filePath?: string }): string | null {
  if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
  return result.filePath;
}

export function createWorkspaceDialogs(dialog: DialogApi): WorkspaceDialogs {
  return {
    async chooseNewWorkspaceFile(defaultPath) {
      return chosenPath(
        await dialog.showSaveDialog({
          title: 'New workspace',
          defaultPath,
          buttonLabel: 'Create workspace',
          filters: WORKSPACE_FILTERS,
          properties: ['createDirectory'],
        }),
      );
    },
    async chooseExistingWorkspaceFile(defaultPath) {
      const result = await dialog.showOpenDialog({
        title: 'Open workspace',
        defaultPath,
        buttonLabel: 'Open workspace',
        filters: WORKSPACE_FILTERS,
        properties: ['openFile'],
      });
      const [first] = result.filePaths;
      return result.canceled || first === undefined ? null : first;
    },
    async chooseBackupFile(defaultPath) {
      return chosenPath(
        await dialog.showSaveDialog({
          title: 'Back up workspace',
          defaultPath,
          buttonLabel: 'Save backup',
          filters: WORKSPACE_FILTERS,
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        }),
      );
    },
    async showError(title, message) {
      await dialog.showMessageBox({ type: 'error', title, message: title, detail: message, buttons: ['OK'] });
    },
  };
}
