import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, todayIso } from '../../renderer/src/format/dates';
import { currentFinancialYear } from '../../renderer/src/forms/programme-draft';

describe('formatDate', () => {
  it('writes ISO dates as "1 Apr 2025"', () => {
    expect(formatDate('2025-04-01')).toBe('1 Apr 2025');
    expect(formatDate('2028-03-31')).toBe('31 Mar 2028');
    expect(formatDate('2025-09-09')).toBe('9 Sep 2025');
  });

  it('shows nothing for missing dates and leaves unknown text alone', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
  });
});

describe('formatDateTime', () => {
  it('shows UTC timestamps in UK time, including British Summer Time', () => {
    expect(formatDateTime('2025-07-01T13:05:00.000Z')).toBe('1 Jul 2025, 14:05');
    expect(formatDateTime('2025-01-15T09:30:00Z')).toBe('15 Jan 2025, 09:30');
  });

  it('uses the given time zone', () => {
    expect(formatDateTime('2025-01-15T23:30:00Z', 'UTC')).toBe('15 Jan 2025, 23:30');
  });

  it('copes with missing and unreadable values', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('currentFinancialYear', () => {
  it('runs April to March', () => {
    expect(currentFinancialYear(new Date(2025, 3, 1))).toBe('2025/26');
    expect(currentFinancialYear(new Date(2026, 2, 31))).toBe('2025/26');
    expect(currentFinancialYear(new Date(2099, 6, 1))).toBe('2099/00');
  });
});

describe('todayIso', () => {
  it('is the date in the UK, across the clock change', () => {
    expect(todayIso(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
    expect(todayIso(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
  });
});
