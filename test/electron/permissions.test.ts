import { describe, expect, it, vi } from 'vitest';
import {
  installPermissionDenial,
  type DevicePermissionHandler,
  type PermissionCheckHandler,
  type PermissionRequestHandler,
} from '../../electron/main/permissions';
import { BLOCKED_URL_PATTERNS, installNetworkBlock, type BeforeRequestListener } from '../../electron/main/network-policy';

const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'storage-access',
  'window-management',
  'unknown',
];

function fakeSession() {
  const handlers: {
    request?: PermissionRequestHandler;
    check?: PermissionCheckHandler;
    device?: DevicePermissionHandler;
  } = {};
  const session = {
    setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler) => (handlers.request = handler)),
    setPermissionCheckHandler: vi.fn((handler: PermissionCheckHandler) => (handlers.check = handler)),
    setDevicePermissionHandler: vi.fn((handler: DevicePermissionHandler) => (handlers.device = handler)),
  };
  installPermissionDenial(session);
  return { session, handlers };
}

describe('installPermissionDenial', () => {
  it('installs all three handlers once', () => {
    const { session } = fakeSession();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });

  it.each(PERMISSIONS)('denies a request for %s', (permission) => {
    const { handlers } = fakeSession();
    const callback = vi.fn();
    handlers.request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(PERMISSIONS)('answers a check for %s with false', (permission) => {
    const { handlers } = fakeSession();
    expect(handlers.check?.({}, permission)).toBe(false);
  });

  it('denies device access', () => {
    const { handlers } = fakeSession();
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://alignment-desk' })).toBe(false);
  });
});

describe('installNetworkBlock', () => {
  it('cancels every http(s), ws(s) and ftp request', () => {
    let listener: BeforeRequestListener | undefined;
    let filter: { urls: string[] } | undefined;
    const onBlocked = vi.fn();
    installNetworkBlock(
      {
        webRequest: {
          onBeforeRequest(givenFilter, givenListener) {
            filter = givenFilter;
            listener = givenListener;
          },
        },
      },
      onBlocked,
    );
    expect(filter?.urls).toEqual([...BLOCKED_URL_PATTERNS]);
    expect(filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    listener?.({ url: 'https://tracker.example/pixel.gif' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: true });
    expect(onBlocked).toHaveBeenCalledWith('https://tracker.example/pixel.gif');
  });
});
