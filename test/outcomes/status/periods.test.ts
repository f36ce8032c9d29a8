import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePeriods,
  isIsoDate,
  isPeriodKey,
  nextPeriod,
  parsePeriod,
  periodKeyOf,
  previousPeriod,
  samePeriodLastYear,
  type Frequency,
} from '../../../core/outcomes/status';

describe('parsePeriod', () => {
  it.each<[Frequency, string, string, string]>([
    ['monthly', '2025-01', '2025-01-01', '2025-01-31'],
    ['monthly', '2025-04', '2025-04-01', '2025-04-30'],
    ['monthly', '2025-12', '2025-12-01', '2025-12-31'],
    ['monthly', '2024-02', '2024-02-01', '2024-02-29'],
    ['monthly', '2025-02', '2025-02-01', '2025-02-28'],
    ['monthly', '1900-02', '1900-02-01', '1900-02-28'],
    ['monthly', '2000-02', '2000-02-01', '2000-02-29'],
    ['quarterly', '2025/26 Q1', '2025-04-01', '2025-06-30'],
    ['quarterly', '2025/26 Q2', '2025-07-01', '2025-09-30'],
    ['quarterly', '2025/26 Q3', '2025-10-01', '2025-12-31'],
    ['quarterly', '2025/26 Q4', '2026-01-01', '2026-03-31'],
    ['quarterly', '1999/00 Q4', '2000-01-01', '2000-03-31'],
    ['six_monthly', '2025/26 H1', '2025-04-01', '2025-09-30'],
    ['six_monthly', '2025/26 H2', '2025-10-01', '2026-03-31'],
    ['annual', '2025/26', '2025-04-01', '2026-03-31'],
    ['annual', '1999/00', '1999-04-01', '2000-03-31'],
    ['annual', '9998/99', '9998-04-01', '9999-03-31'],
    ['monthly', '9999-12', '9999-12-01', '9999-12-31'],
  ])('%s %s runs %s to %s', (frequency, key, start, end) => {
    expect(parsePeriod(frequency, key)).toEqual({ start, end });
    expect(isPeriodKey(frequency, key)).toBe(true);
  });

  it.each<[Frequency, string]>([
    ['quarterly', '2025/27 Q1'],
    ['quarterly', '2025/26 Q5'],
    ['quarterly', '2025/26 Q0'],
    ['quarterly', '2025/26 q1'],
    ['quarterly', ' 2025/26 Q1'],
    ['quarterly', '2025/26 Q1 '],
    ['quarterly', '2025/26Q1'],
    ['quarterly', '2025-26 Q1'],
    ['quarterly', '25/26 Q1'],
    ['quarterly', '2025/26 H1'],
    ['quarterly', '2025/26'],
    ['quarterly', ''],
    ['monthly', '2026-13'],
    ['monthly', '2026-00'],
    ['monthly', '2026-1'],
    ['monthly', '2026/01'],
    ['monthly', '2026-01-01'],
    ['monthly', '2025/26'],
    ['monthly', '0999-12'],
    ['six_monthly', '2025/26 H3'],
    ['six_monthly', '2025/26 H0'],
    ['six_monthly', '2025/27 H1'],
    ['six_monthly', '2025/26 Q1'],
    ['annual', '2025/27'],
    ['annual', '2025/2026'],
    ['annual', '2025'],
    ['annual', '2025/26 Q1'],
    ['annual', '9999/00'],
    ['annual', '0999/00'],
  ])('%s rejects %j with an error naming the key', (frequency, key) => {
    expect(isPeriodKey(frequency, key)).toBe(false);
    expect(() => parsePeriod(frequency, key)).toThrow(`"${key}" is not a valid`);
  });

  it('says what a valid key looks like', () => {
    expect(() => parsePeriod('six_monthly', '2025/26 H3')).toThrow('expected a key like "2025/26 H1"');
    expect(() => parsePeriod('monthly', '2026-13')).toThrow('expected a key like "2025-07"');
  });
});

describe('periodKeyOf', () => {
  it.each<[Frequency, string, string]>([
    ['monthly', '2024-02-29', '2024-02'],
    ['monthly', '2025-12-31', '2025-12'],
    ['quarterly', '2025-04-01', '2025/26 Q1'],
    ['quarterly', '2025-03-31', '2024/25 Q4'],
    ['quarterly', '2025-09-30', '2025/26 Q2'],
    ['quarterly', '2025-12-31', '2025/26 Q3'],
    ['quarterly', '2026-01-01', '2025/26 Q4'],
    ['quarterly', '2026-02-14', '2025/26 Q4'],
    ['six_monthly', '2025-09-30', '2025/26 H1'],
    ['six_monthly', '2025-10-01', '2025/26 H2'],
    ['six_monthly', '2026-03-31', '2025/26 H2'],
    ['six_monthly', '2026-04-01', '2026/27 H1'],
    ['annual', '2026-01-15', '2025/26'],
    ['annual', '2025-03-31', '2024/25'],
    ['annual', '2000-01-01', '1999/00'],
  ])('%s of %s is %s', (frequency, date, key) => {
    expect(periodKeyOf(frequency, date)).toBe(key);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-01', '14/02/2026', ''])('rejects %j', (date) => {
    expect(() => periodKeyOf('quarterly', date)).toThrow(`"${date}" is not a calendar date`);
  });

  it('rejects a date whose financial year is out of range', () => {
    expect(() => periodKeyOf('annual', '1000-03-31')).toThrow(RangeError);
  });
});

describe('previousPeriod, nextPeriod and samePeriodLastYear', () => {
  it.each<[Frequency, string, string, string, string]>([
    // frequency, key, previous, next, same period last year
    ['monthly', '2026-01', '2025-12', '2026-02', '2025-01'],
    ['monthly', '2025-12', '2025-11', '2026-01', '2024-12'],
    ['quarterly', '2026/27 Q1', '2025/26 Q4', '2026/27 Q2', '2025/26 Q1'],
    ['quarterly', '2025/26 Q4', '2025/26 Q3', '2026/27 Q1', '2024/25 Q4'],
    ['quarterly', '2025/26 Q3', '2025/26 Q2', '2025/26 Q4', '2024/25 Q3'],
    ['quarterly', '2000/01 Q1', '1999/00 Q4', '2000/01 Q2', '1999/00 Q1'],
    ['six_monthly', '2025/26 H1', '2024/25 H2', '2025/26 H2', '2024/25 H1'],
    ['six_monthly', '2025/26 H2', '2025/26 H1', '2026/27 H1', '2024/25 H2'],
    ['annual', '2025/26', '2024/25', '2026/27', '2024/25'],
    ['annual', '2000/01', '1999/00', '2001/02', '1999/00'],
    ['annual', '1999/00', '1998/99', '2000/01', '1998/99'],
  ])('%s %s: previous %s, next %s, a year earlier %s', (frequency, key, previous, next, lastYear) => {
    expect(previousPeriod(frequency, key)).toBe(previous);
    expect(nextPeriod(frequency, key)).toBe(next);
    expect(samePeriodLastYear(frequency, key)).toBe(lastYear);
  });

  it('throws on invalid keys and at the edges of the supported years', () => {
    expect(() => previousPeriod('quarterly', '2025/26 Q5')).toThrow('"2025/26 Q5"');
    expect(() => samePeriodLastYear('monthly', '2026-13')).toThrow('"2026-13"');
    expect(() => previousPeriod('monthly', '1000-01')).toThrow(RangeError);
    expect(() => nextPeriod('annual', '9998/99')).toThrow(RangeError);
    expect(() => samePeriodLastYear('quarterly', '1000/01 Q4')).toThrow(RangeError);
  });
});

describe('comparePeriods', () => {
  it('sorts quarters across financial and calendar years', () => {
    const keys = ['2025/26 Q1', '2024/25 Q4', '2025/26 Q4', '2026/27 Q1', '2025/26 Q2', '2025/26 Q3'];
    expect([...keys].sort((a, b) => comparePeriods('quarterly', a, b))).toEqual([
      '2024/25 Q4', '2025/26 Q1', '2025/26 Q2', '2025/26 Q3', '2025/26 Q4', '2026/27 Q1',
    ]);
  });

  it.each<[Frequency, string, string, number]>([
    ['annual', '1999/00', '2000/01', -1],
    ['annual', '2000/01', '1999/00', 1],
    ['six_monthly', '2025/26 H2', '2026/27 H1', -1],
    ['monthly', '2025-12', '2026-01', -1],
    ['monthly', '2026-01', '2026-01', 0],
  ])('%s: %s vs %s has sign %d', (frequency, a, b, sign) => {
    expect(Math.sign(comparePeriods(frequency, a, b))).toBe(sign);
  });

  it('throws on an invalid key', () => {
    expect(() => comparePeriods('quarterly', '2025/26 Q1', '2025/26 Q5')).toThrow('"2025/26 Q5"');
  });
});

describe('date helpers', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-31', 240, '2026-11-26'],
    ['2025-06-30', 0, '2025-06-30'],
  ])('%s plus %d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(() => addDays('2025-02-30', 1)).toThrow('"2025-02-30"');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});
