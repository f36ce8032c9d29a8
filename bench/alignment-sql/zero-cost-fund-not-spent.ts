/**
 * zero-cost-fund-not-spent in SQL: funds (all of them, whatever their programme) with
 * zero_transaction_cost = 1 and end_date before today, where awards not cancelled fall short of the
 * allocation, or net released money falls short of the awards. Net released per fund is read, as
 * core/alignment/load/grants.ts now reads it, from award_ledger_totals — the running totals per award
 * that migration 0007's trigger keeps from the append-only ledger (released − reversed after release
 * − clawed back; the grants invariant checker proves them equal to the ledger). Only the rows of
 * these funds are read. Key 'zero-cost-fund-not-spent:fund:<id>'.
 */
import type { SqlRule } from './rule';

export const zeroCostFundNotSpentSql: SqlRule = {
  id: 'zero-cost-fund-not-spent',
  sql: `
WITH ended AS MATERIALIZED (
  SELECT id, allocation_pence FROM funds WHERE zero_transaction_cost = 1 AND end_date < @today
),
awarded AS (
  SELECT aw.fund_id, sum(aw.amount_pence) AS pence
  FROM awards aw
  WHERE aw.fund_id IN (SELECT id FROM ended) AND aw.status <> 'cancelled'
  GROUP BY aw.fund_id
),
released AS (
  SELECT t.fund_id, sum(t.released_pence - t.reversed_after_release_pence - t.clawed_back_pence) AS pence
  FROM award_ledger_totals t
  WHERE t.fund_id IN (SELECT id FROM ended)
  GROUP BY t.fund_id
)
SELECT 'zero-cost-fund-not-spent:fund:' || f.id AS key
FROM ended f
LEFT JOIN awarded a ON a.fund_id = f.id
LEFT JOIN released r ON r.fund_id = f.id
WHERE f.allocation_pence - coalesce(a.pence, 0) > 0
   OR coalesce(a.pence, 0) - coalesce(r.pence, 0) > 0
ORDER BY f.id`,
};
