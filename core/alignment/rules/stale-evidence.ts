import { type Rule, makeFinding } from './finding';
import { listOf, longDate, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, contributesTo, indicatorRecord, isActive, programmeRecord } from './model';
import type { AlignmentSnapshot, SnapshotProgramme } from './snapshot';

/**
 * The active programmes for which each indicator is evidence: programmes that contribute to it
 * (linked to it, or to the outcome or priority it measures), and — through a local → GMCA indicator
 * link — programmes that contribute to the indicator at the other end of that link.
 */
export function evidenceUsers(s: AlignmentSnapshot): Map<number, SnapshotProgramme[]> {
  const all = alignments(s);
  const users = new Map<number, SnapshotProgramme[]>();
  const add = (indicatorId: number, p: SnapshotProgramme) => {
    const list = users.get(indicatorId) ?? [];
    if (!list.includes(p)) list.push(p);
    users.set(indicatorId, list);
  };
  const active = s.programmes.filter(isActive);
  for (const ind of s.indicators) for (const p of active) if (contributesTo(alignmentOf(all, p.id), ind)) add(ind.id, p);
  const direct = new Map([...users].map(([id, list]) => [id, [...list]]));
  for (const link of s.indicatorLinks) {
    for (const p of direct.get(link.gmcaIndicatorId) ?? []) add(link.localIndicatorId, p);
    for (const p of direct.get(link.localIndicatorId) ?? []) add(link.gmcaIndicatorId, p);
  }
  for (const list of users.values()) list.sort((a, b) => a.id - b.id);
  return users;
}

/**
 * stale-evidence (medium).
 * Test: an indicator with stale = true (its next figure is overdue: staleness() in
 * core/outcomes/status, which allows a grace period per frequency) that is evidence for at least one
 * active programme (evidenceUsers above). One finding per indicator, naming those programmes.
 * Key: 'stale-evidence:indicator:<id>'. Fingerprint: latest period, due date and the programme ids.
 */
export const staleEvidence: Rule = {
  id: 'stale-evidence',
  title: 'Evidence out of date',
  purpose: 'Programmes are judged on their linked indicators, so those indicators must be reported as often as their frequency says.',
  severity: 'medium',
  suggestedFix: 'Record the overdue figure for the indicator, or note why it is delayed and when it will arrive.',
  reads: [...ALIGNMENT_INPUTS, 'indicatorLinks'],
  run(s) {
    const users = evidenceUsers(s);
    return s.indicators.flatMap((ind) => {
      const programmes = users.get(ind.id) ?? [];
      if (!ind.stale || !programmes.length) return [];
      const latest = ind.latestPeriod === null ? 'has no figures recorded' : `was last reported for ${ind.latestPeriod}`;
      const due = ind.dueBy === null ? '' : `; the next ${ind.frequency.replace('_', '-')} figure was due by ${longDate(ind.dueBy)}`;
      return [
        makeFinding(
          staleEvidence,
          ['indicator', ind.id],
          `Indicator ${named(ind.code, ind.title)} ${latest}${due}. It is evidence for ${listOf(programmes.map((p) => named(p.code, p.name)))}.`,
          [indicatorRecord(ind), ...programmes.map(programmeRecord)],
          { latestPeriod: ind.latestPeriod, dueBy: ind.dueBy, programmeIds: programmes.map((p) => p.id) },
        ),
      ];
    });
  },
};
