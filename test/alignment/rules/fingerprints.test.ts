import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../../core/alignment/rules';
import type { AlignmentSnapshot } from '../../../core/alignment/rules/snapshot';
import { WARDS, fixtureWith, fund, indicator, programme, unlink } from './fixture';

/** [rule, a change that triggers it, a change to a value the finding depends on (same key, new fingerprint)]. */
const cases: Array<[string, (s: AlignmentSnapshot) => void, (s: AlignmentSnapshot) => void]> = [
  ['programme-without-mission', (s) => unlink(s, (l) => l.id === 1), (s) => (programme(s, 1).fundingLines[0]!.amountPence += 1)],
  ['programme-without-gmca-outcome', (s) => unlink(s, (l) => l.id === 4), (s) => (programme(s, 2).fundingLines[0]!.amountPence += 1)],
  ['outcome-without-programme', (s) => (programme(s, 1).status = 'paused'), (s) => (programme(s, 1).status = 'proposed')],
  ['funded-outcome-without-programme', (s) => (programme(s, 1).status = 'paused'), (s) => (programme(s, 1).fundingLines[2]!.amountPence += 1)],
  ['pillar-mismatch', (s) => (s.programmeLinks[1]!.targetId = 202), (s) => (programme(s, 1).fundingLines[2]!.certainty = 'confirmed')],
  ['red-indicator-without-progress', (s) => { indicator(s, 301).rag = 'red'; programme(s, 1).milestones[0]!.status = 'missed'; }, (s) => (programme(s, 1).milestones[0]!.status = 'at_risk')],
  ['stale-evidence', (s) => (indicator(s, 311).stale = true), (s) => (indicator(s, 311).dueBy = '2026-04-30')],
  ['geography-mismatch', (s) => (s.awards[0]!.partnerWardCode = WARDS.elsewhere), (s) => (s.awards[0]!.partnerWardCode = WARDS.abram)],
  ['awards-above-confirmed-funding', (s) => (fund(s, 1).awardedPence = 70_000_000), (s) => (fund(s, 1).awardedPence += 1)],
  ['zero-cost-fund-not-spent', (s) => (fund(s, 2).netReleasedPence = 0), (s) => (fund(s, 2).netReleasedPence = 1)],
  ['funding-balance', (s) => (s.balanceTargets.missions[0]!.targetShare = 0.4), (s) => (s.balanceTargets.missions[0]!.tolerance = 0.06)],
];

describe('fingerprints', () => {
  it.each(cases)('%s: same key, new fingerprint when an underlying value changes', (ruleId, trigger, change) => {
    const rule = RULES_BY_ID.get(ruleId)!;
    const before = rule.run(fixtureWith(trigger));
    const after = rule.run(fixtureWith((s) => { trigger(s); change(s); }));
    expect(before).toHaveLength(1);
    expect(after.map((f) => f.key)).toEqual(before.map((f) => f.key));
    expect(after[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
    expect(rule.run(fixtureWith(trigger))[0]!.fingerprint).toBe(before[0]!.fingerprint);
  });
});
