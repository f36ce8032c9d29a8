/**
 * Seeded randomness for the GM-scale generator. mulberry32 is small, fast and good enough for test
 * data; every part of the generator draws from its own stream (seeded from the run's seed and a
 * label), so adding draws to one part never shifts the values of another.
 */
import { seededRandom } from '../../core/demo/data/outcomes/generate';

/** mulberry32: the demonstration data's seeded generator of floats in [0, 1). */
export const mulberry32 = seededRandom;

/** Final avalanche of murmur3: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit seed for one labelled stream of one run. */
export function streamSeed(seed: number, label: string): number {
  let h = fmix32((seed >>> 0) ^ 0x9e3779b9);
  for (let i = 0; i < label.length; i++) h = fmix32(Math.imul(h ^ label.charCodeAt(i), 0x01000193));
  return h;
}

/**
 * A stateless hash of integers to [0, 1): the same inputs always give the same number, whatever was
 * drawn before. Used where values must not depend on generation order (observations).
 */
export function hash01(seed: number, a: number, b = 0, c = 0, d = 0): number {
  let h = fmix32(seed ^ 0x27d4eb2f);
  h = fmix32(h ^ Math.imul(a | 0, 0x9e3779b1));
  h = fmix32(h ^ Math.imul(b | 0, 0x85ebca77));
  h = fmix32(h ^ Math.imul(c | 0, 0xc2b2ae3d));
  h = fmix32(h ^ Math.imul(d | 0, 0x165667b1));
  return h / 4294967296;
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number, label: string) {
    this.next = mulberry32(streamSeed(seed, label));
  }

  /** [0, 1). */
  float(): number {
    return this.next();
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the items, with probability proportional to its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** exp(N(log(median), sigma²)), clamped to [min, max]. */
  logNormal(median: number, sigma: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, median * Math.exp(sigma * this.normal())));
  }

  /** `count` distinct items (fewer when the list is shorter), in the list's order. */
  sample<T>(items: readonly T[], count: number): T[] {
    if (count >= items.length) return [...items];
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  }
}

/**
 * Splits `total` into whole numbers proportional to `weights` (cumulative rounding), so the parts add
 * up to `total` exactly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((t, w) => t + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const parts: number[] = [];
  let running = 0;
  let given = 0;
  for (const w of weights) {
    running += w;
    const upTo = Math.round((running / sum) * total);
    parts.push(upTo - given);
    given = upTo;
  }
  return parts;
}
