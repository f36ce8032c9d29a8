import type { PillarCode } from '../../programmes/vocabulary';
import { type Rule, makeFinding } from './finding';
import { listOf, money, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, isLive, pillarPence, pillarRecord, pillarTitle, programmeRecord } from './model';

/**
 * pillar-mismatch (high).
 * Test: for each programme that is not closed and each pillar code on its funding lines with source
 * 'is_pillar' (any certainty), the programme resolves to no outcome of that pillar (outcome links and
 * links to GMCA indicators both count; outcomes of other pillars do not).
 * Key: 'pillar-mismatch:programme:<id>:pillar:<pillarCode>'. Fingerprint: status, the pillar's lines
 * (year, certainty, pence) and the pillars the programme is linked to.
 */
export const pillarMismatch: Rule = {
  id: 'pillar-mismatch',
  title: 'Funding drawn from a pillar the programme does not contribute to',
  purpose: 'Integrated Settlement money is given for a pillar’s outcomes, so a programme drawing it should contribute to one of them.',
  severity: 'high',
  suggestedFix: 'Link the programme to the pillar outcome its spending delivers, or correct the pillar on the funding line.',
  reads: [...ALIGNMENT_INPUTS, 'pillars'],
  run(s) {
    const all = alignments(s);
    return s.programmes.filter(isLive).flatMap((p) => {
      const linkedPillars = [...alignmentOf(all, p.id).pillars.keys()].sort();
      const drawn: PillarCode[] = [];
      for (const line of p.fundingLines) {
        if (line.source === 'is_pillar' && line.pillarCode !== null && !drawn.includes(line.pillarCode)) drawn.push(line.pillarCode);
      }
      return drawn
        .filter((code) => !linkedPillars.includes(code))
        .map((code) => {
          const lines = p.fundingLines.filter((l) => l.source === 'is_pillar' && l.pillarCode === code);
          const years = [...new Set(lines.map((l) => l.financialYear))].sort();
          const title = pillarTitle(s, code);
          const elsewhere = linkedPillars.length
            ? ` Its GMCA links are to ${linkedPillars.length === 1 ? 'the pillar' : 'the pillars'} ${listOf(linkedPillars.map((c) => `‘${pillarTitle(s, c)}’`))}.`
            : ' It has no GMCA outcome links at all.';
          return makeFinding(
            pillarMismatch,
            ['programme', p.id, 'pillar', code],
            `Programme ${named(p.code, p.name)} draws ${money(pillarPence(p, code, false))} (${money(pillarPence(p, code, true))} confirmed; ${listOf(years)}) ` +
              `from the Integrated Settlement pillar ‘${title}’ but contributes to no ‘${title}’ outcome.${elsewhere}`,
            [programmeRecord(p), pillarRecord(s, code)],
            { status: p.status, lines: lines.map((l) => [l.financialYear, l.certainty, l.amountPence]), linkedPillars },
          );
        });
    });
  },
};
