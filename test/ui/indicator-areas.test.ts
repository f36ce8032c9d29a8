import { describe, expect, it } from 'vitest';
import { orderAreas, parseObservationValue, recordableAreas } from '../../renderer/src/screens/indicator/area-options';
import { chartSeries, latestWithValue, trendRows, WARD_NOT_RATED } from '../../renderer/src/screens/indicator/indicator-series';

const wards = [
  { code: 'E05014999', name: 'Winstanley' },
  { code: 'E05014989', name: 'Abram' },
];

describe('indicator areas', () => {
  it('puts the headline area first, then wards by name', () => {
    const ordered = orderAreas([...wards, { code: 'E08000010', name: 'Wigan' }], 'E08000010', 'Wigan borough');
    expect(ordered.map((a) => a.name)).toEqual(['Wigan (headline)', 'Abram', 'Winstanley']);
  });

  it('names the headline area even before it has figures', () => {
    expect(orderAreas([], 'E47000001', 'Greater Manchester')).toEqual([{ code: 'E47000001', name: 'Greater Manchester (headline)' }]);
  });

  it('offers every ward for recording only on ward-level indicators', () => {
    const ordered = orderAreas([{ code: 'E05014999', name: 'Winstanley' }], 'E08000010', 'Wigan borough');
    expect(recordableAreas(ordered, wards, 'borough').map((a) => a.code)).toEqual(['E08000010']);
    expect(recordableAreas(ordered, wards, 'ward').map((a) => a.code)).toEqual(['E08000010', 'E05014999', 'E05014989']);
  });

  it('reads typed values the way the import does', () => {
    expect(parseObservationValue('1,250')).toBe(1250);
    expect(parseObservationValue(' 72.5 ')).toBe(72.5);
    expect(parseObservationValue('-3')).toBe(-3);
    for (const bad of ['', 'twelve', '12abc', '1,2', '--1']) expect(parseObservationValue(bad), bad).toBeNull();
  });
});

describe('indicator series', () => {
  const point = (period: string, value: number | null, rag: 'green' | 'amber' | 'red' | null, target: number | null = 100) => ({
    period,
    value,
    target,
    rag,
    ragReason: `reason ${period}`,
    direction: value === null ? null : 'improving',
    stale: false,
    status: 'final',
    revision: 1,
  });
  const series = [point('2025/26 Q2', 95, 'green'), point('2025/26 Q1', 70, 'red')];
  const targets = [
    { period: '2025/26 Q1', value: 100 },
    { period: '2025/26 Q2', value: 100 },
    { period: '2025/26 Q3', value: 110 },
  ];

  it('lists periods in time order, adding future targets without a value', () => {
    const rows = trendRows(series, targets);
    expect(rows.map((r) => [r.period, r.value, r.target, r.rag])).toEqual([
      ['2025/26 Q1', 70, 100, 'red'],
      ['2025/26 Q2', 95, 100, 'green'],
      ['2025/26 Q3', null, 110, 'none'],
    ]);
    expect(latestWithValue(rows)?.period).toBe('2025/26 Q2');
  });

  it('does not rate a ward against the headline targets', () => {
    const rows = trendRows(series, targets, false);
    expect(rows.map((r) => [r.period, r.target, r.rag, r.ragReason])).toEqual([
      ['2025/26 Q1', null, 'none', WARD_NOT_RATED],
      ['2025/26 Q2', null, 'none', WARD_NOT_RATED],
    ]);
    expect(chartSeries(series, false).map((p) => p.rag)).toEqual(['none', 'none']);
    expect(chartSeries([...series, point('2025/26 Q3', null, null)]).map((p) => [p.period, p.rag])).toEqual([
      ['2025/26 Q2', 'green'],
      ['2025/26 Q1', 'red'],
    ]);
  });
});
