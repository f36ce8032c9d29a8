/**
 * Live updates (README, Live updates): what changed in the workspace, as announced to the screens
 * that show it. The source of truth is the audit log — every change writes one hash-chained entry
 * with its record type, id and action in the same transaction — so a change is an audit entry seen
 * from outside, and the last audit id says how far a listener has got.
 */

export interface Change {
  /** The audit entry's `entity_type` (payment, award, programme, indicator, user…). */
  type: string;
  /** The audit entry's `entity_id`, as text; null for workspace-wide entries. */
  id: string | null;
  /** The audit entry's `action` (grants.record_payment, programme.update…). */
  action: string;
}

export interface ChangeBatch {
  /** The last audit id this batch covers. */
  auditId: number;
  /** That entry's hash (the audit chain's head as of this batch). */
  head: string;
  changes: Change[];
}

export interface ChangeSource {
  subscribe(listener: (batch: ChangeBatch) => void): () => void;
  /** Changes after `afterAuditId` (replay on reconnect); null when too many (client must refetch all). */
  since(afterAuditId: number): Promise<ChangeBatch | null>;
}

/**
 * What `live.changes` sends. A batch, or — `changes: null` — "more changed than can be listed (or
 * the log is not the one you knew): refetch everything".
 */
export type LiveEvent = ChangeBatch | { auditId: number; head: string | null; changes: null };

/** Why the server ended a live stream: the session ended, the server is stopping, or the user's role changed (reconnect to see the new role's view). */
export type LiveEndReason = 'session' | 'shutdown' | 'renew';

/** What `live.changes` needs; present only where the stream is served (core/live/endpoint.ts). */
export interface LiveContext {
  changes: ChangeSource;
  /** Aborted (with a LiveEndReason) when the server ends the stream. */
  ended: AbortSignal;
}
