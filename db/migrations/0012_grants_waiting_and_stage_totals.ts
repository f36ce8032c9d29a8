import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/** Gross of the payment an entry refers to. */
const PAYMENT_GROSS = `(SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)`;
const HAS = (paymentId: string, type: string) => `EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = ${paymentId} AND entry_type = '${type}')`;

/** Per-award sums by payment stage, recomputed from the ledger (the backfill; the triggers keep them after). */
const LIVE = `NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.payment_id = p.id AND x.entry_type = 'reversal')
  AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.payment_id = p.id)`;
const STAGE_SUM = (where: string) =>
  `coalesce((SELECT sum(p.gross_pence) FROM ledger_entries p WHERE p.award_id = award_ledger_totals.award_id AND p.entry_type = 'payment' AND ${where}), 0)`;

/**
 * Bounded reads for the grants screens at Greater Manchester scale (issue 10).
 *
 * 1. `award_ledger_totals` gains the payment-stage sums the fund statement shows, so a page of fund
 *    statements is one grouped query over the running totals instead of every payment's state:
 *    - recorded: gross of payments neither reversed nor returned (live);
 *    - pending_approval: live payments not yet approved; approved: live payments approved, not released;
 *    - reversed: gross of every reversed payment, released or not.
 *    The same definitions as core/grants/ledger-state.ts (`totalsFor`); the invariant checker and a
 *    test recompute them from the ledger and compare.
 * 2. `ledger_waiting`: the entries that wait for a finance approver — payments recorded but not yet
 *    released (stage pending_approval or approved), reversals and clawbacks recorded but not yet
 *    approved — so the approvals queue reads the few hundred waiting rows, not every payment. A row
 *    leaves when the entry is released, reversed, approved (a correction) or returned. A payment with
 *    a reversal waiting stays in the table (it is still unreleased) and the queue leaves it out.
 *
 * Both are derived data kept by triggers in the same transaction as the ledger write; the ledger,
 * corrections and returns stay append-only and are the record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `ALTER TABLE award_ledger_totals ADD COLUMN recorded_pence INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE award_ledger_totals ADD COLUMN pending_approval_pence INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE award_ledger_totals ADD COLUMN approved_pence INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE award_ledger_totals ADD COLUMN reversed_pence INTEGER NOT NULL DEFAULT 0`,
    `UPDATE award_ledger_totals SET
       recorded_pence = ${STAGE_SUM(LIVE)},
       pending_approval_pence = ${STAGE_SUM(`${LIVE} AND NOT ${HAS('p.id', 'approval')} AND NOT ${HAS('p.id', 'release')}`)},
       approved_pence = ${STAGE_SUM(`${LIVE} AND ${HAS('p.id', 'approval')} AND NOT ${HAS('p.id', 'release')}`)},
       reversed_pence = ${STAGE_SUM(HAS('p.id', 'reversal'))}`,
    // The ledger's own triggers guarantee the order: one approval, a release only after it, nothing
    // after a reversal, a return only while the payment waits. So each entry moves a payment's gross
    // from one stage to the next exactly once.
    // The funds list sorts by money in approval: summed by fund from this index alone.
    `CREATE INDEX award_ledger_totals_fund_waiting ON award_ledger_totals(fund_id, pending_approval_pence, approved_pence)`,
    `CREATE TRIGGER award_stage_totals_on_entry AFTER INSERT ON ledger_entries WHEN NEW.entry_type IN ('payment','approval','release','reversal')
     BEGIN
       UPDATE award_ledger_totals SET
         recorded_pence = recorded_pence + CASE NEW.entry_type WHEN 'payment' THEN NEW.gross_pence WHEN 'reversal' THEN -${PAYMENT_GROSS} ELSE 0 END,
         pending_approval_pence = pending_approval_pence + CASE
           WHEN NEW.entry_type = 'payment' THEN NEW.gross_pence
           WHEN NEW.entry_type = 'approval' THEN -${PAYMENT_GROSS}
           WHEN NEW.entry_type = 'reversal' AND NOT ${HAS('NEW.payment_id', 'approval')} AND NOT ${HAS('NEW.payment_id', 'release')} THEN -${PAYMENT_GROSS}
           ELSE 0 END,
         approved_pence = approved_pence + CASE
           WHEN NEW.entry_type = 'approval' THEN ${PAYMENT_GROSS}
           WHEN NEW.entry_type = 'release' THEN -${PAYMENT_GROSS}
           WHEN NEW.entry_type = 'reversal' AND ${HAS('NEW.payment_id', 'approval')} AND NOT ${HAS('NEW.payment_id', 'release')} THEN -${PAYMENT_GROSS}
           ELSE 0 END,
         reversed_pence = reversed_pence + CASE WHEN NEW.entry_type = 'reversal' THEN ${PAYMENT_GROSS} ELSE 0 END
       WHERE award_id = NEW.award_id;
     END`,
    `CREATE TRIGGER award_stage_totals_on_return AFTER INSERT ON ledger_returns WHEN NEW.payment_id IS NOT NULL
     BEGIN
       UPDATE award_ledger_totals SET
         recorded_pence = recorded_pence - ${PAYMENT_GROSS},
         pending_approval_pence = pending_approval_pence - CASE WHEN ${HAS('NEW.payment_id', 'approval')} THEN 0 ELSE ${PAYMENT_GROSS} END,
         approved_pence = approved_pence - CASE WHEN ${HAS('NEW.payment_id', 'approval')} THEN ${PAYMENT_GROSS} ELSE 0 END
       WHERE award_id = (SELECT award_id FROM ledger_entries WHERE id = NEW.payment_id);
     END`,

    `CREATE TABLE ledger_waiting (
      kind TEXT NOT NULL CHECK (kind IN ('payment','reversal','clawback')),
      entry_id INTEGER NOT NULL,
      award_id INTEGER NOT NULL REFERENCES awards(id),
      payment_id INTEGER REFERENCES ledger_entries(id),
      stage TEXT NOT NULL CHECK (stage IN ('pending_approval','approved')),
      PRIMARY KEY (kind, entry_id)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX ledger_waiting_stage ON ledger_waiting(stage, kind, entry_id)`,
    `CREATE INDEX ledger_waiting_payment ON ledger_waiting(payment_id)`,
    `INSERT INTO ledger_waiting (kind, entry_id, award_id, payment_id, stage)
     SELECT 'payment', p.id, p.award_id, p.id, CASE WHEN ${HAS('p.id', 'approval')} THEN 'approved' ELSE 'pending_approval' END
     FROM ledger_entries p
     WHERE p.entry_type = 'payment' AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.payment_id = p.id AND x.entry_type IN ('release','reversal'))
       AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.payment_id = p.id)`,
    `INSERT INTO ledger_waiting (kind, entry_id, award_id, payment_id, stage)
     SELECT c.kind, c.id, c.award_id, c.payment_id, 'pending_approval'
     FROM ledger_corrections c
     WHERE NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.correction_id = c.id) AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.correction_id = c.id)`,
    `CREATE TRIGGER ledger_waiting_on_payment AFTER INSERT ON ledger_entries WHEN NEW.entry_type = 'payment'
     BEGIN INSERT INTO ledger_waiting (kind, entry_id, award_id, payment_id, stage) VALUES ('payment', NEW.id, NEW.award_id, NEW.id, 'pending_approval'); END`,
    `CREATE TRIGGER ledger_waiting_on_approval AFTER INSERT ON ledger_entries WHEN NEW.entry_type = 'approval'
     BEGIN UPDATE ledger_waiting SET stage = 'approved' WHERE kind = 'payment' AND entry_id = NEW.payment_id; END`,
    `CREATE TRIGGER ledger_waiting_on_release_or_reversal AFTER INSERT ON ledger_entries WHEN NEW.entry_type IN ('release','reversal')
     BEGIN DELETE FROM ledger_waiting WHERE kind = 'payment' AND entry_id = NEW.payment_id; END`,
    `CREATE TRIGGER ledger_waiting_on_correction_approved AFTER INSERT ON ledger_entries WHEN NEW.correction_id IS NOT NULL
     BEGIN DELETE FROM ledger_waiting WHERE kind IN ('reversal','clawback') AND entry_id = NEW.correction_id; END`,
    `CREATE TRIGGER ledger_waiting_on_correction AFTER INSERT ON ledger_corrections
     BEGIN INSERT INTO ledger_waiting (kind, entry_id, award_id, payment_id, stage) VALUES (NEW.kind, NEW.id, NEW.award_id, NEW.payment_id, 'pending_approval'); END`,
    `CREATE TRIGGER ledger_waiting_on_payment_return AFTER INSERT ON ledger_returns WHEN NEW.payment_id IS NOT NULL
     BEGIN DELETE FROM ledger_waiting WHERE kind = 'payment' AND entry_id = NEW.payment_id; END`,
    `CREATE TRIGGER ledger_waiting_on_correction_return AFTER INSERT ON ledger_returns WHEN NEW.correction_id IS NOT NULL
     BEGIN DELETE FROM ledger_waiting WHERE kind IN ('reversal','clawback') AND entry_id = NEW.correction_id; END`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
