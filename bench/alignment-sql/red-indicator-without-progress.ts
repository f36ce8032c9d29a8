/**
 * red-indicator-without-progress in SQL. The indicator's RAG and latest period come from
 * indicator-status.ts (core/outcomes/status arithmetic, written in SQL — no JS helpers). Then: Red,
 * with a latest period; at least one active contributing programme (`contrib`: linked to the
 * indicator, or to the outcome or priority it measures); and none of those programmes has a
 * milestone 'achieved' or 'on_track' due within the period (ISO dates, ends inclusive).
 * Key 'red-indicator-without-progress:indicator:<id>'.
 */
import { INDICATOR_STATUS } from './indicator-status';
import type { SqlRule } from './rule';
import { contributors, SCOPE } from './scope';

export const redIndicatorWithoutProgressSql: SqlRule = {
  id: 'red-indicator-without-progress',
  sql: `
WITH ${SCOPE}, ${INDICATOR_STATUS},
red AS MATERIALIZED (
  SELECT id, period_start, period_end FROM status WHERE rag = 'red' AND period_start IS NOT NULL AND period_end IS NOT NULL
),
${contributors('SELECT id FROM red')}
SELECT DISTINCT 'red-indicator-without-progress:indicator:' || s.id AS key
FROM red s
WHERE EXISTS (SELECT 1 FROM contrib c WHERE c.ind = s.id)
  AND NOT EXISTS (
    SELECT 1 FROM contrib c
    JOIN programme_milestones m ON m.programme_id = c.pid
    WHERE c.ind = s.id AND m.status IN ('achieved', 'on_track')
      AND m.due_date >= s.period_start AND m.due_date <= s.period_end
  )
ORDER BY key`,
};
