/**
 * geography-mismatch in SQL: awards not cancelled, whose fund's programme is not archived (any
 * status) and records at least one ward (programme_areas of area_type 'ward'), where the partner's
 * ward_code is set and is not one of those wards (case-sensitive). Key 'geography-mismatch:award:<id>'.
 * The small sides (programme wards, fund → programme, partner → ward) are materialised first, so the
 * one pass over the awards probes in-memory indexes.
 */
import type { SqlRule } from './rule';

export const geographyMismatchSql: SqlRule = {
  id: 'geography-mismatch',
  sql: `
WITH prog_wards AS MATERIALIZED (
  SELECT pa.programme_id, pa.area_code
  FROM programme_areas pa
  JOIN areas a ON a.code = pa.area_code
  JOIN programmes p ON p.id = pa.programme_id
  WHERE a.area_type = 'ward' AND p.archived_at IS NULL
),
fund_programme AS MATERIALIZED (
  SELECT id AS fund_id, programme_id FROM funds WHERE programme_id IN (SELECT programme_id FROM prog_wards)
),
partner_ward AS MATERIALIZED (
  SELECT id, ward_code FROM partners WHERE ward_code IS NOT NULL
)
SELECT 'geography-mismatch:award:' || aw.id AS key
FROM awards aw
JOIN fund_programme fp ON fp.fund_id = aw.fund_id
JOIN partner_ward pt ON pt.id = aw.partner_id
WHERE aw.status <> 'cancelled'
  AND NOT EXISTS (SELECT 1 FROM prog_wards w WHERE w.programme_id = fp.programme_id AND w.area_code = pt.ward_code)
ORDER BY aw.id`,
};
