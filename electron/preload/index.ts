// Preload for the main window. Built as CommonJS because sandboxed preloads
// cannot be ES modules. It may import only `electron` and relative files.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME } from '../shared/ipc-contract';
import { createBridge } from './bridge';
import type { AlignmentDeskBridge } from './bridge-types';

// Wrap the real ipcRenderer: `invoke`, and `on` without the event object (it must never reach the page).
const bridge = createBridge({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on: (channel, listener) => void ipcRenderer.on(channel, (_event, payload: unknown) => listener(payload)),
}) satisfies AlignmentDeskBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL_NAME, bridge);
