/**
 * The alignment report the exports and briefing packs read: every finding (open, or acknowledged
 * while its data is unchanged) with the rule's title and fix, who owns it and the record to open;
 * coverage scores with their formulas; and the matrix. The findings come from the cached check
 * (check.ts); acknowledgements are applied here, at read time, from their own table.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { checkedFindings, currentCheck, NOT_ASSIGNED, type AlignmentCheck, type CheckedFinding } from './check';
import type { LoadedSnapshot } from './load/snapshot';
import {
  ALL_RULES,
  applyAcknowledgements,
  matrix,
  missionCoverage,
  pillarCoverage,
  programmeCoverages,
  runRules,
  type Acknowledgement,
  type AlignmentSnapshot,
  type Coverage,
  type Finding,
  type Matrix,
} from './rules';

export { NOT_ASSIGNED };

export interface FindingView extends CheckedFinding {
  status: 'open' | 'reopened' | 'acknowledged';
  acknowledgement: Acknowledgement | null;
  /** For a reopened finding: the acknowledgement that lapsed because the data changed. */
  previousAcknowledgement: Acknowledgement | null;
}

export interface AlignmentReport {
  today: string;
  findings: FindingView[];
  rules: Array<{ id: string; title: string; purpose: string; severity: string; suggestedFix: string }>;
  coverage: {
    programmes: Array<{ id: number; code: string; name: string; coverage: Coverage }>;
    missions: Array<{ id: number; code: string; title: string; coverage: Coverage }>;
    pillars: Array<{ pillarCode: string; code: string; title: string; coverage: Coverage }>;
  };
  matrix: Matrix;
  /** Programmes named by the matrix cells, so a cell can list them. */
  programmes: Array<{ id: number; code: string; name: string; status: string }>;
}

export const RULE_SUMMARIES: AlignmentReport['rules'] = ALL_RULES.map((r) => ({ id: r.id, title: r.title, purpose: r.purpose, severity: r.severity, suggestedFix: r.suggestedFix }));

/** Every acknowledgement, or only those of one finding. */
export async function acknowledgementsOf(db: Kysely<DB>, findingKey?: string): Promise<Acknowledgement[]> {
  let query = db
    .selectFrom('finding_acknowledgements as a')
    .innerJoin('users as u', 'u.id', 'a.acknowledged_by')
    .select(['a.finding_key', 'a.fingerprint', 'a.reason', 'u.username', 'a.acknowledged_at']);
  if (findingKey !== undefined) query = query.where('a.finding_key', '=', findingKey);
  const rows = await query.orderBy('a.id').execute();
  return rows.map((r) => ({ key: r.finding_key, fingerprint: r.fingerprint, reason: r.reason, by: r.username, at: r.acknowledged_at }));
}

/** How a finding stands once acknowledgements are applied; findings with no acknowledgement are simply open. */
export interface AcknowledgementState {
  status: 'acknowledged' | 'reopened';
  acknowledgement: Acknowledgement | null;
  previousAcknowledgement: Acknowledgement | null;
}

const OPEN = { status: 'open', acknowledgement: null, previousAcknowledgement: null } as const;

/**
 * The rules of rules/acknowledgements.ts applied to the findings that have acknowledgements, without
 * touching the rest: work in proportion to the acknowledgements, not the findings.
 */
export function acknowledgementStates(findings: ReadonlyMap<string, Finding>, acks: readonly Acknowledgement[]): Map<string, AcknowledgementState> {
  const latest = new Map<string, { applying: Acknowledgement | null; any: Acknowledgement }>();
  for (const ack of acks) {
    if (!ack.reason.trim()) continue;
    const finding = findings.get(ack.key);
    if (!finding) continue; // the problem has gone
    const seen = latest.get(ack.key);
    const applies = ack.fingerprint === finding.fingerprint;
    const later = (best: Acknowledgement | null) => best === null || ack.at >= best.at;
    if (!seen) latest.set(ack.key, { applying: applies ? ack : null, any: ack });
    else {
      if (applies && later(seen.applying)) seen.applying = ack;
      if (later(seen.any)) seen.any = ack;
    }
  }
  const states = new Map<string, AcknowledgementState>();
  for (const [key, { applying, any }] of latest) {
    states.set(key, applying ? { status: 'acknowledged', acknowledgement: applying, previousAcknowledgement: null } : { status: 'reopened', acknowledgement: null, previousAcknowledgement: any });
  }
  return states;
}

export function viewOf(f: CheckedFinding, states: ReadonlyMap<string, AcknowledgementState>): FindingView {
  const state = states.get(f.key) ?? OPEN;
  return { ...f, status: state.status, acknowledgement: state.acknowledgement, previousAcknowledgement: state.previousAcknowledgement };
}

/** Open (and reopened) findings first, then the acknowledged ones, each in the check's order. */
export function viewsInOrder(findings: readonly CheckedFinding[], states: ReadonlyMap<string, AcknowledgementState>): FindingView[] {
  const open: FindingView[] = [];
  const acknowledged: FindingView[] = [];
  for (const f of findings) {
    const view = viewOf(f, states);
    (view.status === 'acknowledged' ? acknowledged : open).push(view);
  }
  return open.concat(acknowledged);
}

/** Findings split into open and acknowledged, enriched for display, from scratch (the reference the cache is tested against). */
export function findingViews(loaded: LoadedSnapshot, findings: Finding[], acks: Acknowledgement[]): FindingView[] {
  const split = applyAcknowledgements(findings, acks);
  const open = checkedFindings(loaded, split.open);
  const acknowledged = checkedFindings(loaded, split.acknowledged);
  return [
    ...open.map((f, i): FindingView => ({ ...f, status: split.open[i]!.reopened ? 'reopened' : 'open', acknowledgement: null, previousAcknowledgement: split.open[i]!.previousAcknowledgement })),
    ...acknowledged.map((f, i): FindingView => ({ ...f, status: 'acknowledged', acknowledgement: split.acknowledged[i]!.acknowledgement, previousAcknowledgement: null })),
  ];
}

/** The full report (exports, briefing packs, the bench): the cached check with acknowledgements applied now. */
export async function alignmentReport(db: Kysely<DB>, today: string): Promise<AlignmentReport> {
  const [check, acks] = await Promise.all([currentCheck(db, today), acknowledgementsOf(db)]);
  return reportOfCheck(check, acks);
}

export function reportOfCheck(check: AlignmentCheck, acks: readonly Acknowledgement[]): AlignmentReport {
  const figures = checkFigures(check);
  return {
    today: check.today,
    findings: viewsInOrder(check.findings, acknowledgementStates(check.byKey, acks)),
    rules: RULE_SUMMARIES,
    coverage: figures.coverage,
    matrix: figures.matrix,
    programmes: figures.programmes,
  };
}

export type CheckFigures = Pick<AlignmentReport, 'coverage' | 'matrix' | 'programmes'>;

/** Coverage and the matrix of one snapshot (pure). */
export function figuresOf(s: AlignmentSnapshot): CheckFigures {
  const programmeScores = programmeCoverages(s);
  return {
    coverage: {
      programmes: s.programmes.filter((p) => p.status === 'active').map((p) => ({ id: p.id, code: p.code, name: p.name, coverage: programmeScores.get(p.id)! })),
      missions: s.missions.map((m) => ({ id: m.id, code: m.code, title: m.title, coverage: missionCoverage(s, m.id) })),
      pillars: s.pillars.map((p) => ({ pillarCode: p.pillarCode, code: p.code, title: p.title, coverage: pillarCoverage(s, p.pillarCode) })),
    },
    matrix: matrix(s),
    programmes: s.programmes.map((p) => ({ id: p.id, code: p.code, name: p.name, status: p.status })),
  };
}

const figuresByCheck = new WeakMap<AlignmentCheck, CheckFigures>();
let lastFigures: { key: string; figures: CheckFigures } | null = null;

/**
 * Coverage and the matrix, worked out once per check — and kept from the last check when the parts
 * they read (programmes, frameworks, links) are unchanged, as after a payment.
 */
export function checkFigures(check: AlignmentCheck): CheckFigures {
  let figures = figuresByCheck.get(check);
  if (!figures) {
    figures = lastFigures?.key === check.figuresKey ? lastFigures.figures : figuresOf(check.loaded.snapshot);
    lastFigures = { key: check.figuresKey, figures };
    figuresByCheck.set(check, figures);
  }
  return figures;
}

/** The report from an already loaded snapshot, every rule run afresh (pure: the reference for the cache). */
export function reportFrom(loaded: LoadedSnapshot, acks: Acknowledgement[]): AlignmentReport {
  return { today: loaded.snapshot.today, findings: findingViews(loaded, runRules(loaded.snapshot), acks), rules: RULE_SUMMARIES, ...figuresOf(loaded.snapshot) };
}
