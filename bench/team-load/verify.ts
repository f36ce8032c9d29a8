import { openWorkspaceDatabase } from '../../db/connection';
import { verifyAuditChain } from '../../core/audit/service';
import { checkInvariants } from '../../core/grants/invariants';
import type { LoadResult } from './driver';

export interface LoadVerdict {
  auditChain: string;
  auditOk: boolean;
  violations: string[];
  /** Acknowledged payments missing from the ledger (must be none). */
  lostPayments: number[];
  /** Payments of this run whose idempotency key appears more than once (must be none). */
  doubledKeys: string[];
  /** Payments of this run in the ledger (acknowledged or written just before a kill). */
  paymentsInLedger: number;
  /** Acknowledged approvals without an approval entry (must be none). */
  lostApprovals: number[];
}

/**
 * After a run (the server stopped): the audit chain verifies, every money rule holds, every payment
 * the server acknowledged is in the ledger exactly once and every acknowledged approval is recorded.
 */
export async function verifyAfterLoad(file: string, result: LoadResult, keyPrefix: string): Promise<LoadVerdict> {
  const workspace = await openWorkspaceDatabase(file);
  try {
    const db = workspace.db;
    const chain = await verifyAuditChain(db);
    const violations = (await checkInvariants(db)).map((v) => `${v.rule}: ${v.message}`);
    const rows = await db.selectFrom('ledger_entries').select(['id', 'idempotency_key']).where('entry_type', '=', 'payment').where('idempotency_key', 'like', `${keyPrefix}%`).execute();
    const ids = new Set(rows.map((r) => r.id));
    const seen = new Map<string, number>();
    for (const row of rows) seen.set(row.idempotency_key!, (seen.get(row.idempotency_key!) ?? 0) + 1);
    const approvals = new Set(
      (await db.selectFrom('ledger_entries').select('payment_id').where('entry_type', '=', 'approval').where('payment_id', 'in', result.approvedPayments.length ? result.approvedPayments : [-1]).execute()).map((r) => r.payment_id),
    );
    return {
      auditChain: chain.ok ? `verifies (${chain.entries} entries)` : `BROKEN at entry ${chain.brokenEntryId}: ${chain.reason}`,
      auditOk: chain.ok,
      violations,
      lostPayments: result.acknowledgedPayments.filter((p) => !ids.has(p.paymentId)).map((p) => p.paymentId),
      doubledKeys: [...seen].filter(([, n]) => n > 1).map(([key]) => key),
      paymentsInLedger: rows.length,
      lostApprovals: result.approvedPayments.filter((id) => !approvals.has(id)),
    };
  } finally {
    await workspace.close();
  }
}
