import type { FindingsInput } from '../../api/types';
import type { FindingSeverity, FindingStatusFilter } from '../../labels';

export interface FindingsFilterState {
  severities: FindingSeverity[];
  /** A rule id, or '' for every rule. */
  ruleId: string;
  /** An owner as the findings name them, or '' for anyone. */
  owner: string;
  status: FindingStatusFilter;
}

export const EMPTY_FINDINGS_FILTER: FindingsFilterState = { severities: [], ruleId: '', owner: '', status: 'all' };

let remembered: FindingsFilterState = EMPTY_FINDINGS_FILTER;

/** The filter last used on the findings screen (kept while the app is open, like the off-track list's). */
export function rememberedFindingsFilter(): FindingsFilterState {
  return remembered;
}

export function rememberFindingsFilter(filter: FindingsFilterState): void {
  remembered = filter;
}

export function isFiltered(filter: FindingsFilterState): boolean {
  return filter.severities.length > 0 || filter.ruleId !== '' || filter.owner !== '' || filter.status !== 'all';
}

/** The alignment.findings (and exportFindings) input: empty choices are left out. */
export function findingsInput(filter: FindingsFilterState): FindingsInput {
  const input: FindingsInput = { status: filter.status };
  if (filter.severities.length) input.severity = [...filter.severities];
  if (filter.ruleId) input.ruleId = filter.ruleId;
  if (filter.owner) input.owner = filter.owner;
  return input;
}

/** Ticks or unticks a severity, keeping high → medium → low order. */
export function toggleSeverity(current: readonly FindingSeverity[], severity: FindingSeverity, on: boolean, order: readonly FindingSeverity[]): FindingSeverity[] {
  const next = new Set(current);
  if (on) next.add(severity);
  else next.delete(severity);
  return order.filter((s) => next.has(s));
}
