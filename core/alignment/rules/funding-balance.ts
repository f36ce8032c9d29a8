import type { PillarCode } from '../../programmes/vocabulary';
import { fundingShares } from './balance';
import { type Finding, type FindingRecord, type Rule, makeFinding } from './finding';
import { money, named, percent, points } from './format';
import { ALIGNMENT_INPUTS, byId, pillarRecord, pillarTitle } from './model';
import type { BalanceTarget } from './snapshot';

/** Float slack so a share exactly on the edge of its band is never reported. */
const EPSILON = 1e-9;

/**
 * funding-balance (low).
 * Test, for each balance target the council records (the first one wins if a mission or pillar has
 * several; targets for missions missing from the snapshot are skipped): with the weighted shares of
 * balance.ts, and when the relevant total is above zero, a finding when
 * share < targetShare − tolerance or share > targetShare + tolerance (edges inclusive, 1e-9 slack).
 * Key: 'funding-balance:mission:<id>' or 'funding-balance:pillar:<pillarCode>'. Fingerprint:
 * weighted pence (rounded), total pence, target share and tolerance.
 */
export const fundingBalance: Rule = {
  id: 'funding-balance',
  title: 'Funding share outside the council’s target',
  purpose: 'Shows where the spread of confirmed funding across missions and pillars has drifted from the balance the council has set.',
  severity: 'low',
  suggestedFix: 'Review the balance with the programme board: rebalance funding or links, or update the recorded target.',
  reads: [...ALIGNMENT_INPUTS, 'pillars', 'balanceTargets'],
  run(s) {
    const shares = fundingShares(s);
    const missions = byId(s.missions);
    const findings: Finding[] = [];
    const check = (kind: 'mission' | 'pillar', id: number | PillarCode, subject: string, pool: string, record: FindingRecord, pence: number, total: number, t: BalanceTarget) => {
      if (!(total > 0)) return;
      const value = pence / total;
      const low = t.targetShare - t.tolerance;
      const high = t.targetShare + t.tolerance;
      if (value >= low - EPSILON && value <= high + EPSILON) return;
      findings.push(
        makeFinding(
          fundingBalance,
          [kind, id],
          `${subject} receives ${percent(value)} of the confirmed funding of active programmes linked to ${pool} (${money(pence)} of ${money(total)}, ` +
            `shared by link strength: primary 1, secondary 0.5, enabling 0.25), ${value > high ? 'above' : 'below'} the council’s target of ` +
            `${percent(t.targetShare)} ± ${points(t.tolerance)} (${percent(Math.max(0, low))} to ${percent(Math.min(1, high))}).`,
          [record],
          { pence: Math.round(pence), totalPence: total, targetShare: t.targetShare, tolerance: t.tolerance },
        ),
      );
    };
    const seenMissions = new Set<number>();
    for (const t of s.balanceTargets.missions) {
      const mission = missions.get(t.missionId);
      if (!mission || seenMissions.has(mission.id)) continue;
      seenMissions.add(mission.id);
      const record: FindingRecord = { type: 'mission', id: mission.id, label: `${mission.code} ${mission.title}` };
      check('mission', mission.id, `Mission ${named(mission.code, mission.title)}`, 'missions', record, shares.missions.pence.get(mission.id) ?? 0, shares.missions.totalPence, t);
    }
    const seenPillars = new Set<PillarCode>();
    for (const t of s.balanceTargets.pillars) {
      if (seenPillars.has(t.pillarCode)) continue;
      seenPillars.add(t.pillarCode);
      const subject = `Pillar ‘${pillarTitle(s, t.pillarCode)}’`;
      check('pillar', t.pillarCode, subject, 'GMCA outcomes', pillarRecord(s, t.pillarCode), shares.pillars.pence.get(t.pillarCode) ?? 0, shares.pillars.totalPence, t);
    }
    return findings;
  },
};
