import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { trpc } from '../api/trpc';
import type { Finding } from '../api/types';

/**
 * Findings name indicators by identity id (stable across versions); the indicator page takes the
 * current version's indicator id. Loads the current indicators only when a finding names one.
 */
export function useIndicatorIds(findings: readonly Finding[] | undefined): ReadonlyMap<number, number> | null {
  const needed = findings?.some((f) => f.records.some((r) => r.type === 'indicator')) ?? false;
  const indicators = useQuery(trpc.outcomes.indicators.queryOptions({}, { enabled: needed, staleTime: 5 * 60_000 }));
  return useMemo(() => (indicators.data ? new Map(indicators.data.map((row) => [row.indicator.identityId, row.indicator.id])) : null), [indicators.data]);
}
