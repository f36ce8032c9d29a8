import type { Generated } from 'kysely';

/**
 * Table types of the grants and the payment ledger (funds, awards, instalments, ledger entries,
 * corrections, returns, idempotency keys and the trigger-kept running totals and waiting entries);
 * `DB` in schema.ts joins them with the rest.
 */

export interface FundsTable {
  id: Generated<number>;
  programme_id: number;
  code: string;
  name: string;
  source: string;
  allocation_pence: number;
  first_financial_year: string;
  last_financial_year: string;
  end_date: string;
  zero_transaction_cost: number;
  created_at: string;
  updated_at: string;
}

export interface AwardsTable {
  id: Generated<number>;
  fund_id: number;
  partner_id: number;
  reference: string;
  title: string;
  purpose: string;
  amount_pence: number;
  award_date: string;
  planned_start: string;
  planned_end: string;
  route: string;
  route_justification: Generated<string>;
  payment_basis: string;
  basis_justification: Generated<string>;
  status: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AwardAreasTable {
  award_id: number;
  area_code: string;
}

export interface InstalmentsTable {
  id: Generated<number>;
  award_id: number;
  sequence: number;
  due_date: string;
  amount_pence: number;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  entry_type: 'payment' | 'approval' | 'release' | 'reversal' | 'clawback';
  award_id: number;
  instalment_id: number | null;
  payment_id: number | null;
  gross_pence: number;
  fee_pence: Generated<number>;
  net_pence: number;
  entry_date: string;
  reference: Generated<string>;
  reason: Generated<string>;
  actor_user_id: number;
  recorded_at: string;
  idempotency_key: string | null;
  request_hash: string | null;
  /** The approved correction a reversal or clawback entry carries out (null on older rows). */
  correction_id: Generated<number | null>;
}

/** A reversal or clawback recorded by one person, waiting for a different person to approve it. */
export interface LedgerCorrectionsTable {
  id: Generated<number>;
  kind: 'reversal' | 'clawback';
  award_id: number;
  payment_id: number | null;
  amount_pence: number;
  correction_date: string;
  reason: string;
  recorded_by: number;
  recorded_at: string;
}

/** A waiting payment or correction sent back to its recorder with a reason. */
export interface LedgerReturnsTable {
  id: Generated<number>;
  payment_id: number | null;
  correction_id: number | null;
  return_date: string;
  reason: string;
  returned_by: number;
  recorded_at: string;
}

export interface IdempotencyKeysTable {
  key: string;
  operation: string;
  request_hash: string;
  response_json: string;
  actor_user_id: number;
  created_at: string;
}

export interface AwardLedgerTotalsTable {
  award_id: number;
  fund_id: number;
  released_pence: Generated<number>;
  released_net_pence: Generated<number>;
  reversed_after_release_pence: Generated<number>;
  reversed_after_release_net_pence: Generated<number>;
  clawed_back_pence: Generated<number>;
  fees_pence: Generated<number>;
  /** Gross of live payments (neither reversed nor returned); of those, not yet approved; approved, not released. */
  recorded_pence: Generated<number>;
  pending_approval_pence: Generated<number>;
  approved_pence: Generated<number>;
  /** Gross of every reversed payment, released or not. */
  reversed_pence: Generated<number>;
}

/** An entry waiting for a finance approver, kept by triggers (migration 0012): derived, not the record. */
export interface LedgerWaitingTable {
  kind: 'payment' | 'reversal' | 'clawback';
  /** The payment's ledger id, or the correction's id. */
  entry_id: number;
  award_id: number;
  /** The payment itself, or the payment a reversal reverses. */
  payment_id: number | null;
  stage: 'pending_approval' | 'approved';
}
