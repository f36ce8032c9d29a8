import { describe, expect, it } from 'vitest';
import { createMainWindowOptions } from '../../electron/main/window-options';

describe('createMainWindowOptions', () => {
  const packaged = createMainWindowOptions({ preloadPath: '/app/out/preload/index.js', isPackaged: true });
  const dev = createMainWindowOptions({ preloadPath: '/repo/out/preload/index.js', isPackaged: false });

  it('isolates and sandboxes the renderer', () => {
    const prefs = packaged.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure extras off', () => {
    const prefs = packaged.webPreferences;
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the given preload script', () => {
    expect(packaged.webPreferences.preload).toBe('/app/out/preload/index.js');
    expect(dev.webPreferences.preload).toBe('/repo/out/preload/index.js');
  });

  it('offers DevTools only when not packaged', () => {
    expect(packaged.webPreferences.devTools).toBe(false);
    expect(dev.webPreferences.devTools).toBe(true);
  });

  it('waits for the first paint before showing the window', () => {
    expect(packaged.show).toBe(false);
    expect(packaged.title).toBe('Alignment Desk');
  });

  it('refuses an empty preload path', () => {
    expect(() => createMainWindowOptions({ preloadPath: ' ', isPackaged: true })).toThrow(/preload/);
  });
});
