import type { PillarCode } from '../../programmes/vocabulary';
import { type Finding, type FindingRecord, type Rule, makeFinding } from './finding';
import { listOf, money, named } from './format';
import { ALIGNMENT_INPUTS, alignmentOf, alignments, isActive, isLive, pillarPence, pillarRecord, pillarTitle, programmeRecord } from './model';
import type { SnapshotProgramme } from './snapshot';

/**
 * funded-outcome-without-programme (high).
 * Funding lines name a pillar, not an outcome, so this rule works at pillar level: the pillar's
 * outcomes "have funding" when the register draws money from the pillar.
 * Test: at least one programme that is not closed has funding lines with source 'is_pillar' and this
 * pillar code (any certainty, any amount), and no programme with status 'active' resolves to any
 * outcome of the pillar. (Each live programme drawing the money also gets a pillar-mismatch finding;
 * this one is the pillar's view: money in, nothing delivering against its outcomes.)
 * Key: 'funded-outcome-without-programme:pillar:<pillarCode>'. Fingerprint: each drawing programme's
 * id, status, total and confirmed pence, and the pillar's outcome ids.
 */
export const fundedOutcomeWithoutProgramme: Rule = {
  id: 'funded-outcome-without-programme',
  title: 'Integrated Settlement money drawn, but no active programme on the pillar’s outcomes',
  purpose: 'Money drawn from an Integrated Settlement pillar must be shown to deliver that pillar’s outcomes.',
  severity: 'high',
  suggestedFix: 'Link the active programme that delivers this pillar’s outcomes, or correct the pillar recorded on the funding lines.',
  reads: [...ALIGNMENT_INPUTS, 'pillars'],
  run(s) {
    const all = alignments(s);
    const drawing = new Map<PillarCode, SnapshotProgramme[]>();
    for (const p of s.programmes.filter(isLive)) {
      for (const line of p.fundingLines) {
        if (line.source !== 'is_pillar' || line.pillarCode === null) continue;
        const list = drawing.get(line.pillarCode) ?? [];
        if (!list.includes(p)) list.push(p);
        drawing.set(line.pillarCode, list);
      }
    }
    const findings: Finding[] = [];
    for (const [code, programmes] of drawing) {
      const delivered = s.programmes.some((p) => isActive(p) && alignmentOf(all, p.id).pillars.has(code));
      if (delivered) continue;
      const outcomes = s.outcomes.filter((o) => o.pillarCode === code);
      const total = programmes.reduce((t, p) => t + pillarPence(p, code, false), 0);
      const confirmed = programmes.reduce((t, p) => t + pillarPence(p, code, true), 0);
      const records: FindingRecord[] = [
        pillarRecord(s, code),
        ...outcomes.map((o): FindingRecord => ({ type: 'outcome', id: o.id, label: `${o.code} ${o.title}` })),
        ...programmes.map(programmeRecord),
      ];
      const where = outcomes.length
        ? `no active programme is linked to any of its outcomes (${listOf(outcomes.map((o) => o.code))})`
        : 'the snapshot holds no outcomes for this pillar to link to';
      findings.push(
        makeFinding(
          fundedOutcomeWithoutProgramme,
          ['pillar', code],
          `${money(total)} of Integrated Settlement funding (${money(confirmed)} confirmed) is drawn from pillar ‘${pillarTitle(s, code)}’ by ` +
            `${listOf(programmes.map((p) => `${named(p.code, p.name)} (${p.status})`))}, but ${where}.`,
          records,
          {
            programmes: programmes.map((p) => [p.id, p.status, pillarPence(p, code, false), pillarPence(p, code, true)]),
            outcomeIds: outcomes.map((o) => o.id),
          },
        ),
      );
    }
    return findings;
  },
};
