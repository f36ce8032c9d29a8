/**
 * One running copy per user: two copies writing one SQLite workspace would
 * fight over it. A second launch quits at once and the first copy brings its
 * window to the front instead.
 */

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function focusWindow(window: FocusableWindow | null | undefined): boolean {
  if (window === null || window === undefined || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}

/**
 * Returns true in the first copy (which carries on starting up) and false in
 * a second copy (which has already been told to quit).
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    focusWindow(getWindow());
  });
  return true;
}
