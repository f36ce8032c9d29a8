import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { lockPathFor, parseLockHolder } from '../../db/workspace-lock';
import { tempDir } from '../helpers/raw-db';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const serve = (file: string) => spawn(TSX, [join(ROOT, 'scripts', 'serve.ts'), '--db', file, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

describe('browser mode holds a lock on its workspace', () => {
  it('a second server on the same file names the holder and exits non-zero; stopping the first frees the file', async () => {
    const file = join(tempDir(), 'workspace.sqlite');
    const first = serve(file);
    const firstErr: string[] = [];
    first.stderr.on('data', (c: Buffer) => firstErr.push(c.toString()));
    const lines = createInterface({ input: first.stdout });
    let url = '';
    for await (const line of lines) {
      const match = /running at (\S+)/.exec(line);
      if (match) {
        url = match[1]!;
        break;
      }
    }
    expect(url, firstErr.join('')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const holder = parseLockHolder(readFileSync(lockPathFor(file), 'utf8'))!;
    expect(holder.url).toBe(url);

    const second = serve(file);
    const out: string[] = [];
    second.stdout.on('data', (c: Buffer) => out.push(c.toString()));
    second.stderr.on('data', (c: Buffer) => out.push(c.toString()));
    const [code] = (await once(second, 'exit')) as [number | null];
    const said = out.join('');
    expect(code).not.toBe(0);
    expect(said).toContain(`process ${holder.pid}`);
    expect(said).toContain(`serving ${url}`);
    expect(said).toContain(`since ${holder.startedAt}`);
    expect(said).not.toContain('is running at');

    const exited = once(first, 'exit');
    first.kill('SIGTERM');
    await exited;
    expect(existsSync(lockPathFor(file))).toBe(false);
  }, 60_000);
});
