/**
 * How confirmed funding shares out across missions and pillars (used by funding-balance).
 *
 * For each programme with status 'active', its confirmed funding (all sources, all years in the
 * snapshot) is split across the missions it resolves to in proportion to the strength weights
 * primary = 1, secondary = 0.5, enabling = 0.25 (the strongest link to a mission counts once). A
 * programme linked primary to M1 and enabling to M2 with £100 gives M1 £100 × 1/1.25 = £80 and M2
 * £20. So no pound is counted twice, and the mission shares add up to 100%. The denominator is the
 * confirmed funding of active programmes linked to at least one mission: unlinked money is reported
 * by programme-without-mission, not here. Pillars work the same way, through the pillars of the GMCA
 * outcomes each programme resolves to.
 */
import type { PillarCode } from '../../programmes/vocabulary';
import { STRENGTH_WEIGHTS, alignmentOf, alignments, confirmedPence, isActive } from './model';
import type { AlignmentSnapshot, LinkStrength } from './snapshot';

export interface Shares<K> {
  /** Weighted confirmed pence per mission id or pillar code (may hold fractions of a penny). */
  pence: Map<K, number>;
  /** Confirmed pence of active programmes linked to at least one mission (or pillar). */
  totalPence: number;
}

function share<K>(into: Shares<K>, links: Map<K, LinkStrength>, pence: number): void {
  const weights = [...links].map(([key, strength]) => [key, STRENGTH_WEIGHTS[strength] ?? 0] as const);
  const sum = weights.reduce((t, [, w]) => t + w, 0);
  if (sum <= 0) return;
  into.totalPence += pence;
  for (const [key, w] of weights) into.pence.set(key, (into.pence.get(key) ?? 0) + (pence * w) / sum);
}

export function fundingShares(s: AlignmentSnapshot): { missions: Shares<number>; pillars: Shares<PillarCode> } {
  const all = alignments(s);
  const missions: Shares<number> = { pence: new Map(), totalPence: 0 };
  const pillars: Shares<PillarCode> = { pence: new Map(), totalPence: 0 };
  for (const p of s.programmes.filter(isActive)) {
    const a = alignmentOf(all, p.id);
    const pence = confirmedPence(p);
    share(missions, a.missions, pence);
    share(pillars, a.pillars, pence);
  }
  return { missions, pillars };
}
