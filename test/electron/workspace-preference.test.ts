import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseStartupWorkspace,
  readLastWorkspacePath,
  writeLastWorkspacePath,
} from '../../electron/main/workspace-preference';

let dir: string;
let prefs: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'alignment-desk-prefs-'));
  prefs = path.join(dir, 'desktop-preferences.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('workspace preference', () => {
  it('round-trips the last workspace path', async () => {
    const workspace = path.join(dir, 'wigan.sqlite');
    await writeLastWorkspacePath(prefs, workspace);
    expect(JSON.parse(await readFile(prefs, 'utf8'))).toEqual({ lastWorkspacePath: workspace });
    await expect(readLastWorkspacePath(prefs)).resolves.toBe(workspace);
  });

  it.each([
    ['no file', null],
    ['broken JSON', '{"lastWorkspacePath":'],
    ['the wrong shape', '{"lastWorkspacePath":42}'],
    ['a relative path', '{"lastWorkspacePath":"workspace.sqlite"}'],
    ['a network share', '{"lastWorkspacePath":"//server/share/w.sqlite"}'],
  ])('ignores %s', async (_label, content) => {
    if (content !== null) await writeFile(prefs, content, 'utf8');
    await expect(readLastWorkspacePath(prefs)).resolves.toBeNull();
  });

  it('starts with the remembered workspace when it still exists', async () => {
    const workspace = path.join(dir, 'bolton.sqlite');
    await writeFile(workspace, '');
    await writeLastWorkspacePath(prefs, workspace);
    await expect(chooseStartupWorkspace(prefs, '/default/workspace.sqlite')).resolves.toBe(workspace);
  });

  it('falls back to the default when the remembered file has gone', async () => {
    await writeLastWorkspacePath(prefs, path.join(dir, 'deleted.sqlite'));
    await expect(chooseStartupWorkspace(prefs, '/default/workspace.sqlite')).resolves.toBe('/default/workspace.sqlite');
  });
});
