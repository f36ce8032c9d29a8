import { useSyncExternalStore } from 'react';
import { createConnectionStore } from '../api/ipc-connection';

/** The one connection store of this page (null bridge in a browser). */
const store = createConnectionStore(typeof window !== 'undefined' ? (window.alignmentDesk ?? null) : null);

export function useDesktopConnection() {
  return useSyncExternalStore(store.subscribe, store.get);
}
