/**
 * funding-balance in SQL, share arithmetic included (balance.ts): each active programme's confirmed
 * funding is split across the missions (and, separately, the pillars) it reaches in proportion to its
 * strongest link to each (primary 1, secondary 0.5, enabling 0.25); the total is the confirmed funding
 * of active programmes reaching at least one mission (or pillar). Targets come from balance_targets
 * in (dimension, code) order: a mission target names the mission by its code (last mission in
 * framework order wins) or by 'FRAMEWORK|CODE'; the first target for a mission counts; pillar targets
 * must name a register pillar code. A finding when the total is above zero and the share lies outside
 * target ± tolerance by more than 1e-9. Keys 'funding-balance:mission:<id>', 'funding-balance:pillar:<code>'.
 * (Sums of fractional pence may add in a different order from the engine's; only a share within
 * ~1e-15 of a band edge could differ, and the 1e-9 slack is there for exactly that.)
 */
import { PILLARS } from '../../core/programmes/vocabulary';
import type { SqlRule } from './rule';
import { SCOPE, sqlText } from './scope';

const EPSILON = '(1.0 / 1000000000)';

export const fundingBalanceSql: SqlRule = {
  id: 'funding-balance',
  sql: `
WITH ${SCOPE},
confirmed AS (
  SELECT programme_id, sum(amount_pence) AS pence
  FROM programme_funding_lines WHERE certainty = 'confirmed'
  GROUP BY programme_id
),
weights AS MATERIALIZED (
  SELECT r.pid, r.dim, r.target, CASE r.rank WHEN 3 THEN 1.0 WHEN 2 THEN 0.5 WHEN 1 THEN 0.25 ELSE 0.0 END AS w
  FROM reach r JOIN programmes p ON p.id = r.pid
  WHERE p.status = 'active' AND r.dim IN ('mission', 'pillar')
),
per_programme AS MATERIALIZED (
  SELECT w.pid, w.dim, sum(w.w) AS weight, coalesce(c.pence, 0) AS pence
  FROM weights w LEFT JOIN confirmed c ON c.programme_id = w.pid
  GROUP BY w.pid, w.dim
),
totals AS (
  SELECT dim, sum(pence) AS pence FROM per_programme WHERE weight > 0 GROUP BY dim
),
shares AS (
  SELECT w.dim, w.target, sum((pp.pence * w.w) / pp.weight) AS pence
  FROM weights w JOIN per_programme pp ON pp.pid = w.pid AND pp.dim = w.dim
  WHERE pp.weight > 0
  GROUP BY w.dim, w.target
),
mission_by_code AS (
  SELECT code, id FROM (
    SELECT code, id, row_number() OVER (PARTITION BY code ORDER BY fw_code COLLATE NOCASE DESC, position DESC, id DESC) AS rn
    FROM pub_el WHERE owner = 'council' AND kind = 'mission'
  ) WHERE rn = 1
),
targets AS (
  SELECT 'mission' AS dim, mission_id AS target, target_share, tolerance FROM (
    SELECT coalesce(mc.id, ek.id) AS mission_id, t.target_share, t.tolerance,
      row_number() OVER (PARTITION BY coalesce(mc.id, ek.id) ORDER BY t.code) AS rn
    FROM balance_targets t
    LEFT JOIN mission_by_code mc ON mc.code = t.code
    LEFT JOIN el_key ek ON (ek.fw_code || '|' || ek.code) = t.code COLLATE BINARY
    WHERE t.dimension = 'mission' AND coalesce(mc.id, ek.id) IN (SELECT id FROM missions)
  ) WHERE rn = 1
  UNION ALL
  SELECT 'pillar', code, target_share, tolerance FROM balance_targets
  WHERE dimension <> 'mission' AND code IN (${PILLARS.map(sqlText).join(', ')})
)
SELECT 'funding-balance:' || t.dim || ':' || t.target AS key
FROM targets t
JOIN totals tt ON tt.dim = t.dim AND tt.pence > 0
LEFT JOIN shares s ON s.dim = t.dim AND s.target = t.target
WHERE CAST(coalesce(s.pence, 0) AS REAL) / tt.pence < (t.target_share - t.tolerance) - ${EPSILON}
   OR CAST(coalesce(s.pence, 0) AS REAL) / tt.pence > (t.target_share + t.tolerance) + ${EPSILON}
ORDER BY key`,
};
