import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://alignment-desk/ on the desktop and from the loopback server in
// the browser, both under a strict CSP: no inline scripts and no eval, so no inline module preload.
// `import.meta.dirname` is this folder (Vite fills it in when it loads the config), so the build
// works from any working directory. outDir is relative to root: renderer/dist.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
