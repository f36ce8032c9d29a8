import type { Kysely } from 'kysely';
import { appendOnlyTriggers, optionalIsoDateCheck, runStatements } from './run-statements';

const DATE = optionalIsoDateCheck;

/**
 * Outcome frameworks as versioned data. A framework (the GMCA Integrated Settlement outcomes
 * framework, the council's missions, the national Local Outcomes Framework…) has versions; each
 * version holds a tree of elements (pillar → outcome, mission → priority), funding lines and
 * indicator definitions. An indicator keeps one identity across versions so that its observations
 * (append-only: a revision adds a row) and its trend survive renegotiation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE frameworks (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      title TEXT NOT NULL,
      owner TEXT NOT NULL CHECK (owner IN ('gmca','council','national','other')),
      description TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE framework_versions (
      id INTEGER PRIMARY KEY,
      framework_id INTEGER NOT NULL REFERENCES frameworks(id),
      label TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft','published','superseded')),
      from_financial_year TEXT NOT NULL CHECK (from_financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      based_on_version_id INTEGER REFERENCES framework_versions(id),
      published_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (framework_id, label)
    ) STRICT`,
    `CREATE TABLE framework_elements (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES framework_versions(id),
      parent_id INTEGER REFERENCES framework_elements(id),
      kind TEXT NOT NULL CHECK (kind IN ('pillar','outcome','mission','priority','theme')),
      code TEXT NOT NULL,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL DEFAULT 0,
      illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
      UNIQUE (version_id, code)
    ) STRICT`,
    `CREATE INDEX framework_elements_parent ON framework_elements(parent_id)`,
    `CREATE TABLE framework_funding_lines (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES framework_versions(id),
      element_id INTEGER NOT NULL REFERENCES framework_elements(id),
      fund TEXT NOT NULL,
      home_department TEXT NOT NULL DEFAULT '',
      allocation_mechanism TEXT NOT NULL DEFAULT '',
      financial_year TEXT NOT NULL CHECK (financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      spend_type TEXT NOT NULL CHECK (spend_type IN ('revenue','capital')),
      amount_pence INTEGER CHECK (amount_pence IS NULL OR amount_pence >= 0),
      source_title TEXT NOT NULL DEFAULT '',
      source_url TEXT
    ) STRICT`,
    `CREATE INDEX framework_funding_lines_element ON framework_funding_lines(element_id)`,
    `CREATE TABLE indicator_identities (
      id INTEGER PRIMARY KEY,
      framework_id INTEGER NOT NULL REFERENCES frameworks(id),
      code TEXT NOT NULL COLLATE NOCASE,
      UNIQUE (framework_id, code)
    ) STRICT`,
    `CREATE TABLE indicators (
      id INTEGER PRIMARY KEY,
      identity_id INTEGER NOT NULL REFERENCES indicator_identities(id),
      version_id INTEGER NOT NULL REFERENCES framework_versions(id),
      element_id INTEGER REFERENCES framework_elements(id),
      title TEXT NOT NULL,
      definition TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('accountable','contextual')),
      tier INTEGER CHECK (tier IS NULL OR tier IN (1, 2)),
      unit TEXT NOT NULL CHECK (unit IN ('count','percentage','rate_per_1000','pounds','index','score')),
      polarity TEXT NOT NULL CHECK (polarity IN ('higher_is_better','lower_is_better','none')),
      numerator TEXT NOT NULL DEFAULT '',
      denominator TEXT NOT NULL DEFAULT '',
      data_source TEXT NOT NULL DEFAULT '',
      frequency TEXT NOT NULL CHECK (frequency IN ('monthly','quarterly','six_monthly','annual')),
      geography_level TEXT NOT NULL CHECK (geography_level IN ('ward','borough','combined_authority')),
      baseline_value REAL,
      baseline_period TEXT,
      tolerance_percent REAL NOT NULL DEFAULT 10 CHECK (tolerance_percent >= 0 AND tolerance_percent <= 100),
      comparator TEXT NOT NULL DEFAULT 'same_period_last_year' CHECK (comparator IN ('previous_period','same_period_last_year')),
      owner TEXT NOT NULL DEFAULT '',
      last_reviewed TEXT CHECK ${DATE('last_reviewed')},
      illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
      UNIQUE (identity_id, version_id)
    ) STRICT`,
    `CREATE INDEX indicators_version ON indicators(version_id)`,
    `CREATE INDEX indicators_element ON indicators(element_id)`,
    `CREATE TABLE indicator_targets (
      indicator_id INTEGER NOT NULL REFERENCES indicators(id),
      period TEXT NOT NULL,
      value REAL NOT NULL,
      PRIMARY KEY (indicator_id, period)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE observations (
      id INTEGER PRIMARY KEY,
      identity_id INTEGER NOT NULL REFERENCES indicator_identities(id),
      period TEXT NOT NULL,
      area_code TEXT NOT NULL REFERENCES areas(code),
      area_vintage TEXT,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      value REAL NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('provisional','final')),
      source_note TEXT NOT NULL DEFAULT '',
      commentary TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER REFERENCES users(id),
      UNIQUE (identity_id, period, area_code, revision)
    ) STRICT`,
    `CREATE INDEX observations_area_period ON observations(area_code, period)`,
    ...appendOnlyTriggers('observations', 'Observation'),
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
