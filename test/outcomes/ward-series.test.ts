import type { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../core/trpc/error-shape';
import { seedMiniFramework } from '../helpers/mini-framework';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let ids: Awaited<ReturnType<typeof seedMiniFramework>>;
beforeEach(async () => {
  ws = await testWorkspace();
  ids = await seedMiniFramework(ws.db);
});
afterEach(() => ws.close());

it('rates the headline (borough) series against its targets, but not a ward series', async () => {
  const strategy = await ws.as('strategy_officer');
  const indicatorId = ids.indicatorIds['EMP-2']!; // ward-level, lower is better, target 100
  for (const [period, area, value] of [
    ['2025/26 Q1', 'E08000010', 120],
    ['2025/26 Q2', 'E08000010', 130],
    ['2024/25 Q2', 'E05014989', 5],
    ['2025/26 Q1', 'E05014989', 6],
    ['2025/26 Q2', 'E05014989', 4],
  ] as const) {
    await strategy.outcomes.recordObservation({ indicatorId, period, areaCode: area, value });
  }
  const borough = await strategy.outcomes.indicator({ id: indicatorId });
  expect(borough.headline).toBe(true);
  expect(borough.series.map((s) => [s.period, s.rag])).toEqual([
    ['2025/26 Q1', 'red'],
    ['2025/26 Q2', 'red'],
  ]);
  const ward = await strategy.outcomes.indicator({ id: indicatorId, areaCode: 'E05014989' });
  expect(ward.headline).toBe(false);
  expect(ward.targets).toEqual([]);
  expect(ward.series.map((s) => s.rag)).toEqual([null, null, null]);
  expect(ward.series[2]!.direction).toBe('improving'); // 4 against 5 a year earlier, lower is better
  const refused = await strategy.outcomes.recordObservation({ indicatorId, period: '2025/26', areaCode: 'E08000010', value: 1 }).catch((error: TRPCError) => error);
  expect(fieldErrorsOf(refused as TRPCError)).toEqual({ period: ['"2025/26" is not a quarterly period (for example 2025/26 Q2)'] });
});
