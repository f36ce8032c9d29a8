import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCE_PERCENT, ragStatus, toleranceBand, type Polarity, type Rag } from '../../../core/outcomes/status';

type Row = [Polarity, number | null, number, number | null, number | null, Rag | null, string];

const rate = (polarity: Polarity, target: number | null, tolerancePercent: number, value: number | null, comparatorValue: number | null) =>
  ragStatus({ kind: 'accountable', polarity, target, tolerancePercent, value, comparatorValue });

describe('ragStatus: directional polarities', () => {
  it.each<Row>([
    // polarity, target, tolerance %, value, comparator, rag, reason contains
    ['higher_is_better', 100, 10, 120, null, 'green', 'On target (120.0 against 100.0)'],
    ['higher_is_better', 100, 10, 100, null, 'green', 'On target (100.0 against 100.0)'],
    ['higher_is_better', 100, 10, 95, null, 'green', 'Within 10% of target (95.0 against 100.0)'],
    ['higher_is_better', 100, 10, 90, null, 'green', 'Within 10% of target (90.0 against 100.0)'],
    ['higher_is_better', 100, 10, 90 - 1e-12, null, 'green', 'Within 10%'],
    ['higher_is_better', 100, 10, 89.999, 95, 'red', 'Outside tolerance and not improved (89.999 against 100.0): worse than 95.0'],
    ['higher_is_better', 100, 10, 89.999, 80, 'amber', 'Outside tolerance but improved on the comparator (89.999 against 100.0), from 80.0'],
    ['higher_is_better', 100, 10, 80, 70, 'amber', 'improved on the comparator'],
    ['higher_is_better', 100, 10, 80, 80, 'red', 'unchanged from 80.0, which does not count as improvement'],
    ['higher_is_better', 100, 10, 80, 80 + 1e-12, 'red', 'unchanged'],
    ['higher_is_better', 100, 10, 80, 85, 'red', 'worse than 85.0'],
    ['higher_is_better', 100, 10, 80, null, 'red', 'Outside tolerance (80.0 against 100.0) with no comparator figure to show improvement'],
    ['higher_is_better', 13, 10, 12, null, 'green', 'Within 10% of target (12.0 against 13.0)'],
    ['higher_is_better', 0.3, 10, 0.27, null, 'green', 'Within 10% of target (0.27 against 0.3)'],
    ['higher_is_better', 1000, 7.5, 925, null, 'green', 'Within 7.5% of target (925.0 against 1,000.0)'],
    ['higher_is_better', 1000, 7.5, 924, 900, 'amber', 'improved'],
    ['higher_is_better', 100, 0, 99.9, null, 'red', 'no comparator figure'],
    ['higher_is_better', 100, 0, 100, null, 'green', 'On target'],
    ['lower_is_better', 100, 10, 80, null, 'green', 'On target (80.0 against 100.0)'],
    ['lower_is_better', 100, 10, 110, null, 'green', 'Within 10% of target (110.0 against 100.0)'],
    ['lower_is_better', 0.3, 10, 0.33, null, 'green', 'Within 10% of target'],
    ['lower_is_better', 100, 10, 110.001, 120, 'amber', 'improved on the comparator'],
    ['lower_is_better', 100, 10, 110.001, 100, 'red', 'worse than 100.0'],
    ['lower_is_better', 100, 10, 110.001, 110.001, 'red', 'unchanged'],
    ['lower_is_better', 100, 10, 120, null, 'red', 'no comparator figure'],
  ])('%s target %s, tolerance %s: value %s vs comparator %s → %s', (polarity, target, tolerance, value, comparator, rag, reason) => {
    const result = rate(polarity, target, tolerance, value, comparator);
    expect(result.rag).toBe(rag);
    expect(result.reason).toContain(reason);
  });
});

describe('ragStatus: negative figures and zero targets', () => {
  it.each<Row>([
    ['higher_is_better', -50, 10, -55, null, 'green', 'Within 10% of target (-55.0 against -50.0)'],
    ['higher_is_better', -50, 10, -40, null, 'green', 'On target'],
    ['higher_is_better', -50, 10, -55.5, -60, 'amber', 'improved'],
    ['higher_is_better', -50, 10, -56, -50, 'red', 'not improved'],
    ['lower_is_better', -50, 10, -45, null, 'green', 'Within 10%'],
    ['lower_is_better', -50, 10, -60, null, 'green', 'On target'],
    ['lower_is_better', -50, 10, -44, -40, 'amber', 'improved'],
    ['lower_is_better', -50, 10, -44, -44, 'red', 'unchanged'],
    // Target 0: the tolerance is an absolute band of tolerancePercent / 100 (10% → 0.1).
    ['lower_is_better', 0, 10, 0, null, 'green', 'On target (0.0 against 0.0)'],
    ['lower_is_better', 0, 10, 0.1, null, 'green', 'Within 0.1 of a zero target (0.1 against 0.0)'],
    ['lower_is_better', 0, 10, 0.1000001, 1, 'amber', 'improved'],
    ['lower_is_better', 0, 10, 0.2, 0.2, 'red', 'unchanged'],
    ['lower_is_better', 0, 25, 0.25, null, 'green', 'Within 0.25 of a zero target'],
    ['higher_is_better', 0, 10, 5, null, 'green', 'On target'],
    ['higher_is_better', 0, 10, -0.1, null, 'green', 'Within 0.1 of a zero target'],
    ['higher_is_better', 0, 10, -0.5, -1, 'amber', 'improved'],
    ['higher_is_better', 0, 10, -0.5, null, 'red', 'no comparator'],
  ])('%s target %s, tolerance %s: value %s vs comparator %s → %s', (polarity, target, tolerance, value, comparator, rag, reason) => {
    const result = rate(polarity, target, tolerance, value, comparator);
    expect(result.rag).toBe(rag);
    expect(result.reason).toContain(reason);
  });

  it('zero-target bands are absolute, so they do not scale with the figures', () => {
    expect(toleranceBand(0, 10)).toBe(0.1);
    expect(toleranceBand(-200, 10)).toBe(20);
    expect(rate('lower_is_better', 0, 10, 0.05, null).rag).toBe('green');
    expect(rate('lower_is_better', 0, 10, 0.5, null).rag).toBe('red');
  });
});

describe('ragStatus: no polarity (rated by distance either way, never red)', () => {
  it.each<Row>([
    ['none', 13, 10, 13, null, 'green', 'On target (13.0 against 13.0)'],
    ['none', 13, 10, 12, null, 'green', 'Within 10% of target either way (12.0 against 13.0)'],
    ['none', 13, 10, 14.3, null, 'green', 'either way'],
    ['none', 13, 10, 11.7, null, 'green', 'either way'],
    ['none', 13, 10, 15, 20, 'amber', 'More than 10% away from target (15.0 against 13.0); with no polarity this is never rated red'],
    ['none', 13, 10, 10, 13, 'amber', 'never rated red'],
    ['none', 13, 10, 10, null, 'amber', 'never rated red'],
    ['none', 0, 10, 0.1, null, 'green', 'Within 0.1 of a zero target either way'],
    ['none', 0, 10, -0.5, null, 'amber', 'More than 0.1 away from a zero target'],
    ['none', null, 10, 15, 20, null, 'No target for this period'],
    ['none', 13, 10, null, 20, null, 'No value for this period'],
  ])('%s target %s, tolerance %s: value %s vs comparator %s → %s', (polarity, target, tolerance, value, comparator, rag, reason) => {
    const result = rate(polarity, target, tolerance, value, comparator);
    expect(result.rag).toBe(rag);
    expect(result.reason).toContain(reason);
  });
});

describe('ragStatus: not rated', () => {
  it.each<[string, Parameters<typeof ragStatus>[0], string]>([
    ['contextual', { kind: 'contextual', polarity: 'higher_is_better', target: 100, value: 50, comparatorValue: 60 }, 'Contextual indicator: tracked, not rated against a target'],
    ['contextual, no data', { kind: 'contextual', polarity: 'none', target: null, value: null, comparatorValue: null }, 'Contextual indicator: tracked, not rated against a target'],
    ['no target', { kind: 'accountable', polarity: 'higher_is_better', target: null, value: 50, comparatorValue: 60 }, 'No target for this period'],
    ['no value', { kind: 'accountable', polarity: 'lower_is_better', target: 100, value: null, comparatorValue: 60 }, 'No value for this period'],
    ['neither', { kind: 'accountable', polarity: 'lower_is_better', target: null, value: null, comparatorValue: null }, 'No value or target for this period'],
    ['NaN value', { kind: 'accountable', polarity: 'higher_is_better', target: 100, value: Number.NaN, comparatorValue: null }, 'No value for this period'],
    ['infinite target', { kind: 'accountable', polarity: 'higher_is_better', target: Infinity, value: 1, comparatorValue: null }, 'No target for this period'],
  ])('%s', (_label, input, reason) => {
    expect(ragStatus(input)).toEqual({ rag: null, reason });
  });
});

describe('ragStatus: tolerance setting', () => {
  it('defaults to 10% when omitted or null', () => {
    expect(DEFAULT_TOLERANCE_PERCENT).toBe(10);
    const base = { kind: 'accountable', polarity: 'higher_is_better', target: 100, value: 90, comparatorValue: null } as const;
    expect(ragStatus(base).rag).toBe('green');
    expect(ragStatus({ ...base, tolerancePercent: null }).rag).toBe('green');
    expect(ragStatus({ ...base, value: 89.9 }).rag).toBe('red');
  });

  it.each([-1, Number.NaN, Infinity])('rejects a tolerance of %s', (tolerancePercent) => {
    expect(() => ragStatus({ kind: 'accountable', polarity: 'higher_is_better', target: 100, tolerancePercent, value: 90, comparatorValue: null })).toThrow(RangeError);
  });

  it('comparator is ignored while within tolerance', () => {
    expect(rate('higher_is_better', 100, 10, 91, 99).rag).toBe('green');
    expect(rate('lower_is_better', 100, 10, 109, 101).rag).toBe('green');
  });
});
