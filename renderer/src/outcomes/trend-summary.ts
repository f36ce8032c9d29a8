/** The words that stand in for the trend chart (its aria-label). */
import { formatMeasure } from './measure';
import { RAG_LABELS } from './outcome-labels';
import { comparePeriods, periodLabel } from './periods';

export interface TrendSummaryInput {
  title: string;
  areaName: string;
  unit: string;
  series: ReadonlyArray<{ period: string; value: number; rag: string }>;
  targets: ReadonlyArray<{ period: string; value: number }>;
  tolerancePercent: number;
  direction: string | null;
}

export function describeTrend(input: TrendSummaryInput): string {
  const series = [...input.series].sort((a, b) => comparePeriods(a.period, b.period));
  const head = `Trend chart of ${input.title} for ${input.areaName}`;
  if (series.length === 0) return `${head}: no figures recorded yet.${input.targets.length ? ` ${input.targets.length} targets are set.` : ''}`;
  const first = series[0]!;
  const last = series[series.length - 1]!;
  const span = series.length === 1 ? `1 period, ${periodLabel(first.period)}` : `${series.length} periods from ${periodLabel(first.period)} to ${periodLabel(last.period)}`;
  const target = input.targets.find((t) => t.period === last.period);
  const against = target ? ` against a target of ${formatMeasure(target.value, input.unit)}` : '';
  const rating = last.rag && last.rag !== 'none' ? `, rated ${RAG_LABELS[last.rag] ?? last.rag}` : '';
  const direction = input.direction ? ` Direction of travel: ${input.direction.replace(/_/g, ' ')}.` : '';
  const band = input.targets.length && input.tolerancePercent > 0 ? ` The shaded band shows ±${input.tolerancePercent}% around the target.` : '';
  return `${head}: ${span}. Latest ${formatMeasure(last.value, input.unit)} in ${periodLabel(last.period)}${against}${rating}.${direction}${band} The table that follows lists every figure.`;
}
