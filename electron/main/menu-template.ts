/**
 * The application menu as plain data, ready for `Menu.buildFromTemplate`.
 * Every command calls an injected action, so the menu itself holds no logic.
 */

export type MenuRole =
  | 'appMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools';

export interface MenuItemTemplate {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'separator';
  readonly accelerator?: string;
  readonly click?: () => void;
  readonly submenu?: MenuItemTemplate[];
}

export type MenuAction = () => void | Promise<unknown>;

export interface MenuActions {
  readonly newWorkspace: MenuAction;
  readonly openWorkspace: MenuAction;
  readonly connectToServer: MenuAction;
  readonly backUpWorkspace: MenuAction;
  readonly quit: MenuAction;
  readonly about: MenuAction;
}

export interface MenuTemplateOptions {
  /** `process.platform`; macOS gets its usual application menu first. */
  readonly platform: string;
  /** Adds a View menu with Reload and DevTools (unpackaged runs only). */
  readonly developerTools: boolean;
  /** Told when an action throws or rejects. */
  readonly onActionError?: (error: unknown) => void;
}

function runner(action: MenuAction, onError: (error: unknown) => void): () => void {
  return () => {
    try {
      const result = action();
      if (result !== undefined) Promise.resolve(result).catch(onError);
    } catch (error) {
      onError(error);
    }
  };
}

export function buildMenuTemplate(actions: MenuActions, options: MenuTemplateOptions): MenuItemTemplate[] {
  const onError = options.onActionError ?? (() => undefined);
  const run = (action: MenuAction) => runner(action, onError);
  const template: MenuItemTemplate[] = [];

  if (options.platform === 'darwin') template.push({ role: 'appMenu' });

  template.push({
    label: 'File',
    submenu: [
      { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: run(actions.newWorkspace) },
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+O', click: run(actions.openWorkspace) },
      { label: 'Connect to a team server…', click: run(actions.connectToServer) },
      { label: 'Back up workspace…', click: run(actions.backUpWorkspace) },
      { type: 'separator' },
      { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: run(actions.quit) },
    ],
  });

  // Without these roles, copy and paste shortcuts do nothing on macOS.
  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });

  if (options.developerTools) {
    template.push({ label: 'View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] });
  }

  template.push({
    label: 'Help',
    submenu: [{ label: 'About Alignment Desk', click: run(actions.about) }],
  });
  return template;
}
