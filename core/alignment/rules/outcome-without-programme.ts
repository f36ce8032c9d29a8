import { type FindingRecord, type Rule, makeFinding } from './finding';
import { listOf, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, isActive, pillarRecord, pillarTitle, programmeRecord } from './model';

/**
 * outcome-without-programme (high).
 * Test: a GMCA outcome with accountable = true (it has at least one accountable indicator) that no
 * programme with status 'active' resolves to (by an outcome link or a link to one of its indicators).
 * Linked programmes that are not active are named in the message, and are part of the fingerprint.
 * Key: 'outcome-without-programme:outcome:<id>'. Fingerprint: pillar and linked inactive programmes' ids and statuses.
 */
export const outcomeWithoutProgramme: Rule = {
  id: 'outcome-without-programme',
  title: 'Accountable GMCA outcome with no active programme',
  purpose: 'The council is held to account for these outcomes, so each needs at least one active programme delivering towards it.',
  severity: 'high',
  suggestedFix: 'Link an active programme that contributes to the outcome, or record why none does and who is delivering it instead.',
  reads: [...ALIGNMENT_INPUTS, 'pillars'],
  run(s) {
    const all = alignments(s);
    return s.outcomes
      .filter((o) => o.accountable)
      .flatMap((o) => {
        const linked = s.programmes.filter((p) => alignmentOf(all, p.id).outcomes.has(o.id));
        if (linked.some(isActive)) return [];
        const inactive = linked.map((p) => `${named(p.code, p.name)} (${p.status})`);
        const records: FindingRecord[] = [{ type: 'outcome', id: o.id, label: `${o.code} ${o.title}` }, pillarRecord(s, o.pillarCode), ...linked.map(programmeRecord)];
        return [
          makeFinding(
            outcomeWithoutProgramme,
            ['outcome', o.id],
            `Accountable GMCA outcome ${named(o.code, o.title)} (pillar ‘${pillarTitle(s, o.pillarCode)}’) has no active programme contributing to it.` +
              (inactive.length ? ` Linked but not active: ${listOf(inactive)}.` : ''),
            records,
            { pillarCode: o.pillarCode, inactive: linked.map((p) => [p.id, p.status]) },
          ),
        ];
      });
  },
};
