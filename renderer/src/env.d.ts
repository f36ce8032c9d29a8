/// <reference types="vite/client" />
// The AppRouter type graph (imported as a type from core/) mentions Node's Buffer and node:crypto,
// so the web type-check needs Node's declarations. Nothing from Node is bundled into the renderer.
/// <reference types="node" />
import type { AlignmentDeskBridge } from '../../electron/preload/bridge-types';

declare global {
  interface Window {
    /** Present only in the desktop app (exposed by the preload script). */
    alignmentDesk?: AlignmentDeskBridge;
  }
}

export {};
