/**
 * funded-outcome-without-programme in SQL: pillar codes on 'is_pillar' funding lines of programmes
 * not closed (and not archived), where no active programme reaches any outcome of that pillar.
 * Key 'funded-outcome-without-programme:pillar:<pillarCode>'.
 */
import type { SqlRule } from './rule';
import { SCOPE } from './scope';

export const fundedOutcomeWithoutProgrammeSql: SqlRule = {
  id: 'funded-outcome-without-programme',
  sql: `
WITH ${SCOPE}
SELECT DISTINCT 'funded-outcome-without-programme:pillar:' || fl.pillar_code AS key
FROM programme_funding_lines fl
JOIN programmes p ON p.id = fl.programme_id
WHERE p.archived_at IS NULL AND p.status <> 'closed' AND fl.source = 'is_pillar' AND fl.pillar_code IS NOT NULL
  AND fl.pillar_code NOT IN (
    SELECT r.target FROM reach r JOIN programmes a ON a.id = r.pid
    WHERE r.dim = 'pillar' AND a.status = 'active'
  )
ORDER BY key`,
};
