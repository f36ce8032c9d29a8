/**
 * The scope of the alignment check, written as SQLite common table expressions (CTEs) for the
 * hand-written SQL side of the alignment benchmark. Each rule file puts `WITH ${SCOPE},` in front of
 * its own CTEs; SQLite evaluates only the CTEs a query actually uses.
 *
 * It reads exactly what core/alignment/load reads:
 * - pub_el: elements of the PUBLISHED version of every framework owned by 'gmca' or 'council';
 * - missions / priorities (council; a priority needs a parent) and outcomes (GMCA, under a parent
 *   element that maps to a register pillar code — by element code, else by title: pillar_names);
 *   an outcome is accountable when a published indicator with kind 'accountable' measures it;
 * - pub_ind / snap_ind: published indicators (id = the indicator identity id), with the outcome (GMCA)
 *   or priority (council) element each measures;
 * - el_key / ind_key: what a link's target_framework_code + target_code can name. Matching is
 *   case-sensitive (fw_code and the indicator code are re-collated BINARY: the engine looks them up
 *   in a JS Map, although frameworks.code and indicator_identities.code are NOCASE columns); when a
 *   key repeats, the element last in (framework code, position, id) order wins, as in the engine's
 *   Map; an element resolves only a link whose target_type equals its kind;
 * - target_reach(tt, fw_code, code, dim, target): for each resolvable target, what a link to it
 *   reaches (model.ts): mission → mission; priority → priority and its mission; outcome → outcome and
 *   its pillar; indicator → indicator, plus the outcome (and pillar) or priority (and mission) it
 *   measures. Built over the few dozen framework targets, so links are joined once;
 * - reach(pid, dim, target, rank): live (not removed) links of programmes not archived, joined to
 *   target_reach; rank is the link's strength (primary 3, secondary 2, enabling 1) — several links to
 *   the same record are kept as rows, and the strongest is max(rank);
 * - ilink: live local → GMCA indicator links (from_indicator_id → resolved target identity);
 * - contributors(wanted) adds contrib(ind, pid): the active programmes contributing to each wanted
 *   indicator (linked to it, or to the outcome or priority it measures).
 *
 * Constants (pillar element codes and labels) are taken from core so both sides name the same
 * pillars; the logic is all SQL. Known, documented differences from JS string handling, none of which
 * the demo or generated data touch: SQLite's upper()/lower() fold ASCII letters only, and the title
 * normalisation trims and collapses ASCII whitespace and no-break spaces (JS \s also covers other
 * Unicode spaces).
 */
import { PILLAR_ELEMENT_CODES } from '../../core/alignment/pillar-codes';
import { PILLAR_LABELS, PILLARS } from '../../core/programmes/vocabulary';

/** A SQL string literal. */
export const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const WHITESPACE = `' ' || char(9) || char(10) || char(11) || char(12) || char(13) || char(160)`;

/** SQL for pillar-codes.ts normalise(): trim, lower-case, collapse whitespace runs to one space, '&' → 'and'. */
function normalisedSql(expression: string): string {
  let text = `lower(trim(${expression}, ${WHITESPACE}))`;
  for (const code of [9, 10, 11, 12, 13, 160]) text = `replace(${text}, char(${code}), ' ')`;
  for (let i = 0; i < 6; i++) text = `replace(${text}, '  ', ' ')`;
  return `replace(${text}, '&', 'and')`;
}

const PILLAR_ROWS = PILLARS.map((code, i) => `(${sqlText(code)}, ${sqlText(PILLAR_ELEMENT_CODES[code])}, ${sqlText(PILLAR_LABELS[code])}, ${i})`).join(',\n    ');

export const SCOPE = `
pub_el AS MATERIALIZED (
  SELECT e.id, e.parent_id, e.kind, e.code, e.title, e.position, f.code COLLATE BINARY AS fw_code, f.owner
  FROM framework_elements e
  JOIN framework_versions v ON v.id = e.version_id
  JOIN frameworks f ON f.id = v.framework_id
  WHERE v.status = 'published' AND f.owner IN ('gmca', 'council')
),
pillar_names(pillar_code, element_code, label, pos) AS (
  VALUES
    ${PILLAR_ROWS}
),
el_pillar AS (
  SELECT e.id,
    coalesce(
      (SELECT n.pillar_code FROM pillar_names n WHERE n.element_code = upper(trim(e.code, ${WHITESPACE})) ORDER BY n.pos LIMIT 1),
      (SELECT n.pillar_code FROM pillar_names n WHERE ${normalisedSql('n.label')} = ${normalisedSql('e.title')} ORDER BY n.pos LIMIT 1)
    ) AS pillar_code
  FROM pub_el e
),
pub_ind AS MATERIALIZED (
  SELECT i.id AS row_id, i.identity_id AS id, i.element_id, i.kind, i.polarity, i.frequency, i.geography_level,
         i.tolerance_percent, i.comparator, ii.code COLLATE BINARY AS code, f.code COLLATE BINARY AS fw_code, f.owner AS fw_owner
  FROM indicators i
  JOIN indicator_identities ii ON ii.id = i.identity_id
  JOIN framework_versions v ON v.id = i.version_id
  JOIN frameworks f ON f.id = v.framework_id
  WHERE v.status = 'published' AND f.owner IN ('gmca', 'council')
),
missions AS MATERIALIZED (
  SELECT id FROM pub_el WHERE owner = 'council' AND kind = 'mission'
),
priorities AS MATERIALIZED (
  SELECT id, parent_id AS mission_id FROM pub_el WHERE owner = 'council' AND kind = 'priority' AND parent_id IS NOT NULL
),
outcomes AS MATERIALIZED (
  SELECT o.id, p.pillar_code,
    EXISTS (SELECT 1 FROM pub_ind i WHERE i.element_id = o.id AND i.kind = 'accountable') AS accountable
  FROM pub_el o
  JOIN el_pillar p ON p.id = o.parent_id
  WHERE o.owner = 'gmca' AND o.kind = 'outcome' AND p.pillar_code IS NOT NULL
),
snap_ind AS MATERIALIZED (
  SELECT i.id,
    CASE WHEN i.fw_owner = 'gmca' AND e.kind = 'outcome' THEN e.id END AS outcome_id,
    CASE WHEN i.fw_owner = 'council' AND e.kind = 'priority' THEN e.id END AS priority_id
  FROM pub_ind i
  LEFT JOIN pub_el e ON e.id = i.element_id
),
el_key AS MATERIALIZED (
  SELECT id, kind, fw_code, code FROM (
    SELECT id, kind, fw_code, code, row_number() OVER (PARTITION BY fw_code, code ORDER BY position DESC, id DESC) AS rn
    FROM pub_el
  ) WHERE rn = 1
),
ind_key AS MATERIALIZED (
  SELECT DISTINCT id, fw_code, code FROM pub_ind
),
target_reach AS MATERIALIZED (
  SELECT 'mission' AS tt, k.fw_code, k.code, 'mission' AS dim, m.id AS target
  FROM el_key k JOIN missions m ON m.id = k.id WHERE k.kind = 'mission'
  UNION ALL
  SELECT 'priority', k.fw_code, k.code, 'priority', pr.id
  FROM el_key k JOIN priorities pr ON pr.id = k.id WHERE k.kind = 'priority'
  UNION ALL
  SELECT 'priority', k.fw_code, k.code, 'mission', m.id
  FROM el_key k JOIN priorities pr ON pr.id = k.id JOIN missions m ON m.id = pr.mission_id WHERE k.kind = 'priority'
  UNION ALL
  SELECT 'outcome', k.fw_code, k.code, 'outcome', o.id
  FROM el_key k JOIN outcomes o ON o.id = k.id WHERE k.kind = 'outcome'
  UNION ALL
  SELECT 'outcome', k.fw_code, k.code, 'pillar', o.pillar_code
  FROM el_key k JOIN outcomes o ON o.id = k.id WHERE k.kind = 'outcome'
  UNION ALL
  SELECT 'indicator', k.fw_code, k.code, 'indicator', k.id FROM ind_key k
  UNION ALL
  SELECT 'indicator', k.fw_code, k.code, 'priority', pr.id
  FROM ind_key k JOIN snap_ind si ON si.id = k.id JOIN priorities pr ON pr.id = si.priority_id
  UNION ALL
  SELECT 'indicator', k.fw_code, k.code, 'mission', m.id
  FROM ind_key k JOIN snap_ind si ON si.id = k.id JOIN priorities pr ON pr.id = si.priority_id JOIN missions m ON m.id = pr.mission_id
  UNION ALL
  SELECT 'indicator', k.fw_code, k.code, 'outcome', o.id
  FROM ind_key k JOIN snap_ind si ON si.id = k.id JOIN outcomes o ON o.id = si.outcome_id
  UNION ALL
  SELECT 'indicator', k.fw_code, k.code, 'pillar', o.pillar_code
  FROM ind_key k JOIN snap_ind si ON si.id = k.id JOIN outcomes o ON o.id = si.outcome_id
),
reach AS (
  SELECT l.programme_id AS pid, t.dim, t.target,
    CASE l.strength WHEN 'primary' THEN 3 WHEN 'secondary' THEN 2 WHEN 'enabling' THEN 1 END AS rank
  FROM alignment_links l
  JOIN programmes p ON p.id = l.programme_id
  JOIN target_reach t ON t.tt = l.target_type AND t.fw_code = l.target_framework_code AND t.code = l.target_code
  WHERE l.removed_at IS NULL AND l.strength IS NOT NULL AND p.archived_at IS NULL
),
ilink AS MATERIALIZED (
  SELECT l.from_indicator_id AS local_id, ik.id AS gmca_id
  FROM alignment_links l
  JOIN ind_key ik ON ik.fw_code = l.target_framework_code AND ik.code = l.target_code
  WHERE l.removed_at IS NULL AND l.programme_id IS NULL AND l.from_indicator_id IS NOT NULL
    AND l.relation IS NOT NULL AND l.target_type = 'indicator'
)`;

/**
 * contrib(ind, pid): active programmes contributing to snapshot indicators (model.ts contributesTo):
 * linked to the indicator itself, or to the outcome or priority it measures. Only for the indicators
 * `wanted` selects (a query returning indicator identity ids), so a rule pays only for the indicators
 * it tests. Needs SCOPE (and whatever `wanted` reads) before it.
 */
export function contributors(wanted: string): string {
  return `
ind_via(dim, target, ind) AS MATERIALIZED (
  SELECT 'indicator', id, id FROM snap_ind WHERE id IN (${wanted})
  UNION SELECT 'outcome', outcome_id, id FROM snap_ind WHERE outcome_id IS NOT NULL AND id IN (${wanted})
  UNION SELECT 'priority', priority_id, id FROM snap_ind WHERE priority_id IS NOT NULL AND id IN (${wanted})
),
contrib AS MATERIALIZED (
  SELECT v.ind, r.pid
  FROM reach r
  JOIN ind_via v ON v.dim = r.dim AND v.target = r.target
  JOIN programmes p ON p.id = r.pid
  WHERE p.status = 'active'
)`;
}
