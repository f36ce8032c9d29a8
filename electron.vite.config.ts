import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config';

// Builds the desktop shell: main and preload from electron/, the React
// renderer from renderer/. Output goes to out/{main,preload,renderer}, which
// is what electron-builder.yml packages and package.json's "main" points at.

const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Two entries: the main process, and the database host that runs in a utility process
      // (core/host/host-entry.ts; the main process never opens SQLite itself).
      lib: { entry: { index: fromRoot('./electron/main/index.ts'), 'database-host': fromRoot('./core/host/host-entry.ts') }, formats: ['cjs'] },
      // package.json "dependencies" (better-sqlite3, kysely, zod, @trpc/server…)
      // stay as require() calls; better-sqlite3's native binding cannot be bundled.
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload must be CommonJS and may require only `electron`,
      // so everything else is bundled in.
      lib: { entry: fromRoot('./electron/preload/index.ts'), formats: ['cjs'] },
      externalizeDeps: false,
    },
  },
  // The renderer's own Vite config (plugins, CSP-friendly build settings) is
  // reused as is; only the output folder and entry change for the desktop.
  renderer: {
    ...rendererConfig,
    root: fromRoot('./renderer'),
    build: {
      ...rendererConfig.build,
      outDir: fromRoot('./out/renderer'),
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
