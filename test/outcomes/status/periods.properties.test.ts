import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePeriods,
  isPeriodKey,
  nextPeriod,
  parsePeriod,
  periodKeyOf,
  previousPeriod,
  samePeriodLastYear,
  type Frequency,
} from '../../../core/outcomes/status';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Valid keys built independently of the code under test, away from the edges of the supported years. */
function keyArbitrary(frequency: Frequency): fc.Arbitrary<string> {
  const year = fc.integer({ min: 1002, max: 9996 });
  const fy = (y: number) => `${y}/${pad((y + 1) % 100, 2)}`;
  switch (frequency) {
    case 'monthly':
      return fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m, 2)}`);
    case 'quarterly':
      return fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${fy(y)} Q${q}`);
    case 'six_monthly':
      return fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${fy(y)} H${h}`);
    case 'annual':
      return year.map(fy);
  }
}

const frequencyAndKey = fc
  .constantFrom<Frequency>('monthly', 'quarterly', 'six_monthly', 'annual')
  .chain((frequency) => keyArbitrary(frequency).map((key) => [frequency, key] as const));

const isoDate = fc.date({ min: new Date('1001-06-01T00:00:00Z'), max: new Date('9997-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('period properties', () => {
  it('(f) previousPeriod then nextPeriod round-trips, and so does the reverse', () => {
    fc.assert(
      fc.property(frequencyAndKey, ([frequency, key]) => {
        expect(nextPeriod(frequency, previousPeriod(frequency, key))).toBe(key);
        expect(previousPeriod(frequency, nextPeriod(frequency, key))).toBe(key);
      }),
    );
  });

  it('(f) periodKeyOf(parsePeriod(key).start) === key, and the same for the end date', () => {
    fc.assert(
      fc.property(frequencyAndKey, ([frequency, key]) => {
        expect(isPeriodKey(frequency, key)).toBe(true);
        const { start, end } = parsePeriod(frequency, key);
        expect(periodKeyOf(frequency, start)).toBe(key);
        expect(periodKeyOf(frequency, end)).toBe(key);
      }),
    );
  });

  it('periods tile time: the next period starts the day after this one ends', () => {
    fc.assert(
      fc.property(frequencyAndKey, ([frequency, key]) => {
        expect(parsePeriod(frequency, nextPeriod(frequency, key)).start).toBe(addDays(parsePeriod(frequency, key).end, 1));
      }),
    );
  });

  it('the same period last year starts exactly one calendar year earlier', () => {
    fc.assert(
      fc.property(frequencyAndKey, ([frequency, key]) => {
        const { start } = parsePeriod(frequency, key);
        const earlier = parsePeriod(frequency, samePeriodLastYear(frequency, key)).start;
        expect(earlier).toBe(`${pad(Number(start.slice(0, 4)) - 1, 4)}${start.slice(4)}`);
      }),
    );
  });

  it('every date falls inside the period periodKeyOf gives it', () => {
    fc.assert(
      fc.property(fc.constantFrom<Frequency>('monthly', 'quarterly', 'six_monthly', 'annual'), isoDate, (frequency, date) => {
        const { start, end } = parsePeriod(frequency, periodKeyOf(frequency, date));
        expect(start <= date && date <= end).toBe(true);
      }),
    );
  });

  it('comparePeriods orders keys as their start dates do', () => {
    const twoKeys = fc
      .constantFrom<Frequency>('monthly', 'quarterly', 'six_monthly', 'annual')
      .chain((frequency) => fc.tuple(fc.constant(frequency), keyArbitrary(frequency), keyArbitrary(frequency)));
    fc.assert(
      fc.property(twoKeys, ([frequency, a, b]) => {
        const byDate = parsePeriod(frequency, a).start.localeCompare(parsePeriod(frequency, b).start);
        expect(Math.sign(comparePeriods(frequency, a, b))).toBe(Math.sign(byDate));
      }),
    );
  });
});
