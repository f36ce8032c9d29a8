/**
 * The app needs no browser permission at all (camera, notifications,
 * clipboard reads, geolocation, USB, …), so every request and every check
 * is answered "no". Electron's own default would be "yes".
 */

export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export type PermissionCheckHandler = (webContents: unknown, permission: string) => boolean;

export type DevicePermissionHandler = (details: unknown) => boolean;

export interface PermissionSession {
  setPermissionRequestHandler(handler: PermissionRequestHandler): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler): void;
  setDevicePermissionHandler(handler: DevicePermissionHandler): void;
}

export const denyPermissionRequest: PermissionRequestHandler = (_webContents, _permission, callback) => {
  callback(false);
};

export const denyPermissionCheck: PermissionCheckHandler = () => false;

export const denyDevicePermission: DevicePermissionHandler = () => false;

export function installPermissionDenial(session: PermissionSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
}
