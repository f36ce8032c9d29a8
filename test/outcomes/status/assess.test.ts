import { describe, expect, it } from 'vitest';
import { assessIndicator, comparatorPeriodOf, latestAssessment, type IndicatorSettings } from '../../../core/outcomes/status';

const quarterly: IndicatorSettings = { kind: 'accountable', polarity: 'higher_is_better', frequency: 'quarterly', tolerancePercent: 10, comparator: 'previous_period' };

const observations = [
  { period: '2024/25 Q3', value: 60 },
  { period: '2024/25 Q4', value: 70 },
  { period: '2025/26 Q1', value: 80 },
  { period: '2025/26 Q2', value: 95 },
];
const targets = [
  { period: '2024/25 Q4', value: 100 },
  { period: '2025/26 Q1', value: 100 },
  { period: '2025/26 Q2', value: 100 },
  { period: '2025/26 Q3', value: 100 },
];
const today = '2025-11-01';

describe('assessIndicator', () => {
  it('brings value, target, comparator, RAG, direction and staleness together', () => {
    expect(assessIndicator({ indicator: quarterly, observations, targets, period: '2025/26 Q1', today })).toEqual({
      period: '2025/26 Q1',
      value: 80,
      target: 100,
      comparatorPeriod: '2024/25 Q4',
      comparatorValue: 70,
      rag: 'amber',
      ragReason: 'Outside tolerance but improved on the comparator (80.0 against 100.0), from 70.0',
      direction: 'improving',
      directionReason: 'Improving (80.0 against 70.0)',
      stale: false,
      dueBy: '2026-03-31',
      staleReason: 'Up to date: latest figure is for 2025/26 Q2; 2025/26 Q3 is due by 2026-03-31',
    });
  });

  it('compares with the same quarter last year when configured', () => {
    const indicator = { ...quarterly, comparator: 'same_period_last_year' as const };
    const result = assessIndicator({ indicator, observations, targets, period: '2025/26 Q1', today });
    expect(result).toMatchObject({ comparatorPeriod: '2024/25 Q1', comparatorValue: null, rag: 'red', direction: null });
    expect(result.ragReason).toContain('no comparator figure');
  });

  it('is green within tolerance and leaves a period without a target unrated', () => {
    expect(assessIndicator({ indicator: quarterly, observations, targets, period: '2025/26 Q2', today })).toMatchObject({ rag: 'green', direction: 'improving' });
    expect(assessIndicator({ indicator: quarterly, observations, targets, period: '2024/25 Q3', today })).toMatchObject({ rag: null, ragReason: 'No target for this period' });
  });

  it('assesses a period with a target but no figure yet', () => {
    expect(assessIndicator({ indicator: quarterly, observations, targets, period: '2025/26 Q3', today })).toMatchObject({
      value: null, target: 100, comparatorValue: 95, rag: null, ragReason: 'No value for this period', direction: null,
    });
  });

  it('judges staleness from the latest observation, not the period assessed', () => {
    const result = assessIndicator({ indicator: quarterly, observations, targets, period: '2024/25 Q4', today: '2026-04-01' });
    expect(result).toMatchObject({ stale: true, dueBy: '2026-03-31' });
  });

  it('ignores keys that are invalid for the frequency and lets the last duplicate win', () => {
    const messy = [...observations, { period: '2026/27', value: 1 }, { period: '2026-05', value: 1 }, { period: '2025/26 Q2', value: 50 }];
    const result = assessIndicator({ indicator: quarterly, observations: messy, targets: [...targets, { period: 'nonsense', value: 3 }], period: '2025/26 Q2', today });
    expect(result).toMatchObject({ value: 50, target: 100, rag: 'red', direction: 'worsening', dueBy: '2026-03-31' });
  });

  it('defaults a null tolerance to 10% and keeps contextual indicators unrated', () => {
    const lenient = assessIndicator({ indicator: { ...quarterly, tolerancePercent: null }, observations, targets, period: '2025/26 Q2', today });
    expect(lenient.rag).toBe('green');
    const contextual = assessIndicator({ indicator: { ...quarterly, kind: 'contextual' }, observations, targets, period: '2025/26 Q1', today });
    expect(contextual).toMatchObject({ rag: null, direction: 'improving' });
  });

  it('throws on an invalid period to assess', () => {
    expect(() => assessIndicator({ indicator: quarterly, observations, targets, period: '2025/26 Q5', today })).toThrow('"2025/26 Q5"');
  });
});

describe('comparatorPeriodOf', () => {
  it.each([
    ['monthly', 'previous_period', '2026-01', '2025-12'],
    ['monthly', 'same_period_last_year', '2026-01', '2025-01'],
    ['quarterly', 'previous_period', '2025/26 Q1', '2024/25 Q4'],
    ['six_monthly', 'same_period_last_year', '2025/26 H2', '2024/25 H2'],
    ['annual', 'same_period_last_year', '2025/26', '2024/25'],
  ] as const)('%s %s of %s is %s', (frequency, comparator, period, expected) => {
    expect(comparatorPeriodOf(frequency, comparator, period)).toBe(expected);
  });
});

describe('latestAssessment', () => {
  it('assesses the latest observed period whatever the input order', () => {
    const shuffled = [observations[3]!, observations[0]!, observations[2]!, observations[1]!];
    expect(latestAssessment({ indicator: quarterly, observations: shuffled, targets, today })).toMatchObject({ period: '2025/26 Q2', value: 95, rag: 'green' });
  });

  it('orders Q4 after Q3 across the calendar year', () => {
    const result = latestAssessment({ indicator: quarterly, observations: [{ period: '2025/26 Q4', value: 1 }, { period: '2025/26 Q3', value: 2 }], targets, today });
    expect(result.period).toBe('2025/26 Q4');
  });

  it('reports a stale, unrated no-data state when nothing is observed', () => {
    expect(latestAssessment({ indicator: quarterly, observations: [{ period: 'bad', value: 1 }], targets, today })).toEqual({
      period: null, value: null, target: null, comparatorPeriod: null, comparatorValue: null,
      rag: null, ragReason: 'No figures recorded yet', direction: null, directionReason: 'No figures recorded yet',
      stale: true, dueBy: null, staleReason: 'No figures recorded yet',
    });
    expect(latestAssessment({ indicator: { ...quarterly, kind: 'contextual' }, observations: [], targets: [], today }).ragReason).toBe(
      'Contextual indicator: tracked, not rated against a target',
    );
  });
});
