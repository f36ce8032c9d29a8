/**
 * outcome-without-programme in SQL: accountable GMCA outcomes (a published accountable indicator
 * measures them) that no active programme reaches. Key 'outcome-without-programme:outcome:<id>'.
 */
import type { SqlRule } from './rule';
import { SCOPE } from './scope';

export const outcomeWithoutProgrammeSql: SqlRule = {
  id: 'outcome-without-programme',
  sql: `
WITH ${SCOPE}
SELECT 'outcome-without-programme:outcome:' || o.id AS key
FROM outcomes o
WHERE o.accountable
  AND o.id NOT IN (
    SELECT r.target FROM reach r JOIN programmes p ON p.id = r.pid
    WHERE r.dim = 'outcome' AND p.status = 'active'
  )
ORDER BY o.id`,
};
