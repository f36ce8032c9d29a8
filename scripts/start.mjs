// npm start: the desktop app where Electron can run; otherwise browser mode on 127.0.0.1.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary && process.env.ALIGNMENT_DESK_BROWSER !== '1') {
  if (run('npx', ['electron-vite', 'build']) !== 0) process.exit(1);
  spawn(binary, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    binary
      ? 'ALIGNMENT_DESK_BROWSER=1 is set, so Alignment Desk is opening in browser mode (same app, same API, on 127.0.0.1).'
      : 'The Electron runtime is not installed on this machine, so Alignment Desk is opening in browser mode instead (same app, same API, on 127.0.0.1).',
  );
  if (run('npm', ['run', '--silent', 'build:renderer', '--', '--logLevel', 'warn']) !== 0) process.exit(1);
  const child = spawn('npx', ['tsx', 'scripts/serve.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
