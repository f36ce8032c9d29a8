import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../../core/router';
import { SCREEN_FLOORS } from '../../bench/screen-floors';
import { SCREENS, type Fixtures } from '../../bench/screens';

/** The route names of `export type Route = | { name: '…' } | …` in the renderer's routes.ts. */
function routeNames(): string[] {
  const source = readFileSync(join(__dirname, '../../renderer/src/routing/routes.ts'), 'utf8');
  const union = /export type Route =([\s\S]*?);\n/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/\{\s*name:\s*'([^']+)'/g)].map((m) => m[1]!);
}

const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures;

const FIXTURES: Fixtures = { programmeId: 1, fundId: 2, awardId: 3, partnerId: 4, indicatorId: 5, indicatorFrameworkCode: 'GMCA-IS', indicatorCode: 'X1', versionId: 6, packId: 7 };

describe('the screens the bench times (bench/screens.ts)', () => {
  it('reads the route names from routes.ts', () => {
    const names = routeNames();
    expect(names.length).toBeGreaterThan(20);
    expect(names).toContain('register');
    expect(names).toContain('not-found');
  });

  it('has a line for every route of the renderer, so a new screen cannot be forgotten', () => {
    const covered = new Set(SCREENS.map((s) => s.route));
    const missing = routeNames().filter((name) => !covered.has(name as (typeof SCREENS)[number]['route']));
    expect(missing, `add these screens to bench/screens.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('calls only query procedures that exist in the router, with inputs the router accepts', async () => {
    for (const screen of SCREENS) {
      for (const call of screen.waves.flat()) {
        expect(procedures[call.path]?._def.type, `${screen.label}: ${call.path}`).toBe('query');
        const parsers = (procedures[call.path] as unknown as { _def: { inputs: Array<{ '~standard': { validate(v: unknown): unknown } }> } })._def.inputs;
        for (const parser of parsers) {
          const result = (await parser['~standard'].validate(call.input(FIXTURES))) as { issues?: unknown[] };
          expect(result.issues, `${screen.label}: ${call.path} input`).toBeUndefined();
        }
      }
    }
  });

  it('has a floor only for screens in the table', () => {
    for (const floor of SCREEN_FLOORS) expect(SCREENS.some((s) => s.route === floor.route && s.waves.length > 0), floor.route).toBe(true);
  });
});
