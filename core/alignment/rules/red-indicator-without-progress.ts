import { type Rule, makeFinding } from './finding';
import { listOf, longDate, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, contributesTo, indicatorRecord, isActive, programmeRecord } from './model';
import { MILESTONE_STATUSES, MILESTONE_STATUS_LABELS } from '../../programmes/vocabulary';
import type { SnapshotMilestone } from './snapshot';

/** Milestone statuses that count as progress. */
export const PROGRESS_STATUSES: ReadonlyArray<SnapshotMilestone['status']> = ['achieved', 'on_track'];

/**
 * red-indicator-without-progress (high).
 * Test, for each indicator (GMCA or council) with rag 'red' and both latestPeriodStart and
 * latestPeriodEnd set:
 * 1. its contributing programmes are those with status 'active' linked to the indicator, or to the
 *    outcome or priority it measures (model.ts contributesTo);
 * 2. if there are none, no finding (outcome-without-programme covers that gap);
 * 3. otherwise a finding unless at least one contributing programme has a milestone whose status is
 *    'achieved' or 'on_track' AND whose dueDate lies within the period, start and end inclusive
 *    (ISO date strings compared as text). Milestones due outside the period do not count either way.
 * Key: 'red-indicator-without-progress:indicator:<id>'. Fingerprint: period and dates, and each
 * contributing programme's milestones due in the period (id, status, due date).
 */
export const redIndicatorWithoutProgress: Rule = {
  id: 'red-indicator-without-progress',
  title: 'Red indicator with no milestone progress in the period',
  purpose: 'When an indicator is off track, the programmes meant to move it should be able to show delivery in the same period.',
  severity: 'high',
  suggestedFix: 'Update the contributing programmes’ milestones for the period, or record the recovery plan and link any programme now addressing the indicator.',
  reads: [...ALIGNMENT_INPUTS],
  run(s) {
    const all = alignments(s);
    return s.indicators.flatMap((ind) => {
      const start = ind.latestPeriodStart;
      const end = ind.latestPeriodEnd;
      if (ind.rag !== 'red' || start === null || end === null) return [];
      const contributing = s.programmes.filter((p) => isActive(p) && contributesTo(alignmentOf(all, p.id), ind));
      if (!contributing.length) return [];
      const inPeriod = contributing.map((p) => ({ p, due: p.milestones.filter((m) => m.dueDate >= start && m.dueDate <= end) }));
      if (inPeriod.some(({ due }) => due.some((m) => PROGRESS_STATUSES.includes(m.status)))) return [];
      const due = inPeriod.flatMap(({ due: list }) => list);
      const counts = MILESTONE_STATUSES.map((st) => [st, due.filter((m) => m.status === st).length] as const).filter(([, n]) => n > 0);
      const detail = due.length
        ? `${due.length} ${due.length === 1 ? 'milestone' : 'milestones'} due: ${counts.map(([st, n]) => `${n} ${MILESTONE_STATUS_LABELS[st].toLowerCase()}`).join(', ')}`
        : 'no milestones due';
      const one = contributing.length === 1;
      return [
        makeFinding(
          redIndicatorWithoutProgress,
          ['indicator', ind.id],
          `Indicator ${named(ind.code, ind.title)} is Red for ${ind.latestPeriod ?? 'its latest period'} (${longDate(start)} to ${longDate(end)}), and its contributing ` +
            `${one ? 'programme' : 'programmes'} ${listOf(contributing.map((p) => named(p.code, p.name)))} ${one ? 'has' : 'have'} no milestone achieved or on track ` +
            `due in that period (${detail}).`,
          [indicatorRecord(ind), ...contributing.map(programmeRecord)],
          {
            period: ind.latestPeriod,
            start,
            end,
            programmes: inPeriod.map(({ p, due }) => [p.id, due.map((m) => [m.id, m.status, m.dueDate])]),
          },
        ),
      ];
    });
  },
};
