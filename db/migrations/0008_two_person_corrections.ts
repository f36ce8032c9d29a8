import type { Kysely } from 'kysely';
import { appendOnlyTriggers, isoDateCheck, runStatements } from './run-statements';

const DATE = isoDateCheck;

/** A reversal correction of the payment that is recorded and neither approved (in the ledger) nor returned. */
const PENDING_REVERSAL_OF = (payment: string) => `EXISTS (SELECT 1 FROM ledger_corrections c
  WHERE c.kind = 'reversal' AND c.payment_id = ${payment}
    AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.correction_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.correction_id = c.id))`;

function abort(name: string, on: string, when: string, message: string): string {
  return `CREATE TRIGGER ${name} BEFORE INSERT ON ${on} WHEN ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`;
}

/**
 * Two people for every movement of money, and dates that make sense.
 *
 * - Reversals and clawbacks become maker–checker: one person records a correction
 *   (`ledger_corrections`); it counts in no total until a different person approves it, and only
 *   that approval writes the `reversal` or `clawback` ledger entry (linked by `correction_id`), so
 *   every reader of the ledger sees money move only once two people have acted.
 * - An approver can return a waiting payment or correction to its recorder with a reason
 *   (`ledger_returns`); it can then never be approved or released, and a returned payment's fee no
 *   longer counts.
 * - The database refuses an approval, release or correction approval by the user who recorded the
 *   entry, by user id, whatever role that user holds now.
 * - Date rules: a payment on or after its award date; an approval on or after the payment; a release
 *   on or after the approval; a correction on or after the entry it corrects; its approval on or
 *   after the correction; a return on or after the entry it returns. "Not in the future" needs the
 *   workspace's today, so only the services check it.
 *
 * Reversals and clawbacks recorded before this migration carry no correction and keep counting;
 * the invariant checker reports them as exceptions. Nothing is deleted or rewritten.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE ledger_corrections (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('reversal','clawback')),
      award_id INTEGER NOT NULL REFERENCES awards(id),
      payment_id INTEGER REFERENCES ledger_entries(id),
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      correction_date TEXT NOT NULL CHECK ${DATE('correction_date')},
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      recorded_by INTEGER NOT NULL REFERENCES users(id),
      recorded_at TEXT NOT NULL,
      CHECK (kind <> 'reversal' OR payment_id IS NOT NULL)
    ) STRICT`,
    `CREATE INDEX ledger_corrections_award ON ledger_corrections(award_id)`,
    `CREATE INDEX ledger_corrections_payment ON ledger_corrections(payment_id)`,
    ...appendOnlyTriggers('ledger_corrections', 'Ledger correction'),
    `ALTER TABLE ledger_entries ADD COLUMN correction_id INTEGER REFERENCES ledger_corrections(id)`,
    `CREATE UNIQUE INDEX ledger_one_entry_per_correction ON ledger_entries(correction_id) WHERE correction_id IS NOT NULL`,
    `CREATE TABLE ledger_returns (
      id INTEGER PRIMARY KEY,
      payment_id INTEGER UNIQUE REFERENCES ledger_entries(id),
      correction_id INTEGER UNIQUE REFERENCES ledger_corrections(id),
      return_date TEXT NOT NULL CHECK ${DATE('return_date')},
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      returned_by INTEGER NOT NULL REFERENCES users(id),
      recorded_at TEXT NOT NULL,
      CHECK ((payment_id IS NULL) <> (correction_id IS NULL))
    ) STRICT`,
    ...appendOnlyTriggers('ledger_returns', 'Ledger return'),

    // Maker–checker by user id, whatever role the user holds now.
    `DROP TRIGGER ledger_checker_is_not_maker`,
    abort(
      'ledger_checker_is_not_maker',
      'ledger_entries',
      `NEW.entry_type IN ('approval','release') AND NEW.actor_user_id = (SELECT actor_user_id FROM ledger_entries WHERE id = NEW.payment_id)`,
      'A payment must be approved and released by someone other than the person who recorded it',
    ),
    abort(
      'ledger_correction_needs_a_second_person',
      'ledger_entries',
      `NEW.entry_type IN ('reversal','clawback') AND (NEW.correction_id IS NULL OR NOT EXISTS (SELECT 1 FROM ledger_corrections c
        WHERE c.id = NEW.correction_id AND c.kind = NEW.entry_type AND c.award_id = NEW.award_id
          AND (c.kind = 'clawback' OR (c.payment_id = NEW.payment_id AND c.amount_pence = NEW.gross_pence))
          AND (c.kind = 'reversal' OR (c.amount_pence = NEW.gross_pence AND NEW.fee_pence = 0))))`,
      'A reversal or clawback counts only when a different person approves a recorded correction',
    ),
    abort(
      'ledger_correction_checker_is_not_maker',
      'ledger_entries',
      `NEW.correction_id IS NOT NULL AND NEW.actor_user_id = (SELECT recorded_by FROM ledger_corrections WHERE id = NEW.correction_id)`,
      'A reversal or clawback must be approved by someone other than the person who recorded it',
    ),
    abort(
      'ledger_returned_correction_is_closed',
      'ledger_entries',
      `NEW.correction_id IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_returns WHERE correction_id = NEW.correction_id)`,
      'A returned correction cannot be approved',
    ),
    abort(
      'ledger_returned_payment_is_closed',
      'ledger_entries',
      `NEW.entry_type IN ('approval','release') AND EXISTS (SELECT 1 FROM ledger_returns WHERE payment_id = NEW.payment_id)`,
      'A returned payment cannot be approved or released',
    ),
    abort(
      'ledger_payment_waits_for_its_reversal',
      'ledger_entries',
      `NEW.entry_type IN ('approval','release') AND ${PENDING_REVERSAL_OF('NEW.payment_id')}`,
      'A payment with a reversal waiting for approval cannot be approved or released',
    ),

    // Dates that make sense (ledger).
    abort(
      'ledger_payment_not_before_award',
      'ledger_entries',
      `NEW.entry_type = 'payment' AND NEW.entry_date < (SELECT award_date FROM awards WHERE id = NEW.award_id)`,
      'A payment cannot be dated before its award',
    ),
    abort(
      'ledger_approval_not_before_payment',
      'ledger_entries',
      `NEW.entry_type = 'approval' AND NEW.entry_date < (SELECT entry_date FROM ledger_entries WHERE id = NEW.payment_id)`,
      'An approval cannot be dated before the payment it approves',
    ),
    abort(
      'ledger_release_not_before_approval',
      'ledger_entries',
      `NEW.entry_type = 'release' AND NEW.entry_date < (SELECT max(entry_date) FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval')`,
      'A release cannot be dated before its approval',
    ),
    abort(
      'ledger_correction_approval_not_before_correction',
      'ledger_entries',
      `NEW.correction_id IS NOT NULL AND NEW.entry_date < (SELECT correction_date FROM ledger_corrections WHERE id = NEW.correction_id)`,
      'A reversal or clawback cannot be approved with a date before it was recorded for',
    ),

    // What a correction may correct, and when.
    abort(
      'ledger_correction_refers_to_a_payment',
      'ledger_corrections',
      `NEW.payment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.payment_id AND entry_type = 'payment' AND award_id = NEW.award_id)`,
      'A correction must refer to a payment of the same award',
    ),
    abort(
      'ledger_reversal_of_a_live_payment',
      'ledger_corrections',
      `NEW.kind = 'reversal' AND (EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'reversal')
        OR EXISTS (SELECT 1 FROM ledger_returns WHERE payment_id = NEW.payment_id) OR ${PENDING_REVERSAL_OF('NEW.payment_id')})`,
      'This payment is already reversed, returned or has a reversal waiting for approval',
    ),
    abort(
      'ledger_reversal_is_whole_payment',
      'ledger_corrections',
      `NEW.kind = 'reversal' AND NEW.amount_pence <> (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)`,
      'A reversal reverses the whole payment',
    ),
    abort(
      'ledger_reversal_not_before_payment',
      'ledger_corrections',
      `NEW.kind = 'reversal' AND NEW.correction_date < (SELECT max(entry_date) FROM ledger_entries WHERE id = NEW.payment_id OR (payment_id = NEW.payment_id AND entry_type IN ('approval','release')))`,
      'A reversal cannot be dated before the payment it corrects',
    ),
    abort(
      'ledger_clawback_after_a_release',
      'ledger_corrections',
      `NEW.kind = 'clawback' AND NEW.correction_date < coalesce((SELECT min(entry_date) FROM ledger_entries WHERE award_id = NEW.award_id AND entry_type = 'release'), '9999-12-31')`,
      'A clawback must be dated on or after money was released on the award',
    ),

    // Returns: by someone else, only while the entry waits, never dated before it.
    abort(
      'ledger_return_not_by_recorder',
      'ledger_returns',
      `NEW.returned_by = coalesce((SELECT actor_user_id FROM ledger_entries WHERE id = NEW.payment_id), (SELECT recorded_by FROM ledger_corrections WHERE id = NEW.correction_id))`,
      'An entry is returned by someone other than the person who recorded it',
    ),
    abort(
      'ledger_return_only_while_waiting',
      'ledger_returns',
      `(NEW.payment_id IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.payment_id AND entry_type = 'payment')
          OR EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type IN ('release','reversal'))
          OR ${PENDING_REVERSAL_OF('NEW.payment_id')}))
        OR (NEW.correction_id IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_entries WHERE correction_id = NEW.correction_id))`,
      'Only a payment or correction that is still waiting can be returned',
    ),
    abort(
      'ledger_return_not_before_entry',
      'ledger_returns',
      `NEW.return_date < coalesce((SELECT entry_date FROM ledger_entries WHERE id = NEW.payment_id), (SELECT correction_date FROM ledger_corrections WHERE id = NEW.correction_id))`,
      'An entry cannot be returned with a date before it was recorded for',
    ),
    // A returned payment's fee was never incurred.
    `CREATE TRIGGER award_ledger_totals_on_return AFTER INSERT ON ledger_returns WHEN NEW.payment_id IS NOT NULL
     BEGIN
       UPDATE award_ledger_totals SET fees_pence = fees_pence - (SELECT fee_pence FROM ledger_entries WHERE id = NEW.payment_id)
       WHERE award_id = (SELECT award_id FROM ledger_entries WHERE id = NEW.payment_id);
     END`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
