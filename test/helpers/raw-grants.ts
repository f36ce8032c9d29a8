import type Database from 'better-sqlite3';

/**
 * Rows for migration tests, written straight into an older schema: a finance officer and approver,
 * a programme, a partner, and a £1.2m fund with one £100 award paid in one instalment.
 */
export function rawGrantsRows(sqlite: Database.Database, options: { zeroTransactionCost?: boolean } = {}) {
  const users = sqlite.prepare("insert into users (username, display_name, role, passphrase_hash, created_at, updated_at) values (?, ?, ?, 'x', 't', 't')");
  const maker = users.run('maker', 'Maker', 'finance_officer').lastInsertRowid;
  const checker = users.run('checker', 'Checker', 'finance_approver').lastInsertRowid;
  const { programme, partner } = rawProgrammeAndPartner(sqlite);
  const fund = sqlite
    .prepare(
      "insert into funds (programme_id, code, name, source, allocation_pence, first_financial_year, last_financial_year, end_date, zero_transaction_cost, created_at, updated_at) values (?, 'F1', 'Fund', 'DWP', 120000000, '2025/26', '2026/27', '2027-03-31', ?, 't', 't')",
    )
    .run(programme, options.zeroTransactionCost ? 1 : 0).lastInsertRowid;
  const insertAward = sqlite.prepare(
    "insert into awards (fund_id, partner_id, reference, title, purpose, amount_pence, award_date, planned_start, planned_end, route, payment_basis, status, created_at, updated_at) values (?, ?, ?, 'T', 'P', 10000, '2025-05-01', '2025-05-01', '2026-03-31', 'open_call', 'arrears', 'active', 't', 't')",
  );
  const award = insertAward.run(fund, partner, 'F1-001').lastInsertRowid;
  const instalment = sqlite.prepare("insert into instalments (award_id, sequence, due_date, amount_pence) values (?, 1, '2025-06-30', 10000)").run(award).lastInsertRowid;
  return { maker, checker, programme, partner, fund, insertAward, award, instalment };
}

/** A programme and a partner, the parents every fund and award needs. */
export function rawProgrammeAndPartner(sqlite: Database.Database) {
  const programme = sqlite.prepare("insert into programmes (code, name, programme_type, status, created_at, updated_at) values ('P1', 'P', 'other', 'active', 't', 't')").run().lastInsertRowid;
  const partner = sqlite.prepare("insert into partners (name, organisation_type, created_at, updated_at) values ('Partner (fictional)', 'community_group', 't', 't')").run().lastInsertRowid;
  return { programme, partner };
}
