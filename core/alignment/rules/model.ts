/**
 * How the rules read a snapshot: lookups by id, and where each programme's links lead once
 * resolved through the frameworks. Resolution (links to records missing from the snapshot count for nothing):
 * - mission link → that mission;
 * - priority link → that priority and its mission;
 * - outcome link → that outcome and its pillar;
 * - indicator link → that indicator, plus the outcome (and pillar) or priority (and mission) it measures.
 * When several links reach the same record, the strongest strength counts.
 */
import { PILLAR_LABELS, type PillarCode } from '../../programmes/vocabulary';
import type { FindingRecord } from './finding';
import type { AlignmentSnapshot, LinkStrength, SnapshotFund, SnapshotIndicator, SnapshotProgramme } from './snapshot';

export const STRENGTH_WEIGHTS: Readonly<Record<LinkStrength, number>> = { primary: 1, secondary: 0.5, enabling: 0.25 };
const RANK: Readonly<Record<LinkStrength, number>> = { enabling: 1, secondary: 2, primary: 3 };

export const strongerOf = (a: LinkStrength, b: LinkStrength): LinkStrength => (RANK[a] >= RANK[b] ? a : b);
export const weakerOf = (a: LinkStrength, b: LinkStrength): LinkStrength => (RANK[a] <= RANK[b] ? a : b);

/** Active programmes are delivering; "live" ones (not closed) still hold or draw money. */
export const isActive = (p: SnapshotProgramme): boolean => p.status === 'active';
export const isLive = (p: SnapshotProgramme): boolean => p.status !== 'closed';

/** First record wins when an id repeats. */
export function byId<T extends { id: number }>(items: readonly T[]): Map<number, T> {
  const map = new Map<number, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export interface Alignment {
  missions: Map<number, LinkStrength>;
  priorities: Map<number, LinkStrength>;
  outcomes: Map<number, LinkStrength>;
  pillars: Map<PillarCode, LinkStrength>;
  /** Indicators linked directly. */
  indicators: Map<number, LinkStrength>;
}

const emptyAlignment = (): Alignment => ({ missions: new Map(), priorities: new Map(), outcomes: new Map(), pillars: new Map(), indicators: new Map() });

function put<K>(map: Map<K, LinkStrength>, key: K, strength: LinkStrength): void {
  const had = map.get(key);
  map.set(key, had === undefined ? strength : strongerOf(had, strength));
}

/**
 * Resolved once per snapshot, as every rule asks. Snapshots are treated as immutable; the cache is
 * still dropped if any list it read was replaced or changed length.
 */
const resolved = new WeakMap<AlignmentSnapshot, { inputs: unknown[]; result: Map<number, Alignment> }>();
const inputsOf = (s: AlignmentSnapshot): unknown[] => ALIGNMENT_INPUTS.flatMap((field) => [s[field], s[field].length]);

/** What alignments() reads: a rule that calls it reads these. */
export const ALIGNMENT_INPUTS = ['programmes', 'programmeLinks', 'missions', 'priorities', 'outcomes', 'indicators'] as const satisfies ReadonlyArray<keyof AlignmentSnapshot>;

/** Every programme's resolved alignment, by programme id (programmes without links get an empty one). */
export function alignments(s: AlignmentSnapshot): Map<number, Alignment> {
  const inputs = inputsOf(s);
  const known = resolved.get(s);
  if (known && known.inputs.every((x, i) => x === inputs[i])) return known.result;
  const result = resolveAlignments(s);
  resolved.set(s, { inputs, result });
  return result;
}

function resolveAlignments(s: AlignmentSnapshot): Map<number, Alignment> {
  const missions = byId(s.missions);
  const priorities = byId(s.priorities);
  const outcomes = byId(s.outcomes);
  const indicators = byId(s.indicators);
  const result = new Map<number, Alignment>();
  for (const p of s.programmes) result.set(p.id, emptyAlignment());
  for (const link of s.programmeLinks) {
    const a = result.get(link.programmeId);
    if (!a) continue;
    const st = link.strength;
    const addPriority = (id: number) => {
      const priority = priorities.get(id);
      if (!priority) return;
      put(a.priorities, id, st);
      if (missions.has(priority.missionId)) put(a.missions, priority.missionId, st);
    };
    const addOutcome = (id: number) => {
      const outcome = outcomes.get(id);
      if (!outcome) return;
      put(a.outcomes, id, st);
      put(a.pillars, outcome.pillarCode, st);
    };
    if (link.targetType === 'mission' && missions.has(link.targetId)) put(a.missions, link.targetId, st);
    if (link.targetType === 'priority') addPriority(link.targetId);
    if (link.targetType === 'outcome') addOutcome(link.targetId);
    const indicator = link.targetType === 'indicator' ? indicators.get(link.targetId) : undefined;
    if (indicator) {
      put(a.indicators, indicator.id, st);
      if (indicator.outcomeId !== null) addOutcome(indicator.outcomeId);
      if (indicator.priorityId !== null) addPriority(indicator.priorityId);
    }
  }
  return result;
}

export function alignmentOf(all: Map<number, Alignment>, programmeId: number): Alignment {
  return all.get(programmeId) ?? emptyAlignment();
}

/** A programme contributes to an indicator when linked to it, or to the outcome or priority it measures. */
export function contributesTo(a: Alignment, indicator: SnapshotIndicator): boolean {
  return (
    a.indicators.has(indicator.id) ||
    (indicator.outcomeId !== null && a.outcomes.has(indicator.outcomeId)) ||
    (indicator.priorityId !== null && a.priorities.has(indicator.priorityId))
  );
}

/** Sum of a programme's confirmed funding lines (all sources, all years in the snapshot). */
export function confirmedPence(p: SnapshotProgramme): number {
  return p.fundingLines.reduce((t, l) => (l.certainty === 'confirmed' ? t + l.amountPence : t), 0);
}

/** Sum of a programme's Integrated Settlement lines drawn from a pillar, optionally confirmed only. */
export function pillarPence(p: SnapshotProgramme, pillarCode: PillarCode, confirmedOnly: boolean): number {
  return p.fundingLines.reduce(
    (t, l) => (l.source === 'is_pillar' && l.pillarCode === pillarCode && (!confirmedOnly || l.certainty === 'confirmed') ? t + l.amountPence : t),
    0,
  );
}

/** The pillar's title from the framework, else the register's label, else its code. */
export function pillarTitle(s: AlignmentSnapshot, code: PillarCode): string {
  return s.pillars.find((p) => p.pillarCode === code)?.title ?? PILLAR_LABELS[code] ?? String(code);
}

export const programmeRecord = (p: SnapshotProgramme): FindingRecord => ({ type: 'programme', id: p.id, label: `${p.code} ${p.name}` });
export const fundRecord = (f: SnapshotFund): FindingRecord => ({ type: 'fund', id: f.id, label: `${f.code} ${f.name}` });
export const indicatorRecord = (i: SnapshotIndicator): FindingRecord => ({ type: 'indicator', id: i.id, label: `${i.code} ${i.title}` });
export const pillarRecord = (s: AlignmentSnapshot, code: PillarCode): FindingRecord => ({ type: 'pillar', id: code, label: pillarTitle(s, code) });
