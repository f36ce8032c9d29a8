/**
 * programme-without-gmca-outcome in SQL: active programmes (not archived) with no row in `reach` for
 * a GMCA outcome — by an outcome link or a link to a GMCA indicator measuring an outcome (scope.ts).
 * Key 'programme-without-gmca-outcome:programme:<id>'.
 */
import type { SqlRule } from './rule';
import { SCOPE } from './scope';

export const programmeWithoutGmcaOutcomeSql: SqlRule = {
  id: 'programme-without-gmca-outcome',
  sql: `
WITH ${SCOPE}
SELECT 'programme-without-gmca-outcome:programme:' || p.id AS key
FROM programmes p
WHERE p.archived_at IS NULL AND p.status = 'active'
  AND p.id NOT IN (SELECT pid FROM reach WHERE dim = 'outcome')
ORDER BY p.id`,
};
