/**
 * pillar-mismatch in SQL: each (programme not closed and not archived, pillar code on one of its
 * 'is_pillar' funding lines) pair for which the programme reaches no outcome of that pillar.
 * Key 'pillar-mismatch:programme:<id>:pillar:<pillarCode>'.
 */
import type { SqlRule } from './rule';
import { SCOPE } from './scope';

export const pillarMismatchSql: SqlRule = {
  id: 'pillar-mismatch',
  sql: `
WITH ${SCOPE},
linked_pillars AS MATERIALIZED (
  SELECT DISTINCT pid, target AS pillar_code FROM reach WHERE dim = 'pillar'
)
SELECT DISTINCT 'pillar-mismatch:programme:' || p.id || ':pillar:' || fl.pillar_code AS key
FROM programmes p
JOIN programme_funding_lines fl ON fl.programme_id = p.id
WHERE p.archived_at IS NULL AND p.status <> 'closed' AND fl.source = 'is_pillar' AND fl.pillar_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM linked_pillars l WHERE l.pid = p.id AND l.pillar_code = fl.pillar_code)
ORDER BY key`,
};
