/** The alignment rules: pure functions of an AlignmentSnapshot. */
import { awardsAboveConfirmedFunding } from './awards-above-confirmed-funding';
import type { Finding, Rule, Severity } from './finding';
import { fundedOutcomeWithoutProgramme } from './funded-outcome-without-programme';
import { fundingBalance } from './funding-balance';
import { geographyMismatch } from './geography-mismatch';
import { outcomeWithoutProgramme } from './outcome-without-programme';
import { pillarMismatch } from './pillar-mismatch';
import { programmeWithoutGmcaOutcome } from './programme-without-gmca-outcome';
import { programmeWithoutMission } from './programme-without-mission';
import { redIndicatorWithoutProgress } from './red-indicator-without-progress';
import type { AlignmentSnapshot } from './snapshot';
import { staleEvidence } from './stale-evidence';
import { zeroCostFundNotSpent } from './zero-cost-fund-not-spent';

export type { Finding, FindingRecord, RecordType, Rule, Severity, SnapshotField } from './finding';
export type * from './snapshot';
export { applyAcknowledgements } from './acknowledgements';
export type { Acknowledgement, AcknowledgedFinding, OpenFinding } from './acknowledgements';
export { matrix, missionCoverage, pillarCoverage, programmeCoverage, programmeCoverages } from './coverage';
export type { Coverage, Matrix, MatrixCell } from './coverage';

/** Every rule, in the order findings are listed within a severity. */
export const ALL_RULES: readonly Rule[] = [
  programmeWithoutMission,
  programmeWithoutGmcaOutcome,
  outcomeWithoutProgramme,
  fundedOutcomeWithoutProgramme,
  pillarMismatch,
  redIndicatorWithoutProgress,
  staleEvidence,
  geographyMismatch,
  awardsAboveConfirmedFunding,
  zeroCostFundNotSpent,
  fundingBalance,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Runs every rule; findings come high → medium → low, then in ALL_RULES order, then as each rule lists them. */
export function runRules(snapshot: AlignmentSnapshot): Finding[] {
  return orderFindings(ALL_RULES.map((rule) => rule.run(snapshot)));
}

/** Each rule's findings (in ALL_RULES order) as one list in the order runRules gives. */
export function orderFindings(perRule: ReadonlyArray<readonly Finding[]>): Finding[] {
  return perRule
    .flat()
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
