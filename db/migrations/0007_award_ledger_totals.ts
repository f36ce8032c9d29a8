import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/**
 * Running money totals per award, kept by a trigger on the append-only ledger so that whole-workspace
 * checks (the alignment engine, briefing packs) read 200,000 small rows instead of re-deriving
 * payment states from a million ledger entries. Because the ledger is append-only, each entry
 * changes the totals exactly once. Definitions match core/grants/ledger-state.ts:
 * - released: gross of payments released; released_net: their net of fees;
 * - reversed_after_release (and _net): gross (net) of released payments later reversed;
 * - clawed_back: gross of clawback entries; fees: fees on payments and clawbacks.
 * Net released to partners = released − reversed_after_release − clawed_back. The invariant checker
 * and a test recompute these from the ledger and compare. Also indexes the whole-workspace reads
 * need: observations by indicator and area, awards by fund, status and partner, funds by programme,
 * partners by ward, ledger entries by date (a pack's period).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE award_ledger_totals (
      award_id INTEGER PRIMARY KEY REFERENCES awards(id),
      fund_id INTEGER NOT NULL REFERENCES funds(id),
      released_pence INTEGER NOT NULL DEFAULT 0,
      released_net_pence INTEGER NOT NULL DEFAULT 0,
      reversed_after_release_pence INTEGER NOT NULL DEFAULT 0,
      reversed_after_release_net_pence INTEGER NOT NULL DEFAULT 0,
      clawed_back_pence INTEGER NOT NULL DEFAULT 0,
      fees_pence INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    `CREATE INDEX award_ledger_totals_fund ON award_ledger_totals(fund_id, released_pence, reversed_after_release_pence, clawed_back_pence)`,
    `INSERT INTO award_ledger_totals (award_id, fund_id) SELECT id, fund_id FROM awards`,
    `CREATE TRIGGER award_ledger_totals_for_new_award AFTER INSERT ON awards
     BEGIN INSERT OR IGNORE INTO award_ledger_totals (award_id, fund_id) VALUES (NEW.id, NEW.fund_id); END`,
    `CREATE TRIGGER award_ledger_totals_follow_fund AFTER UPDATE OF fund_id ON awards
     BEGIN UPDATE award_ledger_totals SET fund_id = NEW.fund_id WHERE award_id = NEW.id; END`,
    `CREATE TRIGGER award_ledger_totals_on_entry AFTER INSERT ON ledger_entries
     BEGIN
       UPDATE award_ledger_totals SET
         released_pence = released_pence + CASE WHEN NEW.entry_type = 'release' THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         released_net_pence = released_net_pence + CASE WHEN NEW.entry_type = 'release' THEN (SELECT net_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         reversed_after_release_pence = reversed_after_release_pence + CASE
           WHEN NEW.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries r WHERE r.payment_id = NEW.payment_id AND r.entry_type = 'release')
           THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         reversed_after_release_net_pence = reversed_after_release_net_pence + CASE
           WHEN NEW.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries r WHERE r.payment_id = NEW.payment_id AND r.entry_type = 'release')
           THEN (SELECT net_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         clawed_back_pence = clawed_back_pence + CASE WHEN NEW.entry_type = 'clawback' THEN NEW.gross_pence ELSE 0 END,
         fees_pence = fees_pence + CASE WHEN NEW.entry_type IN ('payment','clawback') THEN NEW.fee_pence ELSE 0 END
       WHERE award_id = NEW.award_id;
     END`,
    `UPDATE award_ledger_totals SET
       released_pence = coalesce((SELECT sum(p.gross_pence) FROM ledger_entries e JOIN ledger_entries p ON p.id = e.payment_id WHERE e.award_id = award_ledger_totals.award_id AND e.entry_type = 'release'), 0),
       released_net_pence = coalesce((SELECT sum(p.net_pence) FROM ledger_entries e JOIN ledger_entries p ON p.id = e.payment_id WHERE e.award_id = award_ledger_totals.award_id AND e.entry_type = 'release'), 0),
       reversed_after_release_pence = coalesce((SELECT sum(p.gross_pence) FROM ledger_entries e JOIN ledger_entries p ON p.id = e.payment_id
         WHERE e.award_id = award_ledger_totals.award_id AND e.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries r WHERE r.payment_id = e.payment_id AND r.entry_type = 'release')), 0),
       reversed_after_release_net_pence = coalesce((SELECT sum(p.net_pence) FROM ledger_entries e JOIN ledger_entries p ON p.id = e.payment_id
         WHERE e.award_id = award_ledger_totals.award_id AND e.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries r WHERE r.payment_id = e.payment_id AND r.entry_type = 'release')), 0),
       clawed_back_pence = coalesce((SELECT sum(gross_pence) FROM ledger_entries WHERE award_id = award_ledger_totals.award_id AND entry_type = 'clawback'), 0),
       fees_pence = coalesce((SELECT sum(fee_pence) FROM ledger_entries WHERE award_id = award_ledger_totals.award_id AND entry_type IN ('payment','clawback')), 0)`,
    `CREATE INDEX observations_identity_area ON observations(identity_id, area_code, period, revision)`,
    `CREATE INDEX awards_fund_status_partner ON awards(fund_id, status, partner_id, amount_pence)`,
    `DROP INDEX awards_fund`, // the index above starts with fund_id and serves every lookup it did
    `CREATE INDEX funds_programme ON funds(programme_id)`,
    `CREATE INDEX ledger_entries_date ON ledger_entries(entry_date, entry_type)`,
    `CREATE INDEX partners_ward ON partners(ward_code)`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
