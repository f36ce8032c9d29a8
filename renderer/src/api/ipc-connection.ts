import type { AlignmentDeskBridge, DesktopConnection } from '../../../electron/preload/bridge-types';

/**
 * What the desktop window is connected to (a local file or a team server), as a small store the
 * header's indicator reads. In a browser there is no bridge and the connection is always null.
 */

export type ConnectionBridge = Pick<AlignmentDeskBridge, 'connection' | 'onConnectionChanged'>;

export interface ConnectionStore {
  get(): DesktopConnection | null;
  subscribe(listener: () => void): () => void;
}

export function createConnectionStore(bridge: ConnectionBridge | null): ConnectionStore {
  let current: DesktopConnection | null = null;
  const listeners = new Set<() => void>();
  const set = (next: DesktopConnection | null) => {
    current = next;
    for (const listener of [...listeners]) listener();
  };
  if (bridge) {
    bridge.connection().then(set, () => undefined);
    bridge.onConnectionChanged(set);
  }
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** What the header says while connected to a team server; null for a local file or a browser. */
export function connectionLabel(connection: DesktopConnection | null): string | null {
  return connection?.kind === 'server' ? `Connected to ${connection.url}` : null;
}

/**
 * After the connection changed, the page starts afresh: the old session token belongs to the
 * other file or server, so it is dropped before anything else is asked, and the page reloads
 * (clearing every cached query).
 */
export function restartForNewConnection(deps: { clearToken: () => void; reload: () => void }): void {
  deps.clearToken();
  deps.reload();
}
