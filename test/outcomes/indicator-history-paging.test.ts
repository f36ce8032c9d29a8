import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMiniFramework } from '../helpers/mini-framework';
import { refusal } from '../helpers/refusal';
import { testWorkspace, type Caller, type TestWorkspace } from '../helpers/workspace';

/**
 * The indicator page's revisions table is paged on the server (issue 10: a ward indicator across ten
 * councils has 34,000 revisions, 8.8 MB when the page sent them all). outcomes.indicator no longer
 * carries them; outcomes.indicatorHistory sends one page for one area or every area, by period.
 */
let ws: TestWorkspace;
let strategy: Caller;
let indicatorId: number;
const BOROUGH = 'E08000010';
const ABRAM = 'E05014989';

beforeAll(async () => {
  ws = await testWorkspace();
  const ids = await seedMiniFramework(ws.db);
  strategy = await ws.as('strategy_officer');
  indicatorId = ids.indicatorIds['EMP-2']!; // quarterly, ward level
  // Borough: four quarters, the second revised twice. Abram: two quarters.
  for (const [period, area, value] of [
    ['2024/25 Q3', BOROUGH, 110],
    ['2024/25 Q4', BOROUGH, 111],
    ['2024/25 Q4', BOROUGH, 112],
    ['2024/25 Q4', BOROUGH, 113],
    ['2025/26 Q1', BOROUGH, 120],
    ['2025/26 Q2', BOROUGH, 130],
    ['2025/26 Q1', ABRAM, 6],
    ['2025/26 Q2', ABRAM, 4],
  ] as const) {
    await strategy.outcomes.recordObservation({ indicatorId, period, areaCode: area, value });
  }
});
afterAll(() => ws.close());

const cells = (page: { rows: Array<{ period: string; areaCode: string; revision: number; superseded: boolean }> }) => page.rows.map((r) => `${r.period} ${r.areaCode === BOROUGH ? 'borough' : 'Abram'} r${r.revision}${r.superseded ? ' superseded' : ''}`);

describe('outcomes.indicatorHistory', () => {
  it('pages one area newest period first, latest revision first, the last page short', async () => {
    const first = await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: BOROUGH, page: { offset: 0, limit: 4 } });
    expect(first).toMatchObject({ total: 6, offset: 0, limit: 4 });
    expect(cells(first)).toEqual(['2025/26 Q2 borough r1', '2025/26 Q1 borough r1', '2024/25 Q4 borough r3', '2024/25 Q4 borough r2 superseded']);
    const last = await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: BOROUGH, page: { offset: 4, limit: 4 } });
    expect(cells(last)).toEqual(['2024/25 Q4 borough r1 superseded', '2024/25 Q3 borough r1']);
    expect(last.total).toBe(6);
    expect(await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: BOROUGH, page: { offset: 6, limit: 4 } })).toMatchObject({ rows: [], total: 6 });
  });

  it('sorts oldest period first on request, and filters to one area or none', async () => {
    const oldest = await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: BOROUGH, sortDirection: 'asc', page: { offset: 0, limit: 2 } });
    expect(cells(oldest)).toEqual(['2024/25 Q3 borough r1', '2024/25 Q4 borough r3']);
    const abram = await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: ABRAM });
    expect(abram).toMatchObject({ total: 2 });
    expect(cells(abram)).toEqual(['2025/26 Q2 Abram r1', '2025/26 Q1 Abram r1']);
    expect(abram.rows[0]).toMatchObject({ areaName: 'Abram', value: 4, recordedBy: 'strategy-officer', withdrawnAt: null, recordedBeforePeriodEnded: false });
    // Every area: periods interleave, areas by code within a period.
    const every = await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: null, page: { offset: 0, limit: 3 } });
    expect(every.total).toBe(8);
    expect(cells(every)).toEqual(['2025/26 Q2 Abram r1', '2025/26 Q2 borough r1', '2025/26 Q1 Abram r1']);
    // An area with no figures: an empty page, not an error.
    expect(await strategy.outcomes.indicatorHistory({ id: indicatorId, areaCode: 'E05014990' })).toEqual({ rows: [], total: 0, offset: 0, limit: 50 });
  });

  it('refuses a page over the cap and an unknown indicator', async () => {
    expect((await refusal(strategy.outcomes.indicatorHistory({ id: indicatorId, page: { offset: 0, limit: 201 } }))).code).toBe('BAD_REQUEST');
    expect((await refusal(strategy.outcomes.indicatorHistory({ id: 99_999 }))).code).toBe('NOT_FOUND');
  });

  it('leaves the revisions out of outcomes.indicator, which lists the areas with figures and one series', async () => {
    const detail = await strategy.outcomes.indicator({ id: indicatorId });
    expect(detail).not.toHaveProperty('history');
    expect(detail.areas).toEqual([
      { code: ABRAM, name: 'Abram' },
      { code: BOROUGH, name: 'Wigan' },
    ]);
    // One point per period for the chosen area: its current (latest) revision.
    expect(detail.series.map((s) => [s.period, s.value, s.revision])).toEqual([
      ['2024/25 Q3', 110, 1],
      ['2024/25 Q4', 113, 3],
      ['2025/26 Q1', 120, 1],
      ['2025/26 Q2', 130, 1],
    ]);
  });
});
