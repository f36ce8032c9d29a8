/**
 * Alignment coverage scores. Each returns the figure with the numbers it came from and the formula
 * as text, so the UI can show "how" beside every figure. value is numerator ÷ denominator (0–1), or
 * null when the denominator is 0 (nothing to measure).
 */
import type { PillarCode } from '../../programmes/vocabulary';
import { listOf, money, percent } from './format';
import { type Alignment, alignmentOf, alignments, byId, isActive, isLive, pillarPence, pillarTitle } from './model';
import type { AlignmentSnapshot } from './snapshot';

export { matrix, type Matrix, type MatrixCell, type MatrixColumn, type MatrixRow } from './matrix';

export interface Coverage {
  value: number | null;
  numerator: number;
  denominator: number;
  formula: string;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);
const result = (numerator: number, denominator: number, formula: string): Coverage => ({ value: ratio(numerator, denominator), numerator, denominator, formula });

/**
 * Per programme: 2 checks — resolves to a council mission; resolves to a GMCA outcome (model.ts).
 * "linked to a council mission and a GMCA outcome: 1 of 2 checks = 50% (missing: a GMCA outcome)".
 */
export function programmeCoverage(s: AlignmentSnapshot, programmeId: number): Coverage {
  const programme = byId(s.programmes).get(programmeId);
  if (!programme) return result(0, 0, `programme ${programmeId} is not in the snapshot: no figure`);
  return coverageOf(alignmentOf(alignments(s), programmeId));
}

/** programmeCoverage for every programme in the snapshot, resolving the links once. */
export function programmeCoverages(s: AlignmentSnapshot): Map<number, Coverage> {
  const all = alignments(s);
  return new Map(s.programmes.map((p) => [p.id, coverageOf(alignmentOf(all, p.id))]));
}

function coverageOf(a: Alignment): Coverage {
  const checks: Array<[string, boolean]> = [
    ['a council mission', a.missions.size > 0],
    ['a GMCA outcome', a.outcomes.size > 0],
  ];
  const passed = checks.filter(([, ok]) => ok).length;
  const missing = checks.filter(([, ok]) => !ok).map(([label]) => label);
  return result(
    passed,
    checks.length,
    `linked to a council mission and a GMCA outcome: ${passed} of ${checks.length} checks = ${percent(passed / checks.length)}` +
      (missing.length ? ` (missing: ${listOf(missing)})` : ''),
  );
}

/**
 * Per mission: the mission's priorities that at least one active programme resolves to ÷ all its
 * priorities. Programmes linked to the mission itself but no priority do not cover a priority.
 */
export function missionCoverage(s: AlignmentSnapshot, missionId: number): Coverage {
  const all = alignments(s);
  const active = s.programmes.filter(isActive);
  const priorities = s.priorities.filter((p) => p.missionId === missionId);
  const uncovered = priorities.filter((pr) => !active.some((p) => alignmentOf(all, p.id).priorities.has(pr.id)));
  const covered = priorities.length - uncovered.length;
  const head = `priorities of this mission with at least one active programme linked ÷ all its priorities = ${covered} ÷ ${priorities.length}`;
  if (!priorities.length) return result(0, 0, `${head}: no figure (no priorities recorded for this mission)`);
  return result(
    covered,
    priorities.length,
    `${head} = ${percent(covered / priorities.length)}` + (uncovered.length ? ` (not yet covered: ${listOf(uncovered.map((p) => p.code))})` : ''),
  );
}

/**
 * Per pillar, in pence: confirmed 'is_pillar' funding lines for the pillar on active programmes that
 * resolve to one of its outcomes ÷ confirmed 'is_pillar' funding lines for the pillar on all
 * programmes not closed. Money on proposed or paused programmes, or on programmes not linked to the
 * pillar's outcomes, is the gap.
 */
export function pillarCoverage(s: AlignmentSnapshot, pillarCode: PillarCode): Coverage {
  const all = alignments(s);
  let numerator = 0;
  let denominator = 0;
  for (const p of s.programmes.filter(isLive)) {
    const pence = pillarPence(p, pillarCode, true);
    denominator += pence;
    if (isActive(p) && alignmentOf(all, p.id).pillars.has(pillarCode)) numerator += pence;
  }
  const title = pillarTitle(s, pillarCode);
  const head =
    `confirmed funding drawn from ‘${title}’ by active programmes linked to one of its outcomes ÷ all confirmed funding drawn from ‘${title}’ ` +
    `by programmes not closed = ${money(numerator)} ÷ ${money(denominator)}`;
  return result(numerator, denominator, denominator > 0 ? `${head} = ${percent(numerator / denominator)}` : `${head}: no figure (no confirmed funding drawn from this pillar)`);
}
