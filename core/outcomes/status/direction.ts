/**
 * Direction of travel: this period's value against the comparator figure.
 * With a polarity the answer is improving / worsening / no change; without one ('none') it can only
 * be increasing / decreasing / no change. Equality uses the same relative slack as the RAG rules,
 * so float noise reads as "no change". Either figure missing (or non-finite) → null.
 */
import { compareFigures, figureOrNull, formatFigure } from './numeric';
import type { Direction, Polarity } from './types';

export interface DirectionInput {
  polarity: Polarity;
  value: number | null;
  comparatorValue: number | null;
}

export interface DirectionResult {
  direction: Direction | null;
  reason: string;
}

const LABELS: Record<Direction, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  no_change: 'No change',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
};

function classify(polarity: Polarity, change: -1 | 0 | 1): Direction {
  if (change === 0) return 'no_change';
  if (polarity === 'none') return change > 0 ? 'increasing' : 'decreasing';
  const better = polarity === 'higher_is_better' ? change > 0 : change < 0;
  return better ? 'improving' : 'worsening';
}

export function directionOfTravel(input: DirectionInput): DirectionResult {
  const value = figureOrNull(input.value);
  const comparatorValue = figureOrNull(input.comparatorValue);
  if (value === null && comparatorValue === null) return { direction: null, reason: 'No value for this period or the comparator period' };
  if (value === null) return { direction: null, reason: 'No value for this period' };
  if (comparatorValue === null) return { direction: null, reason: 'No comparator figure to compare with' };
  const direction = classify(input.polarity, compareFigures(value, comparatorValue));
  return { direction, reason: `${LABELS[direction]} (${formatFigure(value)} against ${formatFigure(comparatorValue)})` };
}
