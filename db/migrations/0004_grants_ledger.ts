import type { Kysely } from 'kysely';
import { appendOnlyTriggers, isoDateCheck, runStatements } from './run-statements';

const DATE = isoDateCheck;

/**
 * VCFSE grants: due diligence, funds, awards with instalment schedules, and an append-only payment
 * ledger. Every movement of money is a ledger entry; entries are never changed or deleted, mistakes
 * are corrected by reversal entries and repayments are clawback entries. The database itself
 * refuses an approval by the person who recorded the payment, a second approval or release, a release
 * before approval, and any fee on a zero-transaction-cost fund.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE partner_due_diligence (
      id INTEGER PRIMARY KEY,
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      checks_json TEXT NOT NULL,
      checked_by TEXT NOT NULL,
      checked_on TEXT NOT NULL CHECK ${DATE('checked_on')},
      expires_on TEXT NOT NULL CHECK ${DATE('expires_on')},
      notes TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER REFERENCES users(id),
      CHECK (expires_on > checked_on)
    ) STRICT`,
    `CREATE INDEX partner_due_diligence_partner ON partner_due_diligence(partner_id)`,
    ...appendOnlyTriggers('partner_due_diligence', 'Due-diligence'),
    `CREATE TABLE funds (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      name TEXT NOT NULL,
      source TEXT NOT NULL,
      allocation_pence INTEGER NOT NULL CHECK (allocation_pence >= 0),
      first_financial_year TEXT NOT NULL CHECK (first_financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      last_financial_year TEXT NOT NULL CHECK (last_financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      end_date TEXT NOT NULL CHECK ${DATE('end_date')},
      zero_transaction_cost INTEGER NOT NULL CHECK (zero_transaction_cost IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (last_financial_year >= first_financial_year)
    ) STRICT`,
    `CREATE TABLE awards (
      id INTEGER PRIMARY KEY,
      fund_id INTEGER NOT NULL REFERENCES funds(id),
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 1 AND 40),
      title TEXT NOT NULL,
      purpose TEXT NOT NULL,
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      award_date TEXT NOT NULL CHECK ${DATE('award_date')},
      planned_start TEXT NOT NULL CHECK ${DATE('planned_start')},
      planned_end TEXT NOT NULL CHECK ${DATE('planned_end')},
      route TEXT NOT NULL CHECK (route IN ('open_call','direct_award')),
      route_justification TEXT NOT NULL DEFAULT '',
      payment_basis TEXT NOT NULL CHECK (payment_basis IN ('arrears','advance')),
      basis_justification TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('active','completed','cancelled')),
      created_by INTEGER REFERENCES users(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (planned_end >= planned_start),
      CHECK (route <> 'direct_award' OR length(trim(route_justification)) > 0),
      CHECK (payment_basis <> 'advance' OR length(trim(basis_justification)) > 0)
    ) STRICT`,
    `CREATE INDEX awards_fund ON awards(fund_id)`,
    `CREATE INDEX awards_partner ON awards(partner_id)`,
    `CREATE TABLE award_areas (
      award_id INTEGER NOT NULL REFERENCES awards(id),
      area_code TEXT NOT NULL REFERENCES areas(code),
      PRIMARY KEY (award_id, area_code)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE instalments (
      id INTEGER PRIMARY KEY,
      award_id INTEGER NOT NULL REFERENCES awards(id),
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      due_date TEXT NOT NULL CHECK ${DATE('due_date')},
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      UNIQUE (award_id, sequence)
    ) STRICT`,
    `CREATE TABLE ledger_entries (
      id INTEGER PRIMARY KEY,
      entry_type TEXT NOT NULL CHECK (entry_type IN ('payment','approval','release','reversal','clawback')),
      award_id INTEGER NOT NULL REFERENCES awards(id),
      instalment_id INTEGER REFERENCES instalments(id),
      payment_id INTEGER REFERENCES ledger_entries(id),
      gross_pence INTEGER NOT NULL CHECK (gross_pence >= 0),
      fee_pence INTEGER NOT NULL DEFAULT 0 CHECK (fee_pence >= 0),
      net_pence INTEGER NOT NULL CHECK (net_pence >= 0),
      entry_date TEXT NOT NULL CHECK ${DATE('entry_date')},
      reference TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      actor_user_id INTEGER NOT NULL REFERENCES users(id),
      recorded_at TEXT NOT NULL,
      idempotency_key TEXT UNIQUE,
      request_hash TEXT,
      CHECK (gross_pence = net_pence + fee_pence),
      CHECK ((entry_type = 'payment') = (payment_id IS NULL) OR entry_type = 'clawback'),
      CHECK (entry_type <> 'payment' OR instalment_id IS NOT NULL),
      CHECK (entry_type NOT IN ('payment','reversal','clawback') OR gross_pence > 0)
    ) STRICT`,
    `CREATE INDEX ledger_entries_award ON ledger_entries(award_id)`,
    `CREATE INDEX ledger_entries_payment ON ledger_entries(payment_id)`,
    `CREATE UNIQUE INDEX ledger_one_approval ON ledger_entries(payment_id) WHERE entry_type = 'approval'`,
    `CREATE UNIQUE INDEX ledger_one_release ON ledger_entries(payment_id) WHERE entry_type = 'release'`,
    `CREATE UNIQUE INDEX ledger_one_reversal ON ledger_entries(payment_id) WHERE entry_type = 'reversal'`,
    ...appendOnlyTriggers('ledger_entries', 'Ledger'),
    `CREATE TRIGGER ledger_checker_is_not_maker BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type = 'approval' AND NEW.actor_user_id = (SELECT actor_user_id FROM ledger_entries WHERE id = NEW.payment_id)
     BEGIN SELECT RAISE(ABORT, 'A payment must be approved by someone other than the person who recorded it'); END`,
    `CREATE TRIGGER ledger_release_after_approval BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type = 'release' AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval')
     BEGIN SELECT RAISE(ABORT, 'A payment can only be released after it has been approved'); END`,
    `CREATE TRIGGER ledger_refers_to_a_payment BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type IN ('approval','release','reversal') AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.payment_id AND entry_type = 'payment' AND award_id = NEW.award_id)
     BEGIN SELECT RAISE(ABORT, 'Approvals, releases and reversals must refer to a payment of the same award'); END`,
    `CREATE TRIGGER ledger_nothing_after_reversal BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type IN ('approval','release') AND EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'reversal')
     BEGIN SELECT RAISE(ABORT, 'A reversed payment cannot be approved or released'); END`,
    `CREATE TRIGGER ledger_no_fee_on_zero_cost_fund BEFORE INSERT ON ledger_entries
     WHEN NEW.fee_pence <> 0 AND (SELECT f.zero_transaction_cost FROM awards a JOIN funds f ON f.id = a.fund_id WHERE a.id = NEW.award_id) = 1
     BEGIN SELECT RAISE(ABORT, 'A zero-transaction-cost fund cannot carry fees or deductions'); END`,
    `CREATE TABLE idempotency_keys (
      key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 16 AND 255),
      operation TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      response_json TEXT NOT NULL,
      actor_user_id INTEGER NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL
    ) STRICT`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
