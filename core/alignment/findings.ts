/**
 * The findings list the screens page through (alignment.findings): filtered, sorted and paged on the
 * server from the cached check, with acknowledgements applied at read time, and counts per rule for
 * the filters. Work per request is one pass over the cached findings, never a re-run of the rules.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema';
import { pageInput, pageOf, sortDirection, type Page } from '../shared/paging';
import { currentCheck, type AlignmentCheck, type CheckedFinding } from './check';
import { acknowledgementsOf, acknowledgementStates, RULE_SUMMARIES, viewOf, type AcknowledgementState, type AlignmentReport, type FindingView } from './report';
import { ALL_RULES } from './rules';
import { findingsFilter, type FindingsFilter } from './schemas';

export const FINDINGS_SORTS = ['severity', 'rule', 'owner'] as const;

export const findingsPageInput = findingsFilter.extend({
  page: pageInput,
  /** severity: high → low, then rule order (as the rules list them); rule: by rule title; owner: by owner's name. */
  sort: z.enum(FINDINGS_SORTS).default('severity'),
  direction: sortDirection,
});
export type FindingsPageInput = z.input<typeof findingsPageInput>;

export interface RuleCount {
  ruleId: string;
  open: number;
  acknowledged: number;
}

export interface FindingsPage extends Page<FindingView> {
  /** Matching every filter but status: how many are open (or reopened) and how many acknowledged. */
  openCount: number;
  acknowledgedCount: number;
  /** Per rule, matching every filter but rule and status (for the rule filter's labels). */
  byRule: RuleCount[];
  rules: AlignmentReport['rules'];
  /** Everyone who owns a finding, for the owner filter. */
  owners: readonly string[];
  /** Findings in the whole workspace. */
  all: number;
  /**
   * For each indicator this page's findings name (by identity, stable across versions), the indicator
   * page to link to: its indicator in a published framework version. Absent when none is published.
   */
  indicatorPages: Array<{ identityId: number; indicatorId: number }>;
}

/** Identity id → the indicator in a published version, for the identities these findings name. */
async function indicatorPagesFor(db: Kysely<DB>, findings: readonly CheckedFinding[]): Promise<FindingsPage['indicatorPages']> {
  const identities = new Set<number>();
  for (const f of findings) for (const r of f.records) if (r.type === 'indicator' && typeof r.id === 'number') identities.add(r.id);
  if (identities.size === 0) return [];
  const rows = await db
    .selectFrom('indicators')
    .innerJoin('framework_versions', 'framework_versions.id', 'indicators.version_id')
    .select(['indicators.identity_id', 'indicators.id'])
    .where('framework_versions.status', '=', 'published')
    .where('indicators.identity_id', 'in', [...identities])
    .orderBy('indicators.id')
    .execute();
  return rows.map((r) => ({ identityId: r.identity_id, indicatorId: r.id }));
}

/** Rules by title (then their order in ALL_RULES), as ranks. */
const RULE_RANK = new Map(
  ALL_RULES.map((r, i) => ({ r, i }))
    .sort((a, b) => new Intl.Collator('en-GB').compare(a.r.title, b.r.title) || a.i - b.i)
    .map(({ r }, rank) => [r.id, rank]),
);

/** Owners in the check's (en-GB alphabetical) order, as ranks: worked out once per check. */
const ownerRanks = new WeakMap<AlignmentCheck, Map<string, number>>();
function ownerRank(check: AlignmentCheck): Map<string, number> {
  let ranks = ownerRanks.get(check);
  if (!ranks) {
    ranks = new Map(check.owners.map((owner, i) => [owner, i]));
    ownerRanks.set(check, ranks);
  }
  return ranks;
}

/** Whether a finding passes the filters other than status (and, unless asked, rule). */
function matcher(filter: Partial<FindingsFilter>, withRule: boolean): (f: CheckedFinding) => boolean {
  const severities = filter.severity?.length ? new Set(filter.severity) : null;
  const recordId = filter.recordId === undefined ? undefined : String(filter.recordId);
  return (f) => {
    if (severities && !severities.has(f.severity)) return false;
    if (withRule && filter.ruleId && f.ruleId !== filter.ruleId) return false;
    if (filter.owner && f.owner !== filter.owner) return false;
    if (filter.recordType && !f.records.some((r) => r.type === filter.recordType && (recordId === undefined || String(r.id) === recordId))) return false;
    return true;
  };
}

const isAcknowledged = (states: ReadonlyMap<string, AcknowledgementState>, f: CheckedFinding) => states.get(f.key)?.status === 'acknowledged';

/** The findings as the filters narrow them, open first then acknowledged (the report's order), unpaged: exports use it. */
export function filteredFindings(findings: readonly CheckedFinding[], states: ReadonlyMap<string, AcknowledgementState>, filter: Partial<FindingsFilter>): FindingView[] {
  const matches = matcher(filter, true);
  const open: FindingView[] = [];
  const acknowledged: FindingView[] = [];
  for (const f of findings) {
    if (!matches(f)) continue;
    const acked = isAcknowledged(states, f);
    if (filter.status === 'open' && acked) continue;
    if (filter.status === 'acknowledged' && !acked) continue;
    (acked ? acknowledged : open).push(viewOf(f, states));
  }
  return open.concat(acknowledged);
}

export async function findingsPage(db: Kysely<DB>, today: string, input: z.output<typeof findingsPageInput>): Promise<FindingsPage> {
  const [check, acks] = await Promise.all([currentCheck(db, today), acknowledgementsOf(db)]);
  const states = acknowledgementStates(check.byKey, acks);
  const { page, sort, direction, ...filter } = input;
  const byRule = new Map(ALL_RULES.map((r) => [r.id, { ruleId: r.id, open: 0, acknowledged: 0 }]));
  const matchesButRule = matcher(filter, false);
  const open: CheckedFinding[] = [];
  const acknowledged: CheckedFinding[] = [];
  let openCount = 0;
  let acknowledgedCount = 0;
  for (const f of check.findings) {
    if (!matchesButRule(f)) continue;
    const acked = isAcknowledged(states, f);
    const count = byRule.get(f.ruleId);
    if (count) count[acked ? 'acknowledged' : 'open'] += 1;
    if (filter.ruleId && f.ruleId !== filter.ruleId) continue;
    if (acked) acknowledgedCount += 1;
    else openCount += 1;
    if (filter.status === 'open' && acked) continue;
    if (filter.status === 'acknowledged' && !acked) continue;
    (acked ? acknowledged : open).push(f);
  }
  const order = comparator(sort, direction, ownerRank(check));
  const shown = [...open.sort(order), ...acknowledged.sort(order)].slice(page.offset, page.offset + page.limit);
  const rows = shown.map((f) => viewOf(f, states));
  return {
    indicatorPages: await indicatorPagesFor(db, shown),
    ...pageOf(rows, open.length + acknowledged.length, page),
    openCount,
    acknowledgedCount,
    byRule: [...byRule.values()],
    rules: RULE_SUMMARIES,
    owners: check.owners,
    all: check.findings.length,
  };
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Orders findings within open and within acknowledged; ties keep the check's order (Array.sort is stable). */
function comparator(sort: (typeof FINDINGS_SORTS)[number], direction: 'asc' | 'desc', owners: Map<string, number>): (a: CheckedFinding, b: CheckedFinding) => number {
  const sign = direction === 'desc' ? -1 : 1;
  if (sort === 'rule') return (a, b) => sign * ((RULE_RANK.get(a.ruleId) ?? 0) - (RULE_RANK.get(b.ruleId) ?? 0));
  if (sort === 'owner') return (a, b) => sign * ((owners.get(a.owner) ?? 0) - (owners.get(b.owner) ?? 0));
  return (a, b) => sign * (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
