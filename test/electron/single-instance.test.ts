import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, focusWindow, type FocusableWindow } from '../../electron/main/single-instance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: 'second-instance', listener: () => void) => {
      listeners.set(event, listener);
    }),
  };
}

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  const window = {
    isDestroyed: vi.fn(() => state.destroyed ?? false),
    isMinimized: vi.fn(() => state.minimized ?? false),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  } satisfies FocusableWindow;
  return window;
}

describe('claimSingleInstance', () => {
  it('lets the first copy carry on and listens for later launches', () => {
    const app = fakeApp(true);
    expect(claimSingleInstance(app, () => null)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.on).toHaveBeenCalledWith('second-instance', expect.any(Function));
  });

  it('makes a second copy quit without listening for anything', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('brings the first copy to the front when another launch happens', () => {
    const app = fakeApp(true);
    const window = fakeWindow({ minimized: true });
    claimSingleInstance(app, () => window);
    app.listeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('copes with a second launch before any window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => app.listeners.get('second-instance')?.()).not.toThrow();
  });
});

describe('focusWindow', () => {
  it('does not restore a window that is not minimised', () => {
    const window = fakeWindow();
    expect(focusWindow(window)).toBe(true);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('leaves a destroyed window alone', () => {
    const window = fakeWindow({ destroyed: true });
    expect(focusWindow(window)).toBe(false);
    expect(window.focus).not.toHaveBeenCalled();
  });
});
