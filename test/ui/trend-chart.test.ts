import { describe, expect, it } from 'vitest';
import { describeTrend } from '../../renderer/src/outcomes/trend-summary';
import { bandPath, buildTrendChart, chartPeriods, linearScale, linePath, niceTicks, toleranceBounds } from '../../renderer/src/outcomes/trend-chart';

describe('chart scales', () => {
  it('maps a domain onto a range, upside down for the y axis', () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(50)).toBe(150);
    expect(y(100)).toBe(0);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('chooses round ticks that cover the data', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(62.3, 77.9, 5)).toEqual([60, 65, 70, 75, 80]);
    expect(niceTicks(0, 7, 5)).toEqual([0, 2, 4, 6, 8]);
    const flat = niceTicks(50, 50, 5);
    expect(flat[0]).toBeLessThan(50);
    expect(flat[flat.length - 1]).toBeGreaterThan(50);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });

  it('works out the tolerance band around a target, also for negative targets', () => {
    expect(toleranceBounds(100, 10)).toEqual({ low: 90, high: 110 });
    expect(toleranceBounds(-50, 10)).toEqual({ low: -55, high: -45 });
    expect(toleranceBounds(100, 0)).toEqual({ low: 100, high: 100 });
    expect(toleranceBounds(0, 10)).toEqual({ low: -0.1, high: 0.1 });
  });
});

describe('chart paths', () => {
  it('joins consecutive periods and breaks the line at gaps', () => {
    expect(linePath([{ x: 0, y: 10, index: 0 }, { x: 10, y: 20, index: 1 }, { x: 30, y: 5, index: 3 }])).toBe('M0 10 L10 20 M30 5');
    expect(linePath([])).toBe('');
  });

  it('closes one band shape per run of targets', () => {
    const path = bandPath([{ x: 0, upper: 10, lower: 20, index: 0 }, { x: 10, upper: 12, lower: 22, index: 1 }]);
    expect(path).toBe('M0 10 L10 12 L10 22 L0 20 Z');
    expect(bandPath([{ x: 50, upper: 10, lower: 20, index: 0 }])).toBe('M46 10 L54 10 L54 20 L46 20 Z');
  });

  it('labels at most about a dozen periods, always including the latest', () => {
    const series = Array.from({ length: 20 }, (_v, i) => ({ period: `${2010 + i}/${String((11 + i) % 100).padStart(2, '0')}`, value: i, rag: 'none' as const }));
    const { periods, labelled } = chartPeriods({ series, targets: [] });
    expect(periods).toHaveLength(20);
    expect(labelled.size).toBeLessThanOrEqual(12);
    expect(labelled.has(periods[19]!)).toBe(true);
  });
});

describe('buildTrendChart', () => {
  const input = {
    series: [
      { period: '2025/26 Q2', value: 80, rag: 'amber' as const },
      { period: '2025/26 Q1', value: 70, rag: 'red' as const },
    ],
    targets: [
      { period: '2025/26 Q1', value: 100 },
      { period: '2025/26 Q2', value: 100 },
      { period: '2025/26 Q3', value: 110 },
    ],
    tolerancePercent: 10,
  };

  it('puts periods in time order along the x axis, targets included', () => {
    const chart = buildTrendChart(input);
    expect(chart.periods).toEqual(['2025/26 Q1', '2025/26 Q2', '2025/26 Q3']);
    expect(chart.values.map((v) => [v.period, v.rag])).toEqual([
      ['2025/26 Q1', 'red'],
      ['2025/26 Q2', 'amber'],
    ]);
    expect(chart.values[0]!.x).toBeLessThan(chart.values[1]!.x);
    expect(chart.targets).toHaveLength(3);
  });

  it('keeps every value and the whole tolerance band inside the plot', () => {
    const chart = buildTrendChart(input);
    const top = chart.yTicks[chart.yTicks.length - 1]!.value;
    expect(top).toBeGreaterThanOrEqual(121);
    expect(chart.yTicks[0]!.value).toBeLessThanOrEqual(70);
    for (const point of [...chart.values, ...chart.targets]) {
      expect(point.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(point.y).toBeLessThanOrEqual(chart.plot.bottom);
      expect(point.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(point.x).toBeLessThanOrEqual(chart.plot.right);
    }
    expect(chart.valuePath.startsWith('M')).toBe(true);
    expect(chart.targetPath.split('L')).toHaveLength(3);
    expect(chart.bandPath.endsWith('Z')).toBe(true);
  });

  it('draws a value-only series (a contextual indicator) without a band, and a single point in the middle', () => {
    const chart = buildTrendChart({ series: [{ period: '2025/26', value: 12, rag: 'none' }], targets: [], tolerancePercent: 10 });
    expect(chart.bandPath).toBe('');
    expect(chart.targetPath).toBe('');
    expect(chart.values[0]!.x).toBe((chart.plot.left + chart.plot.right) / 2);
  });

  it('does not start at zero when that would flatten the line', () => {
    const chart = buildTrendChart({ series: [{ period: '2025/26 Q1', value: 95, rag: 'none' }, { period: '2025/26 Q2', value: 97, rag: 'none' }], targets: [], tolerancePercent: 0 });
    expect(chart.yTicks[0]!.value).toBeGreaterThan(50);
  });
});

describe('describeTrend', () => {
  const base = { title: 'Residents into work', areaName: 'Wigan', unit: 'count', tolerancePercent: 10, direction: 'improving' };

  it('summarises the span, the latest figure against target, RAG and direction', () => {
    const text = describeTrend({
      ...base,
      series: [
        { period: '2025/26 Q2', value: 1020, rag: 'amber' },
        { period: '2025/26 Q1', value: 950, rag: 'red' },
      ],
      targets: [{ period: '2025/26 Q2', value: 1200 }],
    });
    expect(text).toBe(
      'Trend chart of Residents into work for Wigan: 2 periods from 2025/26 Q1 (Apr–Jun 2025) to 2025/26 Q2 (Jul–Sep 2025). Latest 1,020 in 2025/26 Q2 (Jul–Sep 2025) against a target of 1,200, rated Amber. Direction of travel: improving. The shaded band shows ±10% around the target. The table that follows lists every figure.',
    );
  });

  it('says when there are no figures yet', () => {
    expect(describeTrend({ ...base, direction: null, series: [], targets: [] })).toBe('Trend chart of Residents into work for Wigan: no figures recorded yet.');
  });
});
