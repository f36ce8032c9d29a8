import { describe, expect, it } from 'vitest';
import { canonical, fingerprintOf, listOf, longDate, money, percent, points } from '../../../core/alignment/rules/format';

describe('format helpers', () => {
  it('formats pence as pounds with Intl en-GB', () => {
    expect(money(0)).toBe('£0.00');
    expect(money(123_456_789)).toBe('£1,234,567.89');
    expect(money(-5)).toBe('-£0.05');
    expect(money(12.5)).toBe('£0.13');
  });

  it('writes percentages to one decimal place without claiming 0% or 100% falsely', () => {
    expect([0, 0.5, 5 / 6, 2 / 3, 1, 0.9996, 0.0001].map(percent)).toEqual(['0%', '50%', '83.3%', '66.7%', '100%', '99.9%', '0.1%']);
    expect(points(0.05)).toBe('5 points');
    expect(points(0.025)).toBe('2.5 points');
  });

  it('writes dates and lists the en-GB way, and leaves odd dates as given', () => {
    expect(longDate('2026-03-31')).toBe('31 March 2026');
    expect(longDate('31/03/2026')).toBe('31/03/2026');
    expect([listOf([]), listOf(['A']), listOf(['A', 'B']), listOf(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });

  it('fingerprints data regardless of key order, but not of array order or values', () => {
    expect(canonical({ b: 1, a: [2, { d: null, c: 'x' }] })).toBe('{"a":[2,{"c":"x","d":null}],"b":1}');
    expect(fingerprintOf({ a: 1, b: 2 })).toBe(fingerprintOf({ b: 2, a: 1 }));
    expect(fingerprintOf([1, 2])).not.toBe(fingerprintOf([2, 1]));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ a: 2 }));
    expect(fingerprintOf({ a: 1 })).toMatch(/^fp1-[0-9a-f]{14}$/);
  });
});
