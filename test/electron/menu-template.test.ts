import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuItemTemplate } from '../../electron/main/menu-template';

function actions() {
  return {
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    connectToServer: vi.fn(),
    backUpWorkspace: vi.fn(),
    quit: vi.fn(),
    about: vi.fn(),
  } satisfies MenuActions;
}

function menu(template: MenuItemTemplate[], label: string): MenuItemTemplate[] {
  const found = template.find((item) => item.label === label);
  if (found?.submenu === undefined) throw new Error(`no ${label} menu`);
  return found.submenu;
}

function item(items: MenuItemTemplate[], label: string): MenuItemTemplate {
  const found = items.find((entry) => entry.label === label);
  if (found === undefined) throw new Error(`no ${label} item`);
  return found;
}

describe('buildMenuTemplate', () => {
  it('has File and Help with the agreed items, in order', () => {
    const template = buildMenuTemplate(actions(), { platform: 'win32', developerTools: false });
    expect(template.map((entry) => entry.label)).toEqual(['File', 'Edit', 'Help']);
    expect(menu(template, 'File').map((entry) => entry.label ?? entry.type)).toEqual([
      'New workspace…',
      'Open workspace…',
      'Connect to a team server…',
      'Back up workspace…',
      'separator',
      'Quit',
    ]);
    expect(menu(template, 'Help').map((entry) => entry.label)).toEqual(['About Alignment Desk']);
  });

  it('calls the injected action for each command', () => {
    const injected = actions();
    const template = buildMenuTemplate(injected, { platform: 'linux', developerTools: false });
    const file = menu(template, 'File');
    item(file, 'New workspace…').click?.();
    item(file, 'Open workspace…').click?.();
    item(file, 'Connect to a team server…').click?.();
    item(file, 'Back up workspace…').click?.();
    item(file, 'Quit').click?.();
    item(menu(template, 'Help'), 'About Alignment Desk').click?.();
    expect(injected.newWorkspace).toHaveBeenCalledOnce();
    expect(injected.openWorkspace).toHaveBeenCalledOnce();
    expect(injected.connectToServer).toHaveBeenCalledOnce();
    expect(injected.backUpWorkspace).toHaveBeenCalledOnce();
    expect(injected.quit).toHaveBeenCalledOnce();
    expect(injected.about).toHaveBeenCalledOnce();
  });

  it('routes a throwing or rejecting action to onActionError', async () => {
    const injected = actions();
    injected.openWorkspace.mockImplementation(() => {
      throw new Error('sync');
    });
    injected.backUpWorkspace.mockImplementation(() => Promise.reject(new Error('async')));
    const onActionError = vi.fn();
    const file = menu(buildMenuTemplate(injected, { platform: 'linux', developerTools: false, onActionError }), 'File');
    expect(() => item(file, 'Open workspace…').click?.()).not.toThrow();
    item(file, 'Back up workspace…').click?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onActionError.mock.calls.map(([error]) => (error as Error).message)).toEqual(['sync', 'async']);
  });

  it('gives macOS its application menu first', () => {
    const template = buildMenuTemplate(actions(), { platform: 'darwin', developerTools: false });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template.slice(1).map((entry) => entry.label)).toEqual(['File', 'Edit', 'Help']);
  });

  it('keeps the standard editing roles so copy and paste work', () => {
    const edit = menu(buildMenuTemplate(actions(), { platform: 'darwin', developerTools: false }), 'Edit');
    expect(edit.map((entry) => entry.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers DevTools only in developer runs', () => {
    const packaged = buildMenuTemplate(actions(), { platform: 'linux', developerTools: false });
    expect(JSON.stringify(packaged)).not.toContain('toggleDevTools');
    const dev = buildMenuTemplate(actions(), { platform: 'linux', developerTools: true });
    expect(menu(dev, 'View').map((entry) => entry.role)).toEqual(['reload', 'toggleDevTools']);
  });
});
