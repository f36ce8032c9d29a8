import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvFile, seedMiniFramework } from '../helpers/mini-framework';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let ids: Awaited<ReturnType<typeof seedMiniFramework>>;
beforeEach(async () => {
  ws = await testWorkspace();
  ids = await seedMiniFramework(ws.db);
});
afterEach(() => ws.close());

const definition = (versionId: number, overrides: Record<string, unknown> = {}) => ({
  versionId,
  code: 'EMP-1',
  elementCode: 'O-ES1',
  title: 'Indicator EMP-1 (renegotiated)',
  kind: 'accountable' as const,
  tier: 1 as const,
  unit: 'count' as const,
  polarity: 'higher_is_better' as const,
  frequency: 'quarterly' as const,
  geographyLevel: 'borough' as const,
  targets: [{ period: '2026/27 Q1', value: 120 }],
  ...overrides,
});

describe('framework versions', () => {
  it('a published version cannot be edited: a new draft copies it, and publishing supersedes the old one', async () => {
    const strategy = await ws.as('strategy_officer');
    await expect(strategy.outcomes.saveIndicator(definition(ids.versionId))).rejects.toThrow(/published and cannot be edited. Start a new draft/);

    const draft = await strategy.outcomes.createDraft({ fromVersionId: ids.versionId, label: '2026/27', fromFinancialYear: '2026/27' });
    const copied = await strategy.outcomes.tree({ versionId: draft.id });
    expect(copied.version.status).toBe('draft');
    expect(copied.elements.map((e) => e.code).sort()).toEqual(['O-ES1', 'P-ES']);
    expect(copied.indicators.map((i) => i.code)).toEqual(['EMP-1', 'EMP-2']);
    expect(copied.fundingLines).toHaveLength(1);

    await strategy.outcomes.saveIndicator(definition(draft.id));
    await strategy.outcomes.saveIndicator(definition(draft.id, { code: 'EMP-3', title: 'New indicator', targets: [] }));
    const diff = await strategy.outcomes.compare({ fromVersionId: ids.versionId, toVersionId: draft.id });
    expect(diff.indicators.added).toEqual([{ code: 'EMP-3', title: 'New indicator' }]);
    expect(diff.indicators.changed).toEqual([{ code: 'EMP-1', title: 'Indicator EMP-1 (renegotiated)', fields: [{ field: 'title', from: 'Indicator EMP-1', to: 'Indicator EMP-1 (renegotiated)' }] }]);
    expect(diff.targets).toEqual(expect.arrayContaining([{ code: 'EMP-1', period: '2026/27 Q1', from: null, to: 120 }]));

    await strategy.outcomes.publish({ versionId: draft.id });
    const frameworks = await strategy.outcomes.frameworks();
    expect(frameworks[0]!.versions.map((v) => [v.label, v.status])).toEqual([
      ['2025/26 Phase I', 'superseded'],
      ['2026/27', 'published'],
    ]);
    // The earlier version stays readable, unchanged.
    const old = await strategy.outcomes.tree({ versionId: ids.versionId });
    expect(old.indicators.find((i) => i.code === 'EMP-1')!.title).toBe('Indicator EMP-1');
  });

  it('observations belong to the indicator across versions', async () => {
    const strategy = await ws.as('strategy_officer');
    await strategy.outcomes.recordObservation({ indicatorId: ids.indicatorIds['EMP-1']!, period: '2025/26 Q1', areaCode: 'E08000010', value: 90 });
    const draft = await strategy.outcomes.createDraft({ fromVersionId: ids.versionId, label: '2026/27', fromFinancialYear: '2026/27' });
    const tree = await strategy.outcomes.tree({ versionId: draft.id });
    const emp1 = tree.indicators.find((i) => i.code === 'EMP-1')!;
    const detail = await strategy.outcomes.indicator({ id: emp1.id });
    expect(detail.series.map((s) => s.value)).toEqual([90]);
  });

  it('imports indicator definitions into a draft only, and a second import of the same file changes nothing', async () => {
    const strategy = await ws.as('strategy_officer');
    const header = 'framework,version,code,title,kind,unit,polarity,frequency,geography_level,outcome_code,tier,tolerance_percent,last_reviewed,targets';
    const rows = (label: string) =>
      [
        header,
        `TEST-IS,${label},EMP-9,Residents supported into work,accountable,count,higher_is_better,quarterly,borough,O-ES1,1,10,01/04/2026,2026/27 Q1=50; 2026/27 Q2=60`,
        `TEST-IS,${label},EMP-10,Bad date,accountable,count,higher_is_better,quarterly,borough,O-ES1,1,10,31/02/2026,`,
        `TEST-IS,${label},EMP-11,Bad tier,accountable,count,higher_is_better,quarterly,borough,O-ES1,two,10,,`,
      ].join('\n');
    const onPublished = await strategy.outcomes.previewIndicators(csvFile(rows('2025/26 Phase I'), 'defs.csv'));
    expect(onPublished.rejected[0]!.reason).toMatch(/published; definitions can only be imported into a draft/);

    const draft = await strategy.outcomes.createDraft({ fromVersionId: ids.versionId, label: '2026/27', fromFinancialYear: '2026/27' });
    const file = csvFile(rows('2026/27'), 'defs.csv');
    const preview = await strategy.outcomes.previewIndicators(file);
    expect(preview.counts).toEqual({ add: 1, change: 0, rejected: 2 });
    expect(preview.rejected.map((r) => r.reason)).toEqual(['Last reviewed "31/02/2026" is not a real date.', 'tier "two" must be a number.']);
    await strategy.outcomes.importIndicators({ ...file, fileHash: preview.fileHash });
    const tree = await strategy.outcomes.tree({ versionId: draft.id });
    expect(tree.indicators.find((i) => i.code === 'EMP-9')).toMatchObject({ title: 'Residents supported into work', lastReviewed: '2026-04-01' });
    const again = await strategy.outcomes.previewIndicators(file);
    expect(again.counts).toEqual({ add: 0, change: 0, rejected: 2 });
    expect(again.unchanged).toBe(1);

    const exported = await strategy.outcomes.exportIndicators({ format: 'csv', versionId: draft.id });
    const roundTrip = await strategy.outcomes.previewIndicators({ filename: exported.filename, format: 'csv', base64: exported.base64 });
    expect(roundTrip.counts).toEqual({ add: 0, change: 0, rejected: 0 });
  });
});
