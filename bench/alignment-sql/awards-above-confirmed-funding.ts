/**
 * awards-above-confirmed-funding in SQL: programmes not archived (any status) with at least one fund,
 * where the awards not cancelled on all their funds add up to more than their confirmed funding lines.
 * Key 'awards-above-confirmed-funding:programme:<id>'.
 */
import type { SqlRule } from './rule';

export const awardsAboveConfirmedFundingSql: SqlRule = {
  id: 'awards-above-confirmed-funding',
  sql: `
WITH awarded_by_fund AS MATERIALIZED (
  SELECT fund_id, sum(amount_pence) AS pence FROM awards WHERE status <> 'cancelled' GROUP BY fund_id
),
awarded AS (
  SELECT f.programme_id, sum(coalesce(a.pence, 0)) AS pence
  FROM funds f
  LEFT JOIN awarded_by_fund a ON a.fund_id = f.id
  GROUP BY f.programme_id
),
confirmed AS (
  SELECT programme_id, sum(amount_pence) AS pence
  FROM programme_funding_lines
  WHERE certainty = 'confirmed'
  GROUP BY programme_id
)
SELECT 'awards-above-confirmed-funding:programme:' || p.id AS key
FROM programmes p
JOIN awarded a ON a.programme_id = p.id
LEFT JOIN confirmed c ON c.programme_id = p.id
WHERE p.archived_at IS NULL AND a.pence > coalesce(c.pence, 0)
ORDER BY p.id`,
};
