import { type Rule, makeFinding } from './finding';
import { money, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, confirmedPence, isActive, programmeRecord } from './model';

/**
 * programme-without-gmca-outcome (medium).
 * Test: a programme whose status is 'active' resolves to no GMCA outcome — it has no link to an
 * outcome and none to a GMCA indicator measuring an outcome (links to missing records do not count).
 * Medium, not high: some council programmes legitimately sit outside the Integrated Settlement;
 * programmes that draw pillar money are caught (high) by pillar-mismatch.
 * Key: 'programme-without-gmca-outcome:programme:<id>'. Fingerprint: status and confirmed funding.
 */
export const programmeWithoutGmcaOutcome: Rule = {
  id: 'programme-without-gmca-outcome',
  title: 'Active programme not linked to a GMCA outcome',
  purpose: 'Shows active programmes whose contribution to the GMCA Integrated Settlement outcomes is not recorded.',
  severity: 'medium',
  suggestedFix: 'Link the programme to the GMCA outcome or indicator it contributes to, or acknowledge that it sits outside the settlement.',
  reads: [...ALIGNMENT_INPUTS],
  run(s) {
    const all = alignments(s);
    return s.programmes
      .filter((p) => isActive(p) && alignmentOf(all, p.id).outcomes.size === 0)
      .map((p) => {
        const confirmed = confirmedPence(p);
        return makeFinding(
          programmeWithoutGmcaOutcome,
          ['programme', p.id],
          `Active programme ${named(p.code, p.name)} (confirmed funding ${money(confirmed)}) is not linked to any GMCA outcome or indicator.`,
          [programmeRecord(p)],
          { status: p.status, confirmedPence: confirmed },
        );
      });
  },
};
