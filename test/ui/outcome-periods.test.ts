import { describe, expect, it } from 'vitest';
import { comparePeriods, examplePeriod, parsePeriod, periodLabel, periodMonths, shortPeriodLabel } from '../../renderer/src/outcomes/periods';
import { formatAxisValue, formatMeasure } from '../../renderer/src/outcomes/measure';

describe('period labels', () => {
  it('reads every kind of period key', () => {
    expect(parsePeriod('2025/26 Q2')).toEqual({ kind: 'quarterly', startYear: 2025, part: 2 });
    expect(parsePeriod('2025/26 H1')).toEqual({ kind: 'six_monthly', startYear: 2025, part: 1 });
    expect(parsePeriod('2025/26')).toEqual({ kind: 'annual', startYear: 2025, part: 0 });
    expect(parsePeriod('2025-07')).toEqual({ kind: 'monthly', startYear: 2025, part: 7 });
    expect(parsePeriod('1999/00')).toEqual({ kind: 'annual', startYear: 1999, part: 0 });
  });

  it('refuses keys that are not periods', () => {
    for (const key of ['2025/27', '2025/26 Q5', '2025/26 H3', '2025-13', '31/02/2026', '']) expect(parsePeriod(key), key).toBeNull();
  });

  it('names the months a period covers, across the calendar year end', () => {
    expect(periodMonths('2025/26 Q1')).toBe('Apr–Jun 2025');
    expect(periodMonths('2025/26 Q3')).toBe('Oct–Dec 2025');
    expect(periodMonths('2025/26 Q4')).toBe('Jan–Mar 2026');
    expect(periodMonths('2025/26 H2')).toBe('Oct 2025–Mar 2026');
    expect(periodMonths('2025-07')).toBe('Jul 2025');
    expect(periodMonths('not a period')).toBe('not a period');
  });

  it('gives long and short labels', () => {
    expect(periodLabel('2025/26 Q4')).toBe('2025/26 Q4 (Jan–Mar 2026)');
    expect(periodLabel('2025/26')).toBe('2025/26');
    expect(periodLabel('2025-07')).toBe('Jul 2025');
    expect(shortPeriodLabel('2025/26 Q4')).toBe('Q4 25/26');
    expect(shortPeriodLabel('2025/26 H1')).toBe('H1 25/26');
    expect(shortPeriodLabel('2025/26')).toBe('2025/26');
    expect(shortPeriodLabel('2026-01')).toBe('Jan 26');
    expect(shortPeriodLabel('1999/00 Q1')).toBe('Q1 99/00');
  });

  it('orders periods in time, not text', () => {
    expect(['2026/27 Q1', '2025/26 Q4', '2025/26 Q1', '2024/25 Q3'].sort(comparePeriods)).toEqual(['2024/25 Q3', '2025/26 Q1', '2025/26 Q4', '2026/27 Q1']);
    expect(['2026-01', '2025-12', '2025-04'].sort(comparePeriods)).toEqual(['2025-04', '2025-12', '2026-01']);
    expect(['zzz', '2025/26'].sort(comparePeriods)).toEqual(['2025/26', 'zzz']);
  });

  it('has an example for each frequency', () => {
    expect(examplePeriod('quarterly')).toBe('2025/26 Q2');
    expect(examplePeriod('six_monthly')).toBe('2025/26 H1');
    expect(examplePeriod('monthly')).toBe('2025-07');
  });
});

describe('measures', () => {
  it('formats values by unit', () => {
    expect(formatMeasure(72.4, 'percentage')).toBe('72.4%');
    expect(formatMeasure(1250, 'pounds')).toBe('£1,250');
    expect(formatMeasure(-3.5, 'pounds')).toBe('−£3.5');
    expect(formatMeasure(3.14159, 'rate_per_1000')).toBe('3.14 per 1,000');
    expect(formatMeasure(1020, 'count')).toBe('1,020');
    expect(formatMeasure(0.125, 'index')).toBe('0.125');
    expect(formatMeasure(null, 'count')).toBe('No figure');
  });

  it('formats compact axis values', () => {
    expect(formatAxisValue(12_000, 'count')).toBe('12k');
    expect(formatAxisValue(1_500_000, 'pounds')).toBe('£1.5m');
    expect(formatAxisValue(72.5, 'percentage')).toBe('72.5%');
    expect(formatAxisValue(2.25, 'score')).toBe('2.25');
  });
});
