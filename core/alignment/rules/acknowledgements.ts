/**
 * Acknowledging a finding: someone records a reason, the finding stops nagging but stays visible
 * under "acknowledged", and it comes back as soon as the data behind it changes.
 *
 * - An acknowledgement applies only when BOTH its key and its fingerprint equal the finding's.
 * - A finding with acknowledgements for its key but none for its current fingerprint is open again,
 *   with reopened = true and the most recent of those acknowledgements as previousAcknowledgement
 *   (so the UI can say "acknowledged by X on Y; the data has changed since").
 * - An acknowledgement with a blank reason counts for nothing (a reason is required).
 * - When several apply, the one with the latest `at` wins (ISO timestamps compare as text; a tie goes
 *   to the later one in the array).
 * - Acknowledgements for findings no longer raised are ignored (the problem has gone).
 * Order is kept: both lists follow the order of `findings`. Inputs are not modified.
 */
import type { Finding } from './finding';

export interface Acknowledgement {
  key: string;
  fingerprint: string;
  reason: string;
  /** Who acknowledged it (username or display name, as the audit log records it). */
  by: string;
  /** When, as an ISO-8601 timestamp. */
  at: string;
}

export type OpenFinding = Finding & {
  reopened: boolean;
  /** The latest acknowledgement that no longer applies because the data changed; null when never acknowledged. */
  previousAcknowledgement: Acknowledgement | null;
};

export type AcknowledgedFinding = Finding & { acknowledgement: Acknowledgement };

export interface AcknowledgedSplit {
  open: OpenFinding[];
  acknowledged: AcknowledgedFinding[];
}

function latest(acks: readonly Acknowledgement[]): Acknowledgement | null {
  let best: Acknowledgement | null = null;
  for (const ack of acks) if (best === null || ack.at >= best.at) best = ack;
  return best;
}

export function applyAcknowledgements(findings: readonly Finding[], acks: readonly Acknowledgement[]): AcknowledgedSplit {
  const byKey = new Map<string, Acknowledgement[]>();
  for (const ack of acks) {
    if (!ack.reason.trim()) continue;
    byKey.set(ack.key, [...(byKey.get(ack.key) ?? []), ack]);
  }
  const open: OpenFinding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  for (const finding of findings) {
    const forKey = byKey.get(finding.key) ?? [];
    const applying = latest(forKey.filter((a) => a.fingerprint === finding.fingerprint));
    if (applying) {
      acknowledged.push({ ...finding, acknowledgement: applying });
      continue;
    }
    const previous = latest(forKey);
    open.push({ ...finding, reopened: previous !== null, previousAcknowledgement: previous });
  }
  return { open, acknowledged };
}
