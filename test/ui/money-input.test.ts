import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PENCE, parsePoundsToPence, penceToPoundsInput } from '../../renderer/src/forms/money-input';
import { formatCount, formatPence } from '../../renderer/src/format/money';

const pence = (text: string) => {
  const result = parsePoundsToPence(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.message}`);
  return result.pence;
};
const refusal = (text: string) => {
  const result = parsePoundsToPence(text);
  if (result.ok) throw new Error(`expected ${text} to be refused, got ${result.pence}`);
  return result.message;
};

describe('parsePoundsToPence', () => {
  it('reads grouped pounds and pence exactly', () => {
    expect(pence('1,234.56')).toBe(123456);
    expect(pence('1,234,567.89')).toBe(123456789);
    expect(pence('£1,234.56')).toBe(123456);
    expect(pence('  2000 ')).toBe(200000);
  });

  it('has no floating point error on awkward values', () => {
    expect(pence('0.29')).toBe(29);
    expect(pence('1.15')).toBe(115);
    expect(pence('4.35')).toBe(435);
    expect(pence('19.99')).toBe(1999);
    expect(pence('0.07')).toBe(7);
  });

  it('pads one decimal place and accepts a bare fraction', () => {
    expect(pence('1234.5')).toBe(123450);
    expect(pence('12.')).toBe(1200);
    expect(pence('.5')).toBe(50);
    expect(pence('0')).toBe(0);
    expect(pence('007.10')).toBe(710);
  });

  it('refuses more than 2 decimal places with a message', () => {
    expect(refusal('1,234.567')).toMatch(/2 decimal places/);
    expect(refusal('0.001')).toMatch(/2 decimal places/);
  });

  it('refuses negatives, letters, bad grouping and empty text', () => {
    expect(refusal('-5')).toMatch(/negative/);
    expect(refusal('12a')).toMatch(/numbers, commas and a decimal point/);
    expect(refusal('1,23.00')).toMatch(/numbers, commas/);
    expect(refusal('1.2.3')).toMatch(/numbers, commas/);
    expect(refusal('')).toMatch(/Enter an amount/);
    expect(refusal('1e5')).toMatch(/numbers, commas/);
  });

  it('refuses amounts beyond what the API accepts', () => {
    expect(pence('100,000,000,000')).toBe(MAX_PENCE);
    expect(refusal('100,000,000,000.01')).toMatch(/larger/);
    expect(refusal('99999999999999999999')).toMatch(/larger/);
  });

  it('round-trips every whole number of pence through the edit form text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_PENCE }), (value) => {
        expect(pence(penceToPoundsInput(value))).toBe(value);
      }),
    );
  });
});

describe('penceToPoundsInput', () => {
  it('writes plain pounds with two decimals', () => {
    expect(penceToPoundsInput(123456)).toBe('1234.56');
    expect(penceToPoundsInput(100)).toBe('1.00');
    expect(penceToPoundsInput(7)).toBe('0.07');
    expect(penceToPoundsInput(0)).toBe('0.00');
  });
});

describe('formatPence and formatCount', () => {
  it('formats integer pence as en-GB pounds', () => {
    expect(formatPence(123456)).toBe('£1,234.56');
    expect(formatPence(0)).toBe('£0.00');
    expect(formatPence(40_000_000_000)).toBe('£400,000,000.00');
  });

  it('groups counts the en-GB way', () => {
    expect(formatCount(10000)).toBe('10,000');
  });
});
