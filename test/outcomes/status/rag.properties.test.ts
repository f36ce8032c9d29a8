import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionOfTravel, ragStatus, type Polarity } from '../../../core/outcomes/status';

const polarity = fc.constantFrom<Polarity>('higher_is_better', 'lower_is_better', 'none');
const directional = fc.constantFrom<Polarity>('higher_is_better', 'lower_is_better');
const int = fc.integer({ min: -1_000_000, max: 1_000_000 });
const tolerance = fc.integer({ min: 0, max: 50 });
const figure = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
/** Negation that keeps 0 as 0 (not −0), so reason formatting never meets "-0". */
const neg = (n: number | null) => (n === null ? null : 0 - n);

const rag = (p: Polarity, target: number | null, tolerancePercent: number, value: number | null, comparatorValue: number | null) =>
  ragStatus({ kind: 'accountable', polarity: p, target, tolerancePercent, value, comparatorValue }).rag;

describe('RAG properties', () => {
  it('(a) higher-is-better on (v, t, c) rates the same as lower-is-better on (−v, −t, −c)', () => {
    fc.assert(
      fc.property(int, int, fc.option(int), tolerance, (value, target, comparator, tp) => {
        expect(rag('lower_is_better', neg(target), tp, neg(value), neg(comparator))).toBe(rag('higher_is_better', target, tp, value, comparator));
        expect(rag('none', neg(target), tp, neg(value), neg(comparator))).toBe(rag('none', target, tp, value, comparator));
      }),
    );
  });

  it('(a′) the symmetry also holds for arbitrary doubles', () => {
    fc.assert(
      fc.property(figure, figure, fc.option(figure), fc.double({ min: 0, max: 100, noNaN: true }), (value, target, comparator, tp) => {
        expect(rag('lower_is_better', neg(target), tp, neg(value), neg(comparator))).toBe(rag('higher_is_better', target, tp, value, comparator));
      }),
    );
  });

  it('(b) scaling every figure by a positive factor leaves the RAG unchanged (non-zero targets)', () => {
    const factor = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -20, max: 20 }).map((k) => 2 ** k));
    fc.assert(
      fc.property(polarity, int, int.filter((t) => t !== 0), fc.option(int), tolerance, factor, (p, value, target, comparator, tp, k) => {
        const scaled = rag(p, target * k, tp, value * k, comparator === null ? null : comparator * k);
        expect(scaled).toBe(rag(p, target, tp, value, comparator));
      }),
    );
  });

  it('(c) a value on the target side of the target is always green, whatever the comparator', () => {
    fc.assert(
      fc.property(directional, figure, fc.double({ min: 0, max: 1e9, noNaN: true }), fc.option(figure), tolerance, (p, target, beyond, comparator, tp) => {
        const value = p === 'higher_is_better' ? target + beyond : target - beyond;
        expect(rag(p, target, tp, value, comparator)).toBe('green');
      }),
    );
    fc.assert(
      fc.property(figure, tolerance, (target, tp) => {
        expect(rag('none', target, tp, target, null)).toBe('green');
      }),
    );
  });

  it('(e) contextual indicators never get a RAG', () => {
    const maybe = fc.option(figure);
    fc.assert(
      fc.property(polarity, maybe, maybe, maybe, tolerance, (p, target, value, comparatorValue, tolerancePercent) => {
        expect(ragStatus({ kind: 'contextual', polarity: p, target, tolerancePercent, value, comparatorValue }).rag).toBeNull();
      }),
    );
  });

  it('a wider tolerance never makes a rating worse, and polarity none is never red', () => {
    const order = { green: 2, amber: 1, red: 0 } as const;
    fc.assert(
      fc.property(polarity, int, int, fc.option(int), tolerance, tolerance, (p, value, target, comparator, a, b) => {
        const narrow = rag(p, target, Math.min(a, b), value, comparator)!;
        const wide = rag(p, target, Math.max(a, b), value, comparator)!;
        expect(order[wide]).toBeGreaterThanOrEqual(order[narrow]);
        if (p === 'none') expect(narrow).not.toBe('red');
      }),
    );
  });

  it('amber and red depend only on whether the value strictly improved on the comparator', () => {
    fc.assert(
      fc.property(directional, int, int, int, tolerance, (p, value, target, comparator, tp) => {
        const result = rag(p, target, tp, value, comparator);
        if (result === 'green') return;
        const improved = p === 'higher_is_better' ? value > comparator : value < comparator;
        expect(result).toBe(improved ? 'amber' : 'red');
      }),
    );
  });
});

describe('direction of travel properties', () => {
  const swapped = { improving: 'worsening', worsening: 'improving', increasing: 'decreasing', decreasing: 'increasing', no_change: 'no_change' } as const;

  it('(d) swapping value and comparator swaps improving/worsening and increasing/decreasing', () => {
    fc.assert(
      fc.property(polarity, figure, figure, (p, value, comparatorValue) => {
        const forward = directionOfTravel({ polarity: p, value, comparatorValue }).direction!;
        const backward = directionOfTravel({ polarity: p, value: comparatorValue, comparatorValue: value }).direction!;
        expect(backward).toBe(swapped[forward]);
      }),
    );
  });

  it('agrees with the RAG about improvement when outside tolerance', () => {
    fc.assert(
      fc.property(directional, int, int, int, (p, value, target, comparatorValue) => {
        const r = rag(p, target, 10, value, comparatorValue);
        const d = directionOfTravel({ polarity: p, value, comparatorValue }).direction;
        if (r === 'amber') expect(d).toBe('improving');
        if (r === 'red') expect(d).not.toBe('improving');
      }),
    );
  });
});
