/**
 * stale-evidence in SQL. Staleness comes from indicator-status.ts (core/outcomes/status arithmetic,
 * written in SQL — no JS helpers): no valid figures, or today after the next period's end plus the
 * frequency's grace days. The indicator must be evidence for at least one active programme: one that
 * contributes to it directly (`contrib`), or one that contributes to the indicator at the other end of
 * a live local → GMCA indicator link (either direction). Key 'stale-evidence:indicator:<id>'.
 */
import { INDICATOR_STATUS } from './indicator-status';
import type { SqlRule } from './rule';
import { contributors, SCOPE } from './scope';

export const staleEvidenceSql: SqlRule = {
  id: 'stale-evidence',
  sql: `
WITH ${SCOPE}, ${INDICATOR_STATUS},
stale AS MATERIALIZED (
  SELECT id FROM status WHERE stale
),
${contributors(`SELECT id FROM stale UNION SELECT gmca_id FROM ilink WHERE local_id IN stale UNION SELECT local_id FROM ilink WHERE gmca_id IN stale`)},
evidence AS (
  SELECT ind FROM contrib
  UNION SELECT il.local_id FROM ilink il JOIN contrib c ON c.ind = il.gmca_id
  UNION SELECT il.gmca_id FROM ilink il JOIN contrib c ON c.ind = il.local_id
)
SELECT DISTINCT 'stale-evidence:indicator:' || s.id AS key
FROM stale s
WHERE s.id IN (SELECT ind FROM evidence)
ORDER BY key`,
};
