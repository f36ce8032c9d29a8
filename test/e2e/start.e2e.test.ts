import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/raw-db';

/** `npm start` where Electron cannot run: one line saying so, then browser mode with the demo sign-in. */
describe('npm start without the Electron runtime', () => {
  it('falls back to browser mode on 127.0.0.1 and serves the first-run screen', async () => {
    const db = join(tempDir(), 'start.sqlite');
    const child = spawn('npm', ['start', '--', '--port', '0', '--db', db], {
      cwd: join(__dirname, '..', '..'),
      detached: true,
      env: { ...process.env, ALIGNMENT_DESK_BROWSER: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => /running at (http:\/\/127\.0\.0\.1:\d+\/)[\s\S]*Demonstration sign-in/.test(output), { timeout: 90_000, interval: 250 }).toBe(true);
      const url = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!;
      expect(output).toMatch(/browser mode/);
      expect(output).toMatch(/Demonstration sign-in: admin, strategy, finance, approver, leader — passphrase "demo-passphrase-2026"/);
      expect(output).toContain(`Workspace file: ${db}`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const status = await fetch(`${url}trpc/workspace.status`);
      expect(((await status.json()) as { result: { data: { initialised: boolean } } }).result.data.initialised).toBe(false);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
