/**
 * Red/Amber/Green rating of one period's figure against its target.
 *
 * Rules, in order:
 * - Contextual indicators are tracked, never rated (rag null).
 * - A missing (or non-finite) value or target means "not rated" (rag null).
 * - Tolerance is tolerancePercent% of |target| (default 10%). When the target is exactly 0 a
 *   percentage of it would be no band at all, so the tolerance becomes an ABSOLUTE band of
 *   tolerancePercent / 100 (10% → ±0.1). That band does not scale with the figures.
 * - Green: on target (value ≥ target when higher is better, ≤ when lower is better) or short of it
 *   by no more than the tolerance. The edge is inclusive: exactly at the tolerance is Green.
 * - Amber: outside tolerance but STRICTLY better than the comparator figure in the polarity's
 *   direction. An unchanged ("maintained") figure does not count as improved. (Some councils count
 *   "improved or maintained" as Amber; this register deliberately does not.)
 * - Red: outside tolerance and not improved, including when there is no comparator figure.
 * - Polarity 'none' with a target: rated by absolute distance from the target in either direction —
 *   Green within the tolerance band, otherwise Amber, NEVER Red (without a direction there is no
 *   "better" or "worse", so neither shortfall nor improvement can be judged; the comparator is not used).
 * All comparisons allow a tiny relative slack (see numeric.ts) so float noise never flips a rating.
 */
import { compareFigures, figureOrNull, formatFigure, formatPercent, slack } from './numeric';
import type { IndicatorKind, Polarity, Rag } from './types';

export const DEFAULT_TOLERANCE_PERCENT = 10;

export interface RagInput {
  kind: IndicatorKind;
  polarity: Polarity;
  target: number | null;
  /** Percentage of |target| treated as close enough; defaults to 10. Must be finite and ≥ 0. */
  tolerancePercent?: number | null | undefined;
  value: number | null;
  comparatorValue: number | null;
}

export interface RagResult {
  /** null means "not rated". */
  rag: Rag | null;
  /** A short en-GB sentence the UI can show. */
  reason: string;
}

/** The tolerance percentage to use, defaulting missing ones and rejecting nonsense. */
export function resolveTolerancePercent(tolerancePercent: number | null | undefined): number {
  if (tolerancePercent === null || tolerancePercent === undefined) return DEFAULT_TOLERANCE_PERCENT;
  if (!Number.isFinite(tolerancePercent) || tolerancePercent < 0) {
    throw new RangeError(`Tolerance must be a percentage of 0 or more, not ${String(tolerancePercent)}`);
  }
  return tolerancePercent;
}

/** The absolute tolerance band around a target (see the zero-target rule above). */
export function toleranceBand(target: number, tolerancePercent: number): number {
  return target === 0 ? tolerancePercent / 100 : (Math.abs(target) * tolerancePercent) / 100;
}

export function ragStatus(input: RagInput): RagResult {
  const tolerancePercent = resolveTolerancePercent(input.tolerancePercent);
  if (input.kind === 'contextual') return { rag: null, reason: 'Contextual indicator: tracked, not rated against a target' };
  const value = figureOrNull(input.value);
  const target = figureOrNull(input.target);
  if (value === null && target === null) return { rag: null, reason: 'No value or target for this period' };
  if (target === null) return { rag: null, reason: 'No target for this period' };
  if (value === null) return { rag: null, reason: 'No value for this period' };

  const band = toleranceBand(target, tolerancePercent);
  const figures = `(${formatFigure(value)} against ${formatFigure(target)})`;
  const bandText = target === 0 ? `${formatFigure(band)} of a zero target` : `${formatPercent(tolerancePercent)}% of target`;
  // How far the value falls short of the target: positive = on the wrong side.
  const shortfall =
    input.polarity === 'higher_is_better' ? target - value
    : input.polarity === 'lower_is_better' ? value - target
    : Math.abs(value - target);
  const noise = slack(value, target);

  if (shortfall <= noise) return { rag: 'green', reason: `On target ${figures}` };
  if (shortfall <= band + noise) {
    return { rag: 'green', reason: `Within ${bandText}${input.polarity === 'none' ? ' either way' : ''} ${figures}` };
  }
  if (input.polarity === 'none') {
    const away = target === 0 ? `${formatFigure(band)} away from a zero target` : `${formatPercent(tolerancePercent)}% away from target`;
    return { rag: 'amber', reason: `More than ${away} ${figures}; with no polarity this is never rated red` };
  }

  const comparatorValue = figureOrNull(input.comparatorValue);
  if (comparatorValue === null) {
    return { rag: 'red', reason: `Outside tolerance ${figures} with no comparator figure to show improvement` };
  }
  const change = compareFigures(value, comparatorValue);
  const improved = input.polarity === 'higher_is_better' ? change > 0 : change < 0;
  const was = formatFigure(comparatorValue);
  if (improved) return { rag: 'amber', reason: `Outside tolerance but improved on the comparator ${figures}, from ${was}` };
  if (change === 0) {
    return { rag: 'red', reason: `Outside tolerance and not improved ${figures}: unchanged from ${was}, which does not count as improvement` };
  }
  return { rag: 'red', reason: `Outside tolerance and not improved ${figures}: worse than ${was}` };
}
