/**
 * programme-without-mission in SQL: active programmes (not archived) with no row in `reach` for a
 * council mission — reached directly, through a priority, or through a council indicator measuring
 * a priority (scope.ts). Key 'programme-without-mission:programme:<id>'.
 */
import type { SqlRule } from './rule';
import { SCOPE } from './scope';

export const programmeWithoutMissionSql: SqlRule = {
  id: 'programme-without-mission',
  sql: `
WITH ${SCOPE}
SELECT 'programme-without-mission:programme:' || p.id AS key
FROM programmes p
WHERE p.archived_at IS NULL AND p.status = 'active'
  AND p.id NOT IN (SELECT pid FROM reach WHERE dim = 'mission')
ORDER BY p.id`,
};
