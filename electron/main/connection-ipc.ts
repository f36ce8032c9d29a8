import type { ConnectResult, DesktopConnection } from '../preload/bridge-types';
import { CONNECT_CHANNEL, CONNECTION_CHANNEL, IPC_LIMITS } from '../shared/ipc-contract';
import { REFUSED_UNTRUSTED_SENDER } from './trpc-ipc';
import type { IpcSenderEvent } from './trusted-sender';
import { NOT_AN_ADDRESS } from './server-address';

/**
 * The renderer's side of File → Connect to a team server…: it asks which
 * connection is current, and sends the address the user typed. The address is
 * checked again here (server-address.ts) before anything is fetched.
 */

export interface ConnectionIpcMain<Event extends IpcSenderEvent> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface ConnectionIpcOptions<Event extends IpcSenderEvent> {
  current(): DesktopConnection | null;
  connectToServer(address: string): Promise<ConnectResult>;
  isTrusted(event: Event): boolean;
}

export function registerConnectionIpc<Event extends IpcSenderEvent>(ipcMain: ConnectionIpcMain<Event>, options: ConnectionIpcOptions<Event>): () => void {
  ipcMain.handle(CONNECTION_CHANNEL, async (event) => {
    if (!options.isTrusted(event)) throw new Error(REFUSED_UNTRUSTED_SENDER);
    return options.current();
  });
  ipcMain.handle(CONNECT_CHANNEL, async (event, address): Promise<ConnectResult> => {
    if (!options.isTrusted(event)) throw new Error(REFUSED_UNTRUSTED_SENDER);
    if (typeof address !== 'string' || address.length > IPC_LIMITS.maxServerAddressLength) return { ok: false, message: NOT_AN_ADDRESS };
    return options.connectToServer(address);
  });
  return () => {
    ipcMain.removeHandler(CONNECTION_CHANNEL);
    ipcMain.removeHandler(CONNECT_CHANNEL);
  };
}

/** The window title: the page's own title, plus the server while connected to one. */
export function windowTitle(pageTitle: string, connection: DesktopConnection | null): string {
  if (connection?.kind !== 'server') return pageTitle;
  return `${pageTitle} — connected to ${connection.url}`;
}
