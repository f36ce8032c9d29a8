import { describe, expect, it } from 'vitest';
import { buildOutcomeTree, fundingByElement, ragCounts } from '../../renderer/src/screens/outcomes/outcomes-tree';
import { compareCandidates, currentVersion, nextFinancialYear, resolveVersion, versionOptionLabel } from '../../renderer/src/screens/outcomes/outcomes-state';
import { hrefFor, parseHash, type Route } from '../../renderer/src/routing/routes';

const elements = [
  { id: 1, parentId: null, code: 'P-ES', title: 'Employment support' },
  { id: 2, parentId: 1, code: 'O-ES-1', title: 'Into work' },
  { id: 3, parentId: null, code: 'P-LT', title: 'Local transport' },
  { id: 4, parentId: 3, code: 'O-LT-1', title: 'Reliable buses' },
];
const indicator = (code: string, elementId: number | null, tier: number | null, rag: string | null) => ({ code, elementId, tier, assessment: rag ? { rag } : null });
const indicators = [indicator('ES-1', 2, 1, 'red'), indicator('ES-2', 2, 2, 'green'), indicator('LT-1', 4, 1, 'amber'), indicator('X-1', null, null, null)];

describe('outcome tree', () => {
  it('nests elements and hangs indicators on them', () => {
    const tree = buildOutcomeTree(elements, indicators);
    expect(tree.roots.map((r) => r.element.code)).toEqual(['P-ES', 'P-LT']);
    expect(tree.roots[0]!.children[0]!.indicators.map((i) => i.code)).toEqual(['ES-1', 'ES-2']);
    expect(tree.unplaced.map((i) => i.code)).toEqual(['X-1']);
    expect([tree.shown, tree.total]).toEqual([4, 4]);
  });

  it('filters by pillar, tier and RAG, dropping empty branches', () => {
    expect(buildOutcomeTree(elements, indicators, { elementCode: 'P-LT', tier: '', rag: '' }).roots.map((r) => r.element.code)).toEqual(['P-LT']);
    const red = buildOutcomeTree(elements, indicators, { elementCode: '', tier: '', rag: 'red' });
    expect(red.roots.map((r) => r.element.code)).toEqual(['P-ES']);
    expect(red.shown).toBe(1);
    const notRated = buildOutcomeTree(elements, indicators, { elementCode: '', tier: '', rag: 'none' });
    expect(notRated.roots).toEqual([]);
    expect(notRated.unplaced.map((i) => i.code)).toEqual(['X-1']);
    const tier2 = buildOutcomeTree(elements, indicators, { elementCode: '', tier: '2', rag: '' });
    expect(tier2.roots[0]!.children[0]!.indicators.map((i) => i.code)).toEqual(['ES-2']);
  });

  it('counts RAG ratings and funding per element, keeping "to be confirmed" lines apart', () => {
    expect(ragCounts(indicators)).toEqual({ green: 1, amber: 1, red: 1, none: 1 });
    const funding = fundingByElement([
      { elementId: 1, amountPence: 100 },
      { elementId: 1, amountPence: null },
      { elementId: 3, amountPence: 50 },
    ]);
    expect(funding.get(1)).toEqual({ knownPence: 100, lines: 2, toBeConfirmed: 1 });
    expect(funding.get(3)).toEqual({ knownPence: 50, lines: 1, toBeConfirmed: 0 });
  });
});

describe('outcome routes', () => {
  it('reads and writes the outcome screens', () => {
    expect(parseHash('#/outcomes')).toEqual({ name: 'outcomes', versionId: null });
    expect(parseHash('#/outcomes/versions/3')).toEqual({ name: 'outcomes', versionId: 3 });
    expect(parseHash('#/outcomes/import')).toEqual({ name: 'outcomes-import' });
    expect(parseHash('#/indicators/42')).toEqual({ name: 'indicator', id: 42 });
    expect(parseHash('#/off-track')).toEqual({ name: 'off-track' });
    expect(parseHash('#/outcomes/versions/0').name).toBe('not-found');
    expect(parseHash('#/indicators/abc').name).toBe('not-found');
    const routes: Route[] = [{ name: 'outcomes', versionId: null }, { name: 'outcomes', versionId: 7 }, { name: 'indicator', id: 9 }, { name: 'off-track' }, { name: 'outcomes-import' }];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });
});

describe('outcome version choice', () => {
  const frameworks = [
    { id: 1, code: 'GMCA-IS', title: 'IS', versions: [{ id: 1, label: '2025/26', status: 'superseded' }, { id: 4, label: '2026/27', status: 'published' }, { id: 5, label: '2027/28', status: 'draft' }] },
    { id: 2, code: 'LOF', title: 'LOF', versions: [{ id: 3, label: 'Draft', status: 'draft' }] },
  ];

  it('shows the published version by default, else the newest', () => {
    expect(currentVersion(frameworks[0]!)?.id).toBe(4);
    expect(currentVersion(frameworks[1]!)?.id).toBe(3);
    expect(resolveVersion(frameworks, null)?.version.id).toBe(4);
    expect(resolveVersion(frameworks, 3)?.framework.code).toBe('LOF');
    expect(resolveVersion(frameworks, 99)).toBeNull();
    expect(resolveVersion([], null)).toBeNull();
  });

  it('labels versions and offers the others to compare with, newest first', () => {
    expect(versionOptionLabel({ id: 1, label: '2025/26', status: 'superseded' })).toBe('2025/26 (Superseded)');
    expect(compareCandidates(frameworks[0]!, 4).map((v) => v.id)).toEqual([5, 1]);
  });

  it('suggests the next financial year for a new draft', () => {
    expect(nextFinancialYear('2025/26')).toBe('2026/27');
    expect(nextFinancialYear('2099/00')).toBe('2100/01');
    expect(nextFinancialYear('soon')).toBe('soon');
  });
});
