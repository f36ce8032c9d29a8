/** Linear scales and round tick values for chart axes. */

export interface Domain {
  min: number;
  max: number;
}

/** The smallest domain holding every finite value, or null when there is none. */
export function extent(values: Array<number | null>): Domain | null {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min === Infinity ? null : { min, max };
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** About `count` round ticks covering the domain; the domain is widened to the outer ticks. */
export function niceTicks(domain: Domain, count = 5): { domain: Domain; ticks: number[] } {
  let { min, max } = domain;
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    min = 0;
    max = 1;
  }
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, count);
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let index = 0; index <= Math.round((end - start) / step) && index < 50; index++) {
    // Round away binary fractions (0.1 + 0.2) so tick labels stay tidy.
    ticks.push(Number((start + index * step).toPrecision(12)));
  }
  return { domain: { min: start, max: end }, ticks };
}

/** Maps the domain onto [from, to]; a degenerate domain maps everything to `from`. */
export function linearScale(domain: Domain, from: number, to: number): (value: number) => number {
  const span = domain.max - domain.min;
  if (!Number.isFinite(span) || span === 0) return () => from;
  return (value) => from + ((value - domain.min) / span) * (to - from);
}
