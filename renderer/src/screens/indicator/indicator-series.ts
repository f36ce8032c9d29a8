/** Shapes an indicator's assessed series for the chart and its data table. */
import type { Rag } from '../../outcomes/trend-chart';
import { comparePeriods } from '../../outcomes/periods';

export interface AssessedPoint {
  period: string;
  value: number | null;
  target: number | null;
  rag: 'green' | 'amber' | 'red' | null;
  ragReason: string;
  direction: string | null;
  stale: boolean;
  status: string;
  revision: number;
}

export interface TrendRow {
  period: string;
  value: number | null;
  target: number | null;
  /** 'none' when not rated. */
  rag: Rag;
  ragReason: string;
  direction: string | null;
  stale: boolean;
  status: string | null;
  revision: number | null;
}

/** Targets are set for the headline area (borough or GM); a ward's figures are context, not rated against them. */
export const WARD_NOT_RATED = 'Not rated: targets are set for the headline area, not for each ward';

/**
 * One row per period with a figure, plus target-only periods (future targets), in time order.
 * A target-only row has no value, RAG or direction. With `rated` false (an area other than the
 * headline one) targets are left out and nothing is rated.
 */
export function trendRows(series: readonly AssessedPoint[], targets: ReadonlyArray<{ period: string; value: number }>, rated = true): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  for (const point of series) {
    rows.set(point.period, {
      period: point.period,
      value: point.value,
      target: rated ? point.target : null,
      rag: rated ? (point.rag ?? 'none') : 'none',
      ragReason: rated ? point.ragReason : WARD_NOT_RATED,
      direction: point.direction,
      stale: point.stale,
      status: point.status,
      revision: point.revision,
    });
  }
  for (const target of rated ? targets : []) {
    if (!rows.has(target.period)) {
      rows.set(target.period, { period: target.period, value: null, target: target.value, rag: 'none', ragReason: 'No figure for this period yet', direction: null, stale: false, status: null, revision: null });
    }
  }
  return [...rows.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The latest row that has a figure (the headline of the chosen area), if any. */
export function latestWithValue(rows: readonly TrendRow[]): TrendRow | undefined {
  return [...rows].reverse().find((row) => row.value !== null);
}

/** The points the chart plots: periods with a figure, with their RAG when the area is rated. */
export function chartSeries(series: readonly AssessedPoint[], rated = true): Array<{ period: string; value: number; rag: Rag }> {
  return series.filter((p): p is AssessedPoint & { value: number } => p.value !== null).map((p) => ({ period: p.period, value: p.value, rag: rated ? (p.rag ?? 'none') : 'none' }));
}
