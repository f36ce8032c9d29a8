/**
 * Each published indicator's headline assessment — RAG, staleness, latest period and its dates — in
 * SQL, for the rules that need it (red-indicator-without-progress, stale-evidence). This is the same
 * arithmetic as core/outcomes/status (latestAssessment over the headline series, as
 * core/alignment/load/frameworks.ts calls it), written in SQL rather than by calling those functions:
 *
 * - headline series: observations of the indicator identity at its headline area (the GM code for
 *   'combined_authority' indicators, else the borough); a period's figure is its latest revision,
 *   and a period whose latest revision is withdrawn (observation_withdrawals) has no figure. The
 *   latest period comes from the (identity, area, period, revision) index, leaving out the few
 *   periods whose current revision is withdrawn; figures are read only for the two periods the
 *   assessment uses;
 * - a period key counts only when it is valid for the indicator's frequency (periods.ts: '2025-07',
 *   '2025/26 Q1', '2025/26 H1', '2025/26'; years 1000–9999; the second year must follow the first).
 *   Each valid key becomes an ordinal (year × periods per year + part − 1), so neighbours differ by 1,
 *   and an ordinal is written back as its one canonical key;
 * - the latest period is the highest ordinal; its value, the comparator figure (ordinal − 1 for
 *   'previous_period', − periods per year for 'same_period_last_year') and the target for that period
 *   (indicator_targets of the version's indicator row) feed the RAG rules of rag.ts: contextual → none;
 *   no value or target → none; shortfall within tolerance (tolerance_percent % of |target|, or an
 *   absolute tolerance_percent / 100 when the target is 0), with 1e-10 relative slack → green;
 *   polarity 'none' → amber; no comparator → red; strictly improved (beyond the slack) → amber;
 *   otherwise red;
 * - staleness (staleness.ts): no valid figures → stale; otherwise due by = end of the period after the
 *   latest + the frequency's grace days (DEFAULT_GRACE_DAYS, imported from core as a constant), and
 *   stale when today is later than that;
 * - period dates: the first and last day of the latest period (financial years start in April).
 *
 * Not reproduced: core throws on period keys that step outside the years 1000–9999 and on non-finite
 * figures; SQL simply computes (neither occurs in stored data).
 */
import { GMCA_CODE, WIGAN_BOROUGH_CODE } from '../../core/geography/wigan-areas';
import { DEFAULT_GRACE_DAYS } from '../../core/outcomes/status/staleness';
import { sqlText } from './scope';

/** 1e-10 exactly as JS parses it (a correctly rounded division by a power of ten that is exact in binary). */
const RELATIVE_EPSILON = '(1.0 / 10000000000)';

/** First month (as year × 12 + month − 1) of the period with ordinal `ord`, for the row's frequency. */
const startMonth = (ord: string) => `CASE WHEN frequency = 'monthly' THEN (${ord}) ELSE ((${ord}) / per_year) * 12 + 3 + ((${ord}) % per_year) * months END`;
const firstDay = (month: string) => `printf('%04d-%02d-01', (${month}) / 12, (${month}) % 12 + 1)`;
const lastDay = (month: string) => `date(${firstDay(month)}, '+' || months || ' months', '-1 day')`;

/** The period key (periods.ts formatKey) of ordinal `ord`: '2025-07', '2025/26', '2025/26 Q1', '2025/26 H2'. */
const periodKey = (ord: string) => `CASE
      WHEN (${ord}) IS NULL THEN NULL
      WHEN frequency = 'monthly' THEN printf('%04d-%02d', (${ord}) / 12, (${ord}) % 12 + 1)
      ELSE printf('%04d/%02d', (${ord}) / per_year, ((${ord}) / per_year + 1) % 100)
        || CASE frequency WHEN 'quarterly' THEN ' Q' || ((${ord}) % per_year + 1) WHEN 'six_monthly' THEN ' H' || ((${ord}) % per_year + 1) ELSE '' END
    END`;

/** Needs SCOPE (pub_ind) before it and `@today` bound. Defines `status` (one row per published indicator row). */
export const INDICATOR_STATUS = `
shapes(frequency, per_year, months, grace_days, pattern) AS (
  VALUES
    ('monthly', 12, 1, ${DEFAULT_GRACE_DAYS.monthly}, '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    ('quarterly', 4, 3, ${DEFAULT_GRACE_DAYS.quarterly}, '[0-9][0-9][0-9][0-9]/[0-9][0-9] Q[0-9]'),
    ('six_monthly', 2, 6, ${DEFAULT_GRACE_DAYS.six_monthly}, '[0-9][0-9][0-9][0-9]/[0-9][0-9] H[0-9]'),
    ('annual', 1, 12, ${DEFAULT_GRACE_DAYS.annual}, '[0-9][0-9][0-9][0-9]/[0-9][0-9]')
),
ind_settings AS MATERIALIZED (
  SELECT i.row_id, i.id, i.kind, i.polarity, i.comparator, i.frequency,
    coalesce(i.tolerance_percent, 10) AS tolerance_percent,
    CASE WHEN i.geography_level = 'combined_authority' THEN ${sqlText(GMCA_CODE)} ELSE ${sqlText(WIGAN_BOROUGH_CODE)} END AS area_code,
    s.per_year, s.months, s.grace_days, s.pattern
  FROM pub_ind i JOIN shapes s ON s.frequency = i.frequency
),
withdrawn_current AS MATERIALIZED (
  SELECT o.identity_id, o.area_code, o.period
  FROM observation_withdrawals w JOIN observations o ON o.id = w.observation_id
  WHERE NOT EXISTS (SELECT 1 FROM observations n WHERE n.identity_id = o.identity_id AND n.area_code = o.area_code AND n.period = o.period AND n.revision > o.revision)
),
latest AS (
  SELECT s.*, m.ord AS latest_ord,
    m.ord - CASE WHEN s.comparator = 'previous_period' THEN 1 ELSE s.per_year END AS comparator_ord
  FROM ind_settings s
  LEFT JOIN (
    SELECT row_id, max(CASE WHEN frequency = 'monthly' THEN year * 12 + second - 1 ELSE year * per_year + part - 1 END) AS ord
    FROM (
      SELECT s.row_id, s.frequency, s.per_year,
        CAST(substr(o.period, 1, 4) AS INTEGER) AS year,
        CAST(substr(o.period, 6, 2) AS INTEGER) AS second,
        CASE WHEN s.frequency = 'annual' THEN 1 ELSE CAST(substr(o.period, 10, 1) AS INTEGER) END AS part
      FROM ind_settings s
      CROSS JOIN observations o ON o.identity_id = s.id AND o.area_code = s.area_code
      WHERE o.period GLOB s.pattern
        AND NOT EXISTS (SELECT 1 FROM withdrawn_current x WHERE x.identity_id = o.identity_id AND x.area_code = o.area_code AND x.period = o.period)
    )
    WHERE year >= 1000
      AND CASE WHEN frequency = 'monthly' THEN second BETWEEN 1 AND 12
               ELSE year + 1 <= 9999 AND second = (year + 1) % 100 AND part BETWEEN 1 AND per_year END
    GROUP BY row_id
  ) m ON m.row_id = s.row_id
),
keyed AS (
  SELECT *, ${periodKey('latest_ord')} AS latest_period, ${periodKey('comparator_ord')} AS comparator_period FROM latest
),
figures AS (
  SELECT l.*,
    (SELECT o.value FROM observations o WHERE o.identity_id = l.id AND o.area_code = l.area_code AND o.period = l.latest_period
     ORDER BY o.revision DESC LIMIT 1) AS value,
    (SELECT CASE WHEN EXISTS (SELECT 1 FROM observation_withdrawals w WHERE w.observation_id = o.id) THEN NULL ELSE o.value END
     FROM observations o WHERE o.identity_id = l.id AND o.area_code = l.area_code AND o.period = l.comparator_period
     ORDER BY o.revision DESC LIMIT 1) AS comparator_value,
    (SELECT t.value FROM indicator_targets t WHERE t.indicator_id = l.row_id AND t.period = l.latest_period) AS target
  FROM keyed l
),
measured AS (
  SELECT *,
    CASE polarity WHEN 'higher_is_better' THEN target - value WHEN 'lower_is_better' THEN value - target ELSE abs(value - target) END AS shortfall,
    CASE WHEN target = 0 THEN tolerance_percent / 100.0 ELSE (abs(target) * tolerance_percent) / 100.0 END AS band,
    ${RELATIVE_EPSILON} * max(abs(value), abs(target)) AS noise,
    value - comparator_value AS change,
    ${RELATIVE_EPSILON} * max(abs(value), abs(comparator_value)) AS change_slack
  FROM figures
),
assessed AS MATERIALIZED (
  SELECT id, row_id, latest_period,
    CASE
      WHEN kind = 'contextual' OR value IS NULL OR target IS NULL THEN NULL
      WHEN shortfall <= noise OR shortfall <= band + noise THEN 'green'
      WHEN polarity = 'none' THEN 'amber'
      WHEN comparator_value IS NULL THEN 'red'
      WHEN polarity = 'higher_is_better' AND change > change_slack THEN 'amber'
      WHEN polarity = 'lower_is_better' AND change < -change_slack THEN 'amber'
      ELSE 'red'
    END AS rag,
    CASE WHEN latest_ord IS NULL THEN NULL ELSE ${firstDay(startMonth('latest_ord'))} END AS period_start,
    CASE WHEN latest_ord IS NULL THEN NULL ELSE ${lastDay(startMonth('latest_ord'))} END AS period_end,
    CASE WHEN latest_ord IS NULL THEN NULL ELSE date(${lastDay(startMonth('latest_ord + 1'))}, '+' || grace_days || ' days') END AS due_by
  FROM measured
),
status AS (
  SELECT *, CASE WHEN due_by IS NULL THEN 1 ELSE @today > due_by END AS stale FROM assessed
)`;

/** Every published indicator row's assessment, for checking the SQL against core (tests). Needs SCOPE. */
export const INDICATOR_STATUS_QUERY = `
SELECT id, row_id, latest_period, rag, stale, due_by, period_start, period_end FROM status ORDER BY row_id`;
