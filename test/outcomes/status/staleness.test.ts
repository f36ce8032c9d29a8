import { describe, expect, it } from 'vitest';
import { DEFAULT_GRACE_DAYS, staleness, type Frequency } from '../../../core/outcomes/status';

describe('staleness', () => {
  it('uses documented default grace days', () => {
    expect(DEFAULT_GRACE_DAYS).toEqual({ monthly: 45, quarterly: 90, six_monthly: 120, annual: 240 });
  });

  it.each<[Frequency, string, string, string, boolean]>([
    // frequency, latest period, today, due by, stale
    ['quarterly', '2025/26 Q1', '2025-12-29', '2025-12-29', false],
    ['quarterly', '2025/26 Q1', '2025-12-30', '2025-12-29', true],
    ['quarterly', '2025/26 Q1', '2025-07-15', '2025-12-29', false],
    ['quarterly', '2025/26 Q3', '2026-06-29', '2026-06-29', false],
    ['quarterly', '2025/26 Q3', '2026-06-30', '2026-06-29', true],
    ['quarterly', '2025/26 Q4', '2026-09-28', '2026-09-28', false],
    ['monthly', '2025-12', '2026-03-17', '2026-03-17', false],
    ['monthly', '2025-12', '2026-03-18', '2026-03-17', true],
    ['monthly', '2024-01', '2024-04-14', '2024-04-14', false],
    ['monthly', '2024-01', '2024-04-15', '2024-04-14', true],
    ['six_monthly', '2025/26 H1', '2026-07-29', '2026-07-29', false],
    ['six_monthly', '2025/26 H1', '2026-07-30', '2026-07-29', true],
    ['six_monthly', '2025/26 H2', '2027-01-29', '2027-01-28', true],
    ['annual', '2024/25', '2026-11-26', '2026-11-26', false],
    ['annual', '2024/25', '2026-11-27', '2026-11-26', true],
    ['annual', '2027/28', '2026-01-01', '2029-11-26', false],
  ])('%s latest %s on %s: due by %s, stale %s', (frequency, latestPeriod, today, dueBy, stale) => {
    const result = staleness({ frequency, latestPeriod, today });
    expect(result).toMatchObject({ stale, dueBy });
    expect(result.reason).toContain(dueBy);
  });

  it('explains both outcomes', () => {
    expect(staleness({ frequency: 'quarterly', latestPeriod: '2025/26 Q1', today: '2025-12-30' }).reason).toBe('Out of date: the 2025/26 Q2 figure was due by 2025-12-29');
    expect(staleness({ frequency: 'quarterly', latestPeriod: '2025/26 Q1', today: '2025-12-01' }).reason).toBe(
      'Up to date: latest figure is for 2025/26 Q1; 2025/26 Q2 is due by 2025-12-29',
    );
  });

  it('is stale with no observations at all', () => {
    expect(staleness({ frequency: 'annual', latestPeriod: null, today: '2026-01-01' })).toEqual({ stale: true, dueBy: null, reason: 'No figures recorded yet' });
  });

  it('accepts a grace-days override, including zero', () => {
    expect(staleness({ frequency: 'quarterly', latestPeriod: '2025/26 Q1', today: '2025-09-30', graceDays: 0 })).toMatchObject({ stale: false, dueBy: '2025-09-30' });
    expect(staleness({ frequency: 'quarterly', latestPeriod: '2025/26 Q1', today: '2025-10-01', graceDays: 0 }).stale).toBe(true);
    expect(staleness({ frequency: 'quarterly', latestPeriod: '2025/26 Q1', today: '2025-10-01', graceDays: null }).dueBy).toBe('2025-12-29');
  });

  it.each([-1, 1.5, Number.NaN])('rejects grace days of %s', (graceDays) => {
    expect(() => staleness({ frequency: 'monthly', latestPeriod: '2025-01', today: '2025-06-01', graceDays })).toThrow(RangeError);
  });

  it('rejects a bad today or latest period', () => {
    expect(() => staleness({ frequency: 'monthly', latestPeriod: '2025-01', today: '01/06/2025' })).toThrow('"01/06/2025"');
    expect(() => staleness({ frequency: 'quarterly', latestPeriod: '2025/26 Q5', today: '2025-06-01' })).toThrow('"2025/26 Q5"');
  });
});
