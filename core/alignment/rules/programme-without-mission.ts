import { type Rule, makeFinding } from './finding';
import { money, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, confirmedPence, isActive, programmeRecord } from './model';

/**
 * programme-without-mission (high).
 * Test: a programme whose status is 'active' resolves to no council mission — it has no link to a
 * mission, to a priority under a mission, or to a council indicator measuring such a priority (see
 * model.ts; links to records missing from the snapshot do not count).
 * Key: 'programme-without-mission:programme:<id>'. Fingerprint: status and confirmed funding.
 */
export const programmeWithoutMission: Rule = {
  id: 'programme-without-mission',
  title: 'Active programme not linked to a council mission',
  purpose: 'Every active programme should be able to say which of the council’s missions it serves.',
  severity: 'high',
  suggestedFix: 'Link the programme to the mission or priority it contributes to, with a strength, a rationale and an evidence source.',
  reads: [...ALIGNMENT_INPUTS],
  run(s) {
    const all = alignments(s);
    return s.programmes
      .filter((p) => isActive(p) && alignmentOf(all, p.id).missions.size === 0)
      .map((p) => {
        const confirmed = confirmedPence(p);
        return makeFinding(
          programmeWithoutMission,
          ['programme', p.id],
          `Active programme ${named(p.code, p.name)} (confirmed funding ${money(confirmed)}) is not linked to any council mission or priority.`,
          [programmeRecord(p)],
          { status: p.status, confirmedPence: confirmed },
        );
      });
  },
};
