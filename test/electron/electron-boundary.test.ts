import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Only the two entry files may touch the real Electron module; everything
// else must stay loadable in plain Node for these tests.
const ELECTRON_DIR = path.resolve(__dirname, '../../electron');
const ENTRY_FILES = new Set(['main/index.ts', 'preload/index.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)];
  return specifiers.map((match) => match[1] ?? '');
}

const files = sourceFiles(ELECTRON_DIR).map((file) => ({
  file,
  relative: path.relative(ELECTRON_DIR, file).split(path.sep).join('/'),
}));

describe('electron/ module boundaries', () => {
  it('finds the sources', () => {
    expect(files.map((f) => f.relative)).toEqual(expect.arrayContaining(['main/index.ts', 'preload/index.ts']));
  });

  it('imports electron only from the two entry files', () => {
    const offenders = files
      .filter(({ relative }) => !ENTRY_FILES.has(relative))
      .filter(({ file }) => importsOf(file).some((spec) => spec === 'electron' || spec.startsWith('electron/')))
      .map(({ relative }) => relative);
    expect(offenders).toEqual([]);
  });

  it('keeps the preload free of packages (a sandboxed preload can only require electron)', () => {
    const preloadReach = files.filter(({ relative }) => relative.startsWith('preload/') || relative.startsWith('shared/'));
    for (const { file, relative } of preloadReach) {
      const packages = importsOf(file).filter((spec) => !spec.startsWith('.') && spec !== 'electron');
      expect({ relative, packages }).toEqual({ relative, packages: [] });
    }
  });

  it('keeps bridge-types.ts type-only', () => {
    const text = readFileSync(path.join(ELECTRON_DIR, 'preload/bridge-types.ts'), 'utf8');
    expect(text).not.toMatch(/^\s*(export\s+)?(const|let|var|function|class|enum)\b/m);
    expect(importsOf(path.join(ELECTRON_DIR, 'preload/bridge-types.ts'))).toEqual([]);
  });

  it('keeps every module small', () => {
    for (const { file, relative } of files) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      expect({ relative, tooLong: lines > 200 }).toEqual({ relative, tooLong: false });
    }
  });
});
