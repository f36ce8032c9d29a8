// Composition root of the desktop shell: the only main-process file that
// imports `electron`. Everything it wires up lives in small modules that
// take Electron objects as arguments and are unit-tested with fakes.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, utilityProcess } from 'electron';
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILT_HOST_ENTRY } from '../../core/host/pool';
import { APP_FOLDER } from '../../core/workspace/default-location';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { findForbiddenSwitches } from './command-line-guard';
import { buildMenuTemplate } from './menu-template';
import { installNavigationGuards } from './navigation-guard';
import { installNetworkBlock } from './network-policy';
import { installPermissionDenial } from './permissions';
import { claimSingleInstance } from './single-instance';
import { registerTrpcIpc } from './trpc-ipc';
import { isTrustedIpcEvent } from './trusted-sender';
import { createMainWindowOptions } from './window-options';
import { createWorkspaceActions, defaultWorkspacePath } from './workspace-actions';
import { backUpDatabaseFile } from './workspace-backup';
import { createWorkspaceDialogs, type DialogApi } from './workspace-dialogs';
import { openHostedWorkspace, type HostedWorkspace } from './database-host-process';
import { chooseStartupWorkspace, PREFERENCE_FILE, writeLastWorkspacePath } from './workspace-preference';
import { createWorkspaceSession } from './workspace-session';

const logError = (context: string) => (error: unknown) => console.error(`[alignment-desk] ${context}:`, error);
const fileExists = (filePath: string) => access(filePath).then(() => true, () => false);

let mainWindow: BrowserWindow | null = null;

// The database lives in utility processes (database-host-process.ts); this process never opens SQLite.
const workspaces = createWorkspaceSession<HostedWorkspace>({
  open: (file) =>
    openHostedWorkspace(file, {
      fork: () => utilityProcess.fork(path.join(__dirname, BUILT_HOST_ENTRY), [], { serviceName: 'Alignment Desk database' }),
      onHostError: logError('database process'),
    }),
  createHandler: (workspace) => workspace.handle,
  onError: logError('closing a workspace'),
});

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    createMainWindowOptions({ preloadPath: path.join(__dirname, '../preload/index.js'), isPackaged: app.isPackaged }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL).catch(logError('loading the window'));
  mainWindow = window;
  return window;
}

/** Electron's dialogs, modal to the main window when there is one. */
const dialogApi: DialogApi = {
  showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
  showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
  showMessageBox: (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
};

function installApplicationMenu(preferenceFile: string): void {
  const actions = createWorkspaceActions({
    dialogs: createWorkspaceDialogs(dialogApi),
    documentsDir: app.getPath('documents'),
    currentWorkspacePath: () => workspaces.current()?.path ?? null,
    async switchWorkspace(filePath) {
      await workspaces.switchTo(filePath);
      await writeLastWorkspacePath(preferenceFile, filePath).catch(logError('saving preferences'));
      // Sessions live in the workspace file, so the page starts afresh.
      mainWindow?.webContents.reload();
    },
    async backUpWorkspace(targetPath) {
      const current = workspaces.current();
      if (current === null) throw new Error('No workspace is open.');
      await backUpDatabaseFile(current.workspace, targetPath);
    },
    fileExists,
  });
  const template = buildMenuTemplate(
    {
      newWorkspace: actions.newWorkspace,
      openWorkspace: actions.openWorkspace,
      backUpWorkspace: actions.backUpWorkspace,
      quit: () => app.quit(),
      about: () => app.showAboutPanel(),
    },
    { platform: process.platform, developerTools: !app.isPackaged, onActionError: logError('menu action') },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function onReady(): Promise<void> {
  const defaultSession = session.defaultSession;
  installPermissionDenial(defaultSession);
  installNetworkBlock(defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: path.join(__dirname, '../renderer'), readFile: (file) => readFile(file) }),
  );

  const userData = app.getPath('userData');
  await mkdir(userData, { recursive: true });
  const preferenceFile = path.join(userData, PREFERENCE_FILE);
  const fallback = defaultWorkspacePath(userData);
  const startup = await chooseStartupWorkspace(preferenceFile, fallback);
  try {
    await workspaces.switchTo(startup);
  } catch (error) {
    if (startup === fallback) throw error;
    logError(`opening ${startup}`)(error);
    await workspaces.switchTo(fallback);
  }

  app.setAboutPanelOptions({ applicationName: 'Alignment Desk', applicationVersion: app.getVersion() });
  installApplicationMenu(preferenceFile);
  createMainWindow();
  app.on('activate', () => {
    if (mainWindow === null) createMainWindow();
  });
}

function start(): void {
  // Use the same per-user folder as the browser mode (core/workspace/default-location.ts).
  app.setName(APP_FOLDER);
  app.setPath('userData', path.join(app.getPath('appData'), APP_FOLDER));
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES.map((entry) => ({ ...entry, privileges: { ...entry.privileges } })));

  if (!claimSingleInstance(app, () => mainWindow)) return;

  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuards(contents, {
      openExternal: (url) => shell.openExternal(url),
      onBlocked: (kind, url) => console.warn(`[alignment-desk] blocked ${kind}: ${url}`),
    });
  });
  registerTrpcIpc(ipcMain, { handle: workspaces.handle, isTrusted: isTrustedIpcEvent, onError: logError('tRPC over IPC') });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let workspaceClosed = false;
  app.on('will-quit', (event) => {
    if (workspaceClosed) return;
    event.preventDefault();
    void workspaces
      .close()
      .catch(logError('closing the workspace'))
      .finally(() => {
        workspaceClosed = true;
        app.quit();
      });
  });

  app.whenReady().then(onReady).catch((error: unknown) => {
    logError('start-up')(error);
    dialog.showErrorBox('Alignment Desk could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

const forbidden = app.isPackaged ? findForbiddenSwitches(process.argv.slice(1), process.platform) : [];
if (forbidden.length > 0) {
  console.error(`[alignment-desk] refusing to start with ${forbidden.map((name) => `--${name}`).join(', ')}`);
  app.exit(1);
} else {
  start();
}
