// Composition root of the desktop shell: the only main-process file that
// imports `electron`. Everything it wires up lives in small modules that
// take Electron objects as arguments and are unit-tested with fakes.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, utilityProcess } from 'electron';
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILT_HOST_ENTRY } from '../../core/host/pool';
import { createLiveEndpoint } from '../../core/live/endpoint';
import { APP_FOLDER } from '../../core/workspace/default-location';
import { CONNECT_REQUESTED_CHANNEL, CONNECTION_CHANGED_CHANNEL } from '../shared/ipc-contract';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { findForbiddenSwitches } from './command-line-guard';
import { registerConnectionIpc, windowTitle } from './connection-ipc';
import { createDesktopConnections } from './desktop-connections';
import { buildMenuTemplate } from './menu-template';
import { installNavigationGuards } from './navigation-guard';
import { installNetworkBlock } from './network-policy';
import { installPermissionDenial } from './permissions';
import { claimSingleInstance } from './single-instance';
import { registerStreamIpc } from './stream-ipc';
import { registerTrpcIpc } from './trpc-ipc';
import { isTrustedIpcEvent } from './trusted-sender';
import { createMainWindowOptions } from './window-options';
import { createWorkspaceActions, defaultWorkspacePath } from './workspace-actions';
import { backUpDatabaseFile } from './workspace-backup';
import { createWorkspaceDialogs, type DialogApi } from './workspace-dialogs';
import { chooseStartupWorkspace, PREFERENCE_FILE, writeLastWorkspacePath } from './workspace-preference';

const logError = (context: string) => (error: unknown) => console.error(`[alignment-desk] ${context}:`, error);
const fileExists = (filePath: string) => access(filePath).then(() => true, () => false);

let mainWindow: BrowserWindow | null = null;

/** Where team-server requests go: an in-memory session of its own, without the page's network block. */
const TEAM_SERVER_PARTITION = 'alignment-desk-team-server';
const serverFetch = (input: string, init?: RequestInit) => session.fromPartition(TEAM_SERVER_PARTITION).fetch(input, init);

// The database lives in utility processes (database-host-process.ts); this process never opens SQLite.
// Connected to a team server, no local database is open at all (connection.ts).
const connections = createDesktopConnections({
  fork: () => utilityProcess.fork(path.join(__dirname, BUILT_HOST_ENTRY), [], { serviceName: 'Alignment Desk database' }),
  serverFetch,
  // Live updates for a local file: the pool announces each write's audit entries to open streams.
  live: (pool) => createLiveEndpoint({ changes: pool.changes, database: pool }),
  onChange(connection) {
    if (mainWindow === null) return;
    mainWindow.setTitle(windowTitle(mainWindow.webContents.getTitle(), connection));
    // The page drops its token and starts afresh: sessions belong to the file or the server.
    mainWindow.webContents.send(CONNECTION_CHANGED_CHANNEL, connection);
  },
  onError: logError,
});

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    createMainWindowOptions({ preloadPath: path.join(__dirname, '../preload/index.js'), isPackaged: app.isPackaged }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event, title) => {
    event.preventDefault();
    window.setTitle(windowTitle(title, connections.current()));
  });
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
    currentWorkspacePath: () => {
      const current = connections.current();
      return current?.kind === 'local' ? current.file : null;
    },
    connectedServer: () => {
      const current = connections.current();
      return current?.kind === 'server' ? current.url : null;
    },
    async switchWorkspace(filePath) {
      // Also ends a team-server connection; onChange tells the page to start afresh.
      await connections.openLocal(filePath);
      await writeLastWorkspacePath(preferenceFile, filePath).catch(logError('saving preferences'));
    },
    async backUpWorkspace(targetPath) {
      const backend = connections.currentBackend();
      if (backend?.backup === undefined) throw new Error('No workspace is open.');
      await backUpDatabaseFile({ backup: backend.backup }, targetPath);
    },
    fileExists,
  });
  const template = buildMenuTemplate(
    {
      newWorkspace: actions.newWorkspace,
      openWorkspace: actions.openWorkspace,
      connectToServer: () => mainWindow?.webContents.send(CONNECT_REQUESTED_CHANNEL),
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
    await connections.openLocal(startup);
  } catch (error) {
    if (startup === fallback) throw error;
    logError(`opening ${startup}`)(error);
    await connections.openLocal(fallback);
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
  registerTrpcIpc(ipcMain, { handle: connections.handle, isTrusted: isTrustedIpcEvent, onError: logError('tRPC over IPC') });
  registerStreamIpc(ipcMain, { stream: connections.stream, isTrusted: isTrustedIpcEvent, onError: logError('stream over IPC') });
  registerConnectionIpc(ipcMain, {
    current: () => connections.current(),
    connectToServer: (address) => connections.connectToServer(address),
    isTrusted: isTrustedIpcEvent,
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let workspaceClosed = false;
  app.on('will-quit', (event) => {
    if (workspaceClosed) return;
    event.preventDefault();
    void connections
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
