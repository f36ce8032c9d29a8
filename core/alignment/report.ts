/**
 * The alignment report the screens, exports and briefing packs read: every finding (open, or
 * acknowledged while its data is unchanged) with the rule's title and fix, who owns it and the
 * record to open; coverage scores with their formulas; and the matrix.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { loadAlignmentSnapshot, type LoadedSnapshot } from './load/snapshot';
import {
  ALL_RULES,
  applyAcknowledgements,
  matrix,
  missionCoverage,
  pillarCoverage,
  programmeCoverages,
  RULES_BY_ID,
  runRules,
  type Acknowledgement,
  type Coverage,
  type Finding,
  type FindingRecord,
  type Matrix,
} from './rules';

export const NOT_ASSIGNED = 'Not assigned';

export interface FindingView extends Finding {
  ruleTitle: string;
  suggestedFix: string;
  /** Who should act: the programme's lead officer or the indicator's owner. */
  owner: string;
  /** The record to open to fix it (the first record the finding names). */
  fixRecord: FindingRecord | null;
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

export async function acknowledgementsOf(db: Kysely<DB>): Promise<Acknowledgement[]> {
  const rows = await db
    .selectFrom('finding_acknowledgements as a')
    .innerJoin('users as u', 'u.id', 'a.acknowledged_by')
    .select(['a.finding_key', 'a.fingerprint', 'a.reason', 'u.username', 'a.acknowledged_at'])
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ key: r.finding_key, fingerprint: r.fingerprint, reason: r.reason, by: r.username, at: r.acknowledged_at }));
}

function ownerOf(loaded: LoadedSnapshot, fundProgrammes: Map<number, number>, record: FindingRecord | undefined): string {
  if (!record) return NOT_ASSIGNED;
  const { owners, index } = loaded;
  if (record.type === 'programme') return owners.leadOfficers.get(Number(record.id)) || NOT_ASSIGNED;
  if (record.type === 'fund') {
    const programmeId = fundProgrammes.get(Number(record.id));
    return (programmeId !== undefined && owners.leadOfficers.get(programmeId)) || NOT_ASSIGNED;
  }
  if (record.type === 'indicator') return index.indicatorInfo.get(Number(record.id))?.owner || NOT_ASSIGNED;
  return NOT_ASSIGNED;
}

/** Findings split into open and acknowledged, enriched for display (built field by field: there can be tens of thousands). */
export function findingViews(loaded: LoadedSnapshot, findings: Finding[], acks: Acknowledgement[]): FindingView[] {
  const split = applyAcknowledgements(findings, acks);
  const fundProgrammes = new Map(loaded.snapshot.funds.map((f) => [f.id, f.programmeId]));
  const view = (f: Finding, status: FindingView['status'], acknowledgement: Acknowledgement | null, previousAcknowledgement: Acknowledgement | null): FindingView => {
    const rule = RULES_BY_ID.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      key: f.key,
      message: f.message,
      records: f.records,
      fingerprint: f.fingerprint,
      ruleTitle: rule?.title ?? f.ruleId,
      suggestedFix: rule?.suggestedFix ?? '',
      owner: ownerOf(loaded, fundProgrammes, f.records[0]),
      fixRecord: f.records[0] ?? null,
      status,
      acknowledgement,
      previousAcknowledgement,
    };
  };
  const views: FindingView[] = [];
  for (const f of split.open) views.push(view(f, f.reopened ? 'reopened' : 'open', null, f.previousAcknowledgement));
  for (const f of split.acknowledged) views.push(view(f, 'acknowledged', f.acknowledgement, null));
  return views;
}

export async function alignmentReport(db: Kysely<DB>, today: string): Promise<AlignmentReport> {
  const [loaded, acks] = await Promise.all([loadAlignmentSnapshot(db, { today }), acknowledgementsOf(db)]);
  return reportFrom(loaded, acks);
}

/** The report from an already loaded snapshot (pure: the briefing packs reuse it on frozen data). */
export function reportFrom(loaded: LoadedSnapshot, acks: Acknowledgement[]): AlignmentReport {
  const s = loaded.snapshot;
  const programmeScores = programmeCoverages(s);
  return {
    today: s.today,
    findings: findingViews(loaded, runRules(s), acks),
    rules: ALL_RULES.map((r) => ({ id: r.id, title: r.title, purpose: r.purpose, severity: r.severity, suggestedFix: r.suggestedFix })),
    coverage: {
      programmes: s.programmes.filter((p) => p.status === 'active').map((p) => ({ id: p.id, code: p.code, name: p.name, coverage: programmeScores.get(p.id)! })),
      missions: s.missions.map((m) => ({ id: m.id, code: m.code, title: m.title, coverage: missionCoverage(s, m.id) })),
      pillars: s.pillars.map((p) => ({ pillarCode: p.pillarCode, code: p.code, title: p.title, coverage: pillarCoverage(s, p.pillarCode) })),
    },
    matrix: matrix(s),
    programmes: s.programmes.map((p) => ({ id: p.id, code: p.code, name: p.name, status: p.status })),
  };
}
