/** What a rule is and what it reports. */
import { fingerprintOf } from './format';
import type { AlignmentSnapshot } from './snapshot';

/** A top-level field of the snapshot. */
export type SnapshotField = keyof AlignmentSnapshot;

export type Severity = 'high' | 'medium' | 'low';
export type RecordType = 'programme' | 'outcome' | 'indicator' | 'fund' | 'award' | 'mission' | 'pillar';

/** A record a finding names, with a label the UI can show and link from. */
export interface FindingRecord {
  type: RecordType;
  id: number | string;
  label: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Stable across runs while the same records are involved, e.g. 'programme-without-mission:programme:12'. */
  key: string;
  /** en-GB sentence naming the records, with money as £ from pence. */
  message: string;
  records: FindingRecord[];
  /**
   * Hash of the data values the rule tested and the figures its message quotes (never labels). An
   * acknowledgement holds only while this is unchanged.
   */
  fingerprint: string;
}

export interface Rule {
  /** kebab-case, stable: acknowledgements and audit entries refer to it. */
  id: string;
  title: string;
  /** One sentence: why the rule exists. */
  purpose: string;
  severity: Severity;
  /** One sentence: what to do about a finding. */
  suggestedFix: string;
  /**
   * Every part of the snapshot `run` reads (a test checks it). The findings cache re-runs a rule only
   * when one of these parts has changed since it last ran.
   */
  reads: readonly SnapshotField[];
  run(snapshot: AlignmentSnapshot): Finding[];
}

/** Builds a finding: key = rule id + the given parts joined with ':'; fingerprint from `data`. */
export function makeFinding(
  rule: Pick<Rule, 'id' | 'severity'>,
  keyParts: ReadonlyArray<string | number>,
  message: string,
  records: FindingRecord[],
  data: unknown,
): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    key: [rule.id, ...keyParts].join(':'),
    message,
    records,
    fingerprint: fingerprintOf(data),
  };
}
