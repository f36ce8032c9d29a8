import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering rules of the design card, checked by linting small snippets as if they sat in each folder. */
const eslint = new ESLint({ cwd: `${__dirname}/../..` });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering lint rules', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;\n", 'core/example.ts'],
    ["import { useState } from 'react';\nexport const a = useState;\n", 'db/example.ts'],
    ['export const title = document.title;\n', 'core/example.ts'],
  ])('refuses %j in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toEqual(expect.arrayContaining([expect.stringMatching(/no-restricted-(imports|globals)/)]));
  });

  it.each([
    ["import Database from 'better-sqlite3';\nexport const a = Database;\n", 'renderer/src/example.ts'],
    ["import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'renderer/src/example.ts'],
    ["import { migrations } from '../../db/migrations';\nexport const a = migrations;\n", 'renderer/src/example.ts'],
    ["import { appRouter } from '../../core/router';\nexport const a = appRouter;\n", 'renderer/src/example.ts'],
  ])('refuses %j in the renderer', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('allows a type-only import of the router in the renderer, and Node modules in core', async () => {
    expect(await ruleIds("import type { AppRouter } from '../../core/router';\nexport type R = AppRouter;\n", 'renderer/src/example.ts')).toEqual([]);
    expect(await ruleIds("import { createHash } from 'node:crypto';\nexport const h = createHash;\n", 'core/example.ts')).toEqual([]);
  });
});
