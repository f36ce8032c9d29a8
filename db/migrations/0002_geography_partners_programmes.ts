import type { Kysely } from 'kysely';
import { optionalIsoDateCheck, runStatements } from './run-statements';

export const PROGRAMME_TYPES_SQL = `'devolved_programme','growth_location','development_zone','capital_scheme','service_improvement','other'`;
export const PILLARS_SQL = `'local_growth_place','local_transport','adult_skills','housing_regeneration','employment_support','buildings_retrofit'`;
const DATE = optionalIsoDateCheck;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE areas (
      code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 3 AND 16),
      name TEXT NOT NULL,
      area_type TEXT NOT NULL CHECK (area_type IN ('ward','borough','combined_authority','region','country')),
      parent_code TEXT REFERENCES areas(code),
      vintage TEXT,
      verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
      note TEXT
    ) STRICT`,
    `CREATE INDEX areas_parent ON areas(parent_code)`,
    `CREATE TABLE partners (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      organisation_type TEXT NOT NULL CHECK (organisation_type IN ('registered_charity','cio','company_limited_by_guarantee','community_interest_company','community_group','faith_organisation','social_enterprise','other')),
      org_id TEXT UNIQUE,
      charity_number TEXT,
      company_number TEXT,
      ward_code TEXT REFERENCES areas(code),
      locality TEXT,
      contact_name TEXT,
      contact_email TEXT,
      contact_phone TEXT,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX partners_name ON partners(name)`,
    `CREATE TABLE programmes (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      summary TEXT NOT NULL DEFAULT '',
      programme_type TEXT NOT NULL CHECK (programme_type IN (${PROGRAMME_TYPES_SQL})),
      status TEXT NOT NULL CHECK (status IN ('proposed','active','paused','closed')),
      lead_officer TEXT NOT NULL DEFAULT '',
      senior_responsible_owner TEXT NOT NULL DEFAULT '',
      start_date TEXT CHECK ${DATE('start_date')},
      end_date TEXT CHECK ${DATE('end_date')},
      borough_code TEXT REFERENCES areas(code),
      archived_at TEXT,
      archive_reason TEXT,
      revision INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
    ) STRICT`,
    `CREATE INDEX programmes_status ON programmes(status)`,
    `CREATE INDEX programmes_type ON programmes(programme_type)`,
    `CREATE INDEX programmes_name ON programmes(name)`,
    `CREATE TABLE programme_funding_lines (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('is_pillar','gmca','dwp','arts_council','council','nhs','other')),
      pillar_code TEXT CHECK (pillar_code IS NULL OR pillar_code IN (${PILLARS_SQL})),
      financial_year TEXT NOT NULL CHECK (financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      spend_type TEXT NOT NULL CHECK (spend_type IN ('revenue','capital')),
      amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
      certainty TEXT NOT NULL CHECK (certainty IN ('planned','confirmed')),
      note TEXT NOT NULL DEFAULT '',
      CHECK (source <> 'is_pillar' OR pillar_code IS NOT NULL)
    ) STRICT`,
    `CREATE INDEX programme_funding_lines_programme ON programme_funding_lines(programme_id)`,
    `CREATE TABLE programme_milestones (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      due_date TEXT NOT NULL CHECK ${DATE('due_date')},
      target_value REAL,
      unit TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('not_started','on_track','at_risk','achieved','missed')),
      actual_value REAL
    ) STRICT`,
    `CREATE INDEX programme_milestones_programme ON programme_milestones(programme_id)`,
    `CREATE TABLE programme_areas (
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      area_code TEXT NOT NULL REFERENCES areas(code),
      PRIMARY KEY (programme_id, area_code)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX programme_areas_area ON programme_areas(area_code)`,
    `CREATE TABLE programme_partners (
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      role TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (programme_id, partner_id)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE programme_risks (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      description TEXT NOT NULL,
      likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
      impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
      owner TEXT NOT NULL DEFAULT '',
      mitigation TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    `CREATE INDEX programme_risks_programme ON programme_risks(programme_id)`,
    `CREATE TABLE programme_sources (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      url TEXT,
      document TEXT,
      source_date TEXT CHECK ${DATE('source_date')},
      figure TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    `CREATE INDEX programme_sources_programme ON programme_sources(programme_id)`,
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
