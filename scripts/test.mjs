// npm test: lint, typecheck, unit and integration tests, then the browser tests in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [];
function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
}

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

let ok = step('lint', 'npx', ['eslint', '.']);
ok = step('typecheck', 'npm', ['run', '--silent', 'typecheck']) && ok;
ok = step('unit and integration tests', 'npx', ['vitest', 'run']) && ok;
if (chrome) {
  ok = step('build the renderer', 'npm', ['run', '--silent', 'build:renderer', '--', '--logLevel', 'warn']) && ok;
  ok = step('browser tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.mts'], { CHROME_PATH: chrome }) && ok;
} else {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n!! THE BROWSER TESTS DID NOT RUN: no Chromium at $CHROME_PATH or /usr/bin/chromium.\n!! Install it with:  sudo apt-get install -y chromium   (or set CHROME_PATH)\n!! CI installs Chromium and always runs them.\n${bar}\n`);
  steps.push({ name: 'browser tests (Chromium)', ok: false, skipped: true, seconds: '0' });
  if (process.env.CI) ok = false;
}

console.log('\n=== summary ===');
for (const s of steps) console.log(`${s.skipped ? 'NOT RUN' : s.ok ? 'PASS' : 'FAIL'}  ${s.name} (${s.seconds}s)`);
const passed = steps.filter((s) => s.ok).length;
const failed = steps.filter((s) => !s.ok && !s.skipped).length;
const notRun = steps.filter((s) => s.skipped).length;
console.log(`steps: ${passed} passed, ${failed} failed${notRun ? `, ${notRun} skipped` : ''}`);
process.exit(ok ? 0 : 1);
