-- index alignment_links_one_live
CREATE UNIQUE INDEX alignment_links_one_live ON alignment_links(coalesce(programme_id, -from_indicator_id), target_type, target_framework_code, target_code) WHERE removed_at IS NULL;

-- index alignment_links_programme
CREATE INDEX alignment_links_programme ON alignment_links(programme_id);

-- index alignment_links_target
CREATE INDEX alignment_links_target ON alignment_links(target_framework_code, target_code);

-- index areas_parent
CREATE INDEX areas_parent ON areas(parent_code);

-- index audit_log_actor
CREATE INDEX audit_log_actor ON audit_log(actor_user_id);

-- index audit_log_at
CREATE INDEX audit_log_at ON audit_log(at);

-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);

-- index award_ledger_totals_fund
CREATE INDEX award_ledger_totals_fund ON award_ledger_totals(fund_id, released_pence, reversed_after_release_pence, clawed_back_pence);

-- index award_ledger_totals_fund_waiting
CREATE INDEX award_ledger_totals_fund_waiting ON award_ledger_totals(fund_id, pending_approval_pence, approved_pence);

-- index awards_fund_status_partner
CREATE INDEX awards_fund_status_partner ON awards(fund_id, status, partner_id, amount_pence);

-- index awards_partner
CREATE INDEX awards_partner ON awards(partner_id);

-- index briefing_packs_audience
CREATE INDEX briefing_packs_audience ON briefing_packs(audience, as_of);

-- index finding_acknowledgements_key
CREATE INDEX finding_acknowledgements_key ON finding_acknowledgements(finding_key);

-- index framework_elements_parent
CREATE INDEX framework_elements_parent ON framework_elements(parent_id);

-- index framework_funding_lines_element
CREATE INDEX framework_funding_lines_element ON framework_funding_lines(element_id);

-- index funds_programme
CREATE INDEX funds_programme ON funds(programme_id);

-- index indicators_element
CREATE INDEX indicators_element ON indicators(element_id);

-- index indicators_version
CREATE INDEX indicators_version ON indicators(version_id);

-- index ledger_corrections_award
CREATE INDEX ledger_corrections_award ON ledger_corrections(award_id);

-- index ledger_corrections_payment
CREATE INDEX ledger_corrections_payment ON ledger_corrections(payment_id);

-- index ledger_entries_award
CREATE INDEX ledger_entries_award ON ledger_entries(award_id);

-- index ledger_entries_date
CREATE INDEX ledger_entries_date ON ledger_entries(entry_date, entry_type);

-- index ledger_entries_payment
CREATE INDEX ledger_entries_payment ON ledger_entries(payment_id);

-- index ledger_one_approval
CREATE UNIQUE INDEX ledger_one_approval ON ledger_entries(payment_id) WHERE entry_type = 'approval';

-- index ledger_one_entry_per_correction
CREATE UNIQUE INDEX ledger_one_entry_per_correction ON ledger_entries(correction_id) WHERE correction_id IS NOT NULL;

-- index ledger_one_release
CREATE UNIQUE INDEX ledger_one_release ON ledger_entries(payment_id) WHERE entry_type = 'release';

-- index ledger_one_reversal
CREATE UNIQUE INDEX ledger_one_reversal ON ledger_entries(payment_id) WHERE entry_type = 'reversal';

-- index ledger_waiting_payment
CREATE INDEX ledger_waiting_payment ON ledger_waiting(payment_id);

-- index ledger_waiting_stage
CREATE INDEX ledger_waiting_stage ON ledger_waiting(stage, kind, entry_id);

-- index observations_area_period
CREATE INDEX observations_area_period ON observations(area_code, period);

-- index observations_identity_area
CREATE INDEX observations_identity_area ON observations(identity_id, area_code, period, revision);

-- index partner_due_diligence_latest
CREATE INDEX partner_due_diligence_latest ON partner_due_diligence(partner_id, checked_on DESC, id DESC, expires_on);

-- index partner_due_diligence_partner
CREATE INDEX partner_due_diligence_partner ON partner_due_diligence(partner_id);

-- index partners_name
CREATE INDEX partners_name ON partners(name);

-- index partners_ward
CREATE INDEX partners_ward ON partners(ward_code);

-- index programme_areas_area
CREATE INDEX programme_areas_area ON programme_areas(area_code);

-- index programme_funding_lines_programme
CREATE INDEX programme_funding_lines_programme ON programme_funding_lines(programme_id);

-- index programme_milestones_programme
CREATE INDEX programme_milestones_programme ON programme_milestones(programme_id);

-- index programme_risks_programme
CREATE INDEX programme_risks_programme ON programme_risks(programme_id);

-- index programme_sources_programme
CREATE INDEX programme_sources_programme ON programme_sources(programme_id);

-- index programmes_name
CREATE INDEX programmes_name ON programmes(name);

-- index programmes_status
CREATE INDEX programmes_status ON programmes(status);

-- index programmes_type
CREATE INDEX programmes_type ON programmes(programme_type);

-- index sessions_user
CREATE INDEX sessions_user ON sessions(user_id);

-- index sign_in_throttle_last_failure
CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle(last_failure_at);

-- table alignment_links
CREATE TABLE alignment_links (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER REFERENCES programmes(id),
      from_indicator_id INTEGER REFERENCES indicator_identities(id),
      target_type TEXT NOT NULL CHECK (target_type IN ('mission','priority','outcome','indicator')),
      target_framework_code TEXT NOT NULL,
      target_code TEXT NOT NULL,
      strength TEXT CHECK (strength IS NULL OR strength IN ('primary','secondary','enabling')),
      relation TEXT CHECK (relation IS NULL OR relation IN ('equivalent','contributes_to','proxy')),
      rationale TEXT NOT NULL DEFAULT '',
      evidence TEXT NOT NULL DEFAULT '',
      created_by INTEGER REFERENCES users(id),
      created_at TEXT NOT NULL,
      removed_by INTEGER REFERENCES users(id),
      removed_at TEXT,
      CHECK ((programme_id IS NULL) <> (from_indicator_id IS NULL)),
      CHECK (programme_id IS NULL OR strength IS NOT NULL),
      CHECK (from_indicator_id IS NULL OR (relation IS NOT NULL AND target_type = 'indicator'))
    ) STRICT;

-- table areas
CREATE TABLE areas (
      code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 3 AND 16),
      name TEXT NOT NULL,
      area_type TEXT NOT NULL CHECK (area_type IN ('ward','borough','combined_authority','region','country')),
      parent_code TEXT REFERENCES areas(code),
      vintage TEXT,
      verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
      note TEXT
    ) STRICT;

-- table audit_log
CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor_user_id INTEGER,
      actor_username TEXT,
      actor_role TEXT,
      channel TEXT NOT NULL CHECK (channel IN ('desktop', 'http', 'system')),
      request_id TEXT NOT NULL,
      action TEXT NOT NULL,
      entity_type TEXT NOT NULL,
      entity_id TEXT,
      before_json TEXT,
      after_json TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    ) STRICT;

-- table award_areas
CREATE TABLE award_areas (
      award_id INTEGER NOT NULL REFERENCES awards(id),
      area_code TEXT NOT NULL REFERENCES areas(code),
      PRIMARY KEY (award_id, area_code)
    ) STRICT, WITHOUT ROWID;

-- table award_ledger_totals
CREATE TABLE award_ledger_totals (
      award_id INTEGER PRIMARY KEY REFERENCES awards(id),
      fund_id INTEGER NOT NULL REFERENCES funds(id),
      released_pence INTEGER NOT NULL DEFAULT 0,
      released_net_pence INTEGER NOT NULL DEFAULT 0,
      reversed_after_release_pence INTEGER NOT NULL DEFAULT 0,
      reversed_after_release_net_pence INTEGER NOT NULL DEFAULT 0,
      clawed_back_pence INTEGER NOT NULL DEFAULT 0,
      fees_pence INTEGER NOT NULL DEFAULT 0
    , recorded_pence INTEGER NOT NULL DEFAULT 0, pending_approval_pence INTEGER NOT NULL DEFAULT 0, approved_pence INTEGER NOT NULL DEFAULT 0, reversed_pence INTEGER NOT NULL DEFAULT 0) STRICT;

-- table awards
CREATE TABLE awards (
      id INTEGER PRIMARY KEY,
      fund_id INTEGER NOT NULL REFERENCES funds(id),
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 1 AND 40),
      title TEXT NOT NULL,
      purpose TEXT NOT NULL,
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      award_date TEXT NOT NULL CHECK (award_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(award_date) = award_date),
      planned_start TEXT NOT NULL CHECK (planned_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(planned_start) = planned_start),
      planned_end TEXT NOT NULL CHECK (planned_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(planned_end) = planned_end),
      route TEXT NOT NULL CHECK (route IN ('open_call','direct_award')),
      route_justification TEXT NOT NULL DEFAULT '',
      payment_basis TEXT NOT NULL CHECK (payment_basis IN ('arrears','advance')),
      basis_justification TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('active','completed','cancelled')),
      created_by INTEGER REFERENCES users(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (planned_end >= planned_start),
      CHECK (route <> 'direct_award' OR length(trim(route_justification)) > 0),
      CHECK (payment_basis <> 'advance' OR length(trim(basis_justification)) > 0)
    ) STRICT;

-- table balance_targets
CREATE TABLE balance_targets (
      id INTEGER PRIMARY KEY,
      dimension TEXT NOT NULL CHECK (dimension IN ('mission','pillar')),
      code TEXT NOT NULL,
      target_share REAL NOT NULL CHECK (target_share >= 0 AND target_share <= 1),
      tolerance REAL NOT NULL DEFAULT 0.05 CHECK (tolerance >= 0 AND tolerance <= 1),
      set_by INTEGER REFERENCES users(id),
      set_at TEXT NOT NULL,
      UNIQUE (dimension, code)
    ) STRICT;

-- table briefing_pack_documents
CREATE TABLE briefing_pack_documents (
      pack_id INTEGER PRIMARY KEY REFERENCES briefing_packs(id),
      document_json TEXT NOT NULL CHECK (json_valid(document_json)),
      content_hash TEXT NOT NULL CHECK (length(content_hash) = 64)
    ) STRICT;

-- table briefing_packs
CREATE TABLE briefing_packs (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      audience TEXT NOT NULL CHECK (audience IN ('gmca','cabinet','scrutiny')),
      period_label TEXT NOT NULL,
      as_of TEXT NOT NULL,
      audit_head_hash TEXT NOT NULL CHECK (length(audit_head_hash) = 64),
      audit_entries INTEGER NOT NULL CHECK (audit_entries >= 0),
      composition_json TEXT NOT NULL CHECK (json_valid(composition_json)),
      data_json TEXT NOT NULL CHECK (json_valid(data_json)),
      content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
      created_by INTEGER NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL
    ) STRICT;

-- table change_stamps
CREATE TABLE change_stamps (
       table_name TEXT PRIMARY KEY,
       stamp INTEGER NOT NULL
     );

-- table finding_acknowledgements
CREATE TABLE finding_acknowledgements (
      id INTEGER PRIMARY KEY,
      finding_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      acknowledged_by INTEGER NOT NULL REFERENCES users(id),
      acknowledged_at TEXT NOT NULL
    ) STRICT;

-- table framework_elements
CREATE TABLE framework_elements (
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
    ) STRICT;

-- table framework_funding_lines
CREATE TABLE framework_funding_lines (
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
    ) STRICT;

-- table framework_versions
CREATE TABLE framework_versions (
      id INTEGER PRIMARY KEY,
      framework_id INTEGER NOT NULL REFERENCES frameworks(id),
      label TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft','published','superseded')),
      from_financial_year TEXT NOT NULL CHECK (from_financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      based_on_version_id INTEGER REFERENCES framework_versions(id),
      published_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (framework_id, label)
    ) STRICT;

-- table frameworks
CREATE TABLE frameworks (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      title TEXT NOT NULL,
      owner TEXT NOT NULL CHECK (owner IN ('gmca','council','national','other')),
      description TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;

-- table funds
CREATE TABLE funds (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      name TEXT NOT NULL,
      source TEXT NOT NULL,
      allocation_pence INTEGER NOT NULL CHECK (allocation_pence >= 0),
      first_financial_year TEXT NOT NULL CHECK (first_financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      last_financial_year TEXT NOT NULL CHECK (last_financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      end_date TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(end_date) = end_date),
      zero_transaction_cost INTEGER NOT NULL CHECK (zero_transaction_cost IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (last_financial_year >= first_financial_year)
    ) STRICT;

-- table idempotency_keys
CREATE TABLE idempotency_keys (
      key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 16 AND 255),
      operation TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      response_json TEXT NOT NULL,
      actor_user_id INTEGER NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL
    ) STRICT;

-- table indicator_identities
CREATE TABLE indicator_identities (
      id INTEGER PRIMARY KEY,
      framework_id INTEGER NOT NULL REFERENCES frameworks(id),
      code TEXT NOT NULL COLLATE NOCASE,
      UNIQUE (framework_id, code)
    ) STRICT;

-- table indicator_targets
CREATE TABLE indicator_targets (
      indicator_id INTEGER NOT NULL REFERENCES indicators(id),
      period TEXT NOT NULL,
      value REAL NOT NULL,
      PRIMARY KEY (indicator_id, period)
    ) STRICT, WITHOUT ROWID;

-- table indicators
CREATE TABLE indicators (
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
      last_reviewed TEXT CHECK (last_reviewed IS NULL OR (last_reviewed GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(last_reviewed) = last_reviewed)),
      illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
      UNIQUE (identity_id, version_id)
    ) STRICT;

-- table instalments
CREATE TABLE instalments (
      id INTEGER PRIMARY KEY,
      award_id INTEGER NOT NULL REFERENCES awards(id),
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(due_date) = due_date),
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      UNIQUE (award_id, sequence)
    ) STRICT;

-- table ledger_corrections
CREATE TABLE ledger_corrections (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('reversal','clawback')),
      award_id INTEGER NOT NULL REFERENCES awards(id),
      payment_id INTEGER REFERENCES ledger_entries(id),
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      correction_date TEXT NOT NULL CHECK (correction_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(correction_date) = correction_date),
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      recorded_by INTEGER NOT NULL REFERENCES users(id),
      recorded_at TEXT NOT NULL,
      CHECK (kind <> 'reversal' OR payment_id IS NOT NULL)
    ) STRICT;

-- table ledger_entries
CREATE TABLE ledger_entries (
      id INTEGER PRIMARY KEY,
      entry_type TEXT NOT NULL CHECK (entry_type IN ('payment','approval','release','reversal','clawback')),
      award_id INTEGER NOT NULL REFERENCES awards(id),
      instalment_id INTEGER REFERENCES instalments(id),
      payment_id INTEGER REFERENCES ledger_entries(id),
      gross_pence INTEGER NOT NULL CHECK (gross_pence >= 0),
      fee_pence INTEGER NOT NULL DEFAULT 0 CHECK (fee_pence >= 0),
      net_pence INTEGER NOT NULL CHECK (net_pence >= 0),
      entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(entry_date) = entry_date),
      reference TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      actor_user_id INTEGER NOT NULL REFERENCES users(id),
      recorded_at TEXT NOT NULL,
      idempotency_key TEXT UNIQUE,
      request_hash TEXT, correction_id INTEGER REFERENCES ledger_corrections(id),
      CHECK (gross_pence = net_pence + fee_pence),
      CHECK ((entry_type = 'payment') = (payment_id IS NULL) OR entry_type = 'clawback'),
      CHECK (entry_type <> 'payment' OR instalment_id IS NOT NULL),
      CHECK (entry_type NOT IN ('payment','reversal','clawback') OR gross_pence > 0)
    ) STRICT;

-- table ledger_returns
CREATE TABLE ledger_returns (
      id INTEGER PRIMARY KEY,
      payment_id INTEGER UNIQUE REFERENCES ledger_entries(id),
      correction_id INTEGER UNIQUE REFERENCES ledger_corrections(id),
      return_date TEXT NOT NULL CHECK (return_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(return_date) = return_date),
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      returned_by INTEGER NOT NULL REFERENCES users(id),
      recorded_at TEXT NOT NULL,
      CHECK ((payment_id IS NULL) <> (correction_id IS NULL))
    ) STRICT;

-- table ledger_waiting
CREATE TABLE ledger_waiting (
      kind TEXT NOT NULL CHECK (kind IN ('payment','reversal','clawback')),
      entry_id INTEGER NOT NULL,
      award_id INTEGER NOT NULL REFERENCES awards(id),
      payment_id INTEGER REFERENCES ledger_entries(id),
      stage TEXT NOT NULL CHECK (stage IN ('pending_approval','approved')),
      PRIMARY KEY (kind, entry_id)
    ) STRICT, WITHOUT ROWID;

-- table observation_withdrawals
CREATE TABLE observation_withdrawals (
      id INTEGER PRIMARY KEY,
      observation_id INTEGER NOT NULL UNIQUE REFERENCES observations(id),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
      withdrawn_at TEXT NOT NULL,
      withdrawn_by INTEGER REFERENCES users(id)
    ) STRICT;

-- table observations
CREATE TABLE observations (
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
    ) STRICT;

-- table partner_due_diligence
CREATE TABLE partner_due_diligence (
      id INTEGER PRIMARY KEY,
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      checks_json TEXT NOT NULL,
      checked_by TEXT NOT NULL,
      checked_on TEXT NOT NULL CHECK (checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(checked_on) = checked_on),
      expires_on TEXT NOT NULL CHECK (expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(expires_on) = expires_on),
      notes TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL,
      recorded_by INTEGER REFERENCES users(id),
      CHECK (expires_on > checked_on)
    ) STRICT;

-- table partners
CREATE TABLE partners (
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
    ) STRICT;

-- table programme_areas
CREATE TABLE programme_areas (
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      area_code TEXT NOT NULL REFERENCES areas(code),
      PRIMARY KEY (programme_id, area_code)
    ) STRICT, WITHOUT ROWID;

-- table programme_funding_lines
CREATE TABLE programme_funding_lines (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('is_pillar','gmca','dwp','arts_council','council','nhs','other')),
      pillar_code TEXT CHECK (pillar_code IS NULL OR pillar_code IN ('local_growth_place','local_transport','adult_skills','housing_regeneration','employment_support','buildings_retrofit')),
      financial_year TEXT NOT NULL CHECK (financial_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
      spend_type TEXT NOT NULL CHECK (spend_type IN ('revenue','capital')),
      amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
      certainty TEXT NOT NULL CHECK (certainty IN ('planned','confirmed')),
      note TEXT NOT NULL DEFAULT '',
      CHECK (source <> 'is_pillar' OR pillar_code IS NOT NULL)
    ) STRICT;

-- table programme_milestones
CREATE TABLE programme_milestones (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      due_date TEXT NOT NULL CHECK (due_date IS NULL OR (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(due_date) = due_date)),
      target_value REAL,
      unit TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('not_started','on_track','at_risk','achieved','missed')),
      actual_value REAL
    ) STRICT;

-- table programme_partners
CREATE TABLE programme_partners (
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      partner_id INTEGER NOT NULL REFERENCES partners(id),
      role TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (programme_id, partner_id)
    ) STRICT, WITHOUT ROWID;

-- table programme_risks
CREATE TABLE programme_risks (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      description TEXT NOT NULL,
      likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
      impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
      owner TEXT NOT NULL DEFAULT '',
      mitigation TEXT NOT NULL DEFAULT ''
    ) STRICT;

-- table programme_sources
CREATE TABLE programme_sources (
      id INTEGER PRIMARY KEY,
      programme_id INTEGER NOT NULL REFERENCES programmes(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      url TEXT,
      document TEXT,
      source_date TEXT CHECK (source_date IS NULL OR (source_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(source_date) = source_date)),
      figure TEXT NOT NULL DEFAULT ''
    ) STRICT;

-- table programmes
CREATE TABLE programmes (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      summary TEXT NOT NULL DEFAULT '',
      programme_type TEXT NOT NULL CHECK (programme_type IN ('devolved_programme','growth_location','development_zone','capital_scheme','service_improvement','other')),
      status TEXT NOT NULL CHECK (status IN ('proposed','active','paused','closed')),
      lead_officer TEXT NOT NULL DEFAULT '',
      senior_responsible_owner TEXT NOT NULL DEFAULT '',
      start_date TEXT CHECK (start_date IS NULL OR (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(start_date) = start_date)),
      end_date TEXT CHECK (end_date IS NULL OR (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(end_date) = end_date)),
      borough_code TEXT REFERENCES areas(code),
      archived_at TEXT,
      archive_reason TEXT,
      revision INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
    ) STRICT;

-- table sessions
CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      user_id INTEGER NOT NULL REFERENCES users(id),
      channel TEXT NOT NULL CHECK (channel IN ('desktop', 'http')),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      ended_at TEXT
    , last_seen_at TEXT) STRICT;

-- table sign_in_throttle
CREATE TABLE sign_in_throttle (
      scope TEXT NOT NULL CHECK (scope IN ('username', 'address')),
      key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
      failures INTEGER NOT NULL CHECK (failures >= 0),
      first_failure_at TEXT NOT NULL,
      last_failure_at TEXT NOT NULL,
      locked_until TEXT,
      PRIMARY KEY (scope, key)
    ) STRICT;

-- table users
CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(username) BETWEEN 2 AND 64),
      display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
      role TEXT NOT NULL CHECK (role IN ('admin','strategy_officer','finance_officer','finance_approver','leader')),
      passphrase_hash TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    , must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1))) STRICT;

-- table workspace_settings
CREATE TABLE workspace_settings (
      key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
      value TEXT NOT NULL
    ) STRICT;

-- trigger alignment_links_stamp_on_delete
CREATE TRIGGER alignment_links_stamp_on_delete AFTER DELETE ON alignment_links
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'alignment_links'; END;

-- trigger alignment_links_stamp_on_insert
CREATE TRIGGER alignment_links_stamp_on_insert AFTER INSERT ON alignment_links
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'alignment_links'; END;

-- trigger alignment_links_stamp_on_update
CREATE TRIGGER alignment_links_stamp_on_update AFTER UPDATE ON alignment_links
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'alignment_links'; END;

-- trigger areas_stamp_on_delete
CREATE TRIGGER areas_stamp_on_delete AFTER DELETE ON areas
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'areas'; END;

-- trigger areas_stamp_on_insert
CREATE TRIGGER areas_stamp_on_insert AFTER INSERT ON areas
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'areas'; END;

-- trigger areas_stamp_on_update
CREATE TRIGGER areas_stamp_on_update AFTER UPDATE ON areas
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'areas'; END;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'Audit log entries are append-only and cannot be deleted'); END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'Audit log entries are append-only and cannot be changed'); END;

-- trigger award_ledger_totals_follow_fund
CREATE TRIGGER award_ledger_totals_follow_fund AFTER UPDATE OF fund_id ON awards
     BEGIN UPDATE award_ledger_totals SET fund_id = NEW.fund_id WHERE award_id = NEW.id; END;

-- trigger award_ledger_totals_for_new_award
CREATE TRIGGER award_ledger_totals_for_new_award AFTER INSERT ON awards
     BEGIN INSERT OR IGNORE INTO award_ledger_totals (award_id, fund_id) VALUES (NEW.id, NEW.fund_id); END;

-- trigger award_ledger_totals_on_entry
CREATE TRIGGER award_ledger_totals_on_entry AFTER INSERT ON ledger_entries
     BEGIN
       UPDATE award_ledger_totals SET
         released_pence = released_pence + CASE WHEN NEW.entry_type = 'release' THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         released_net_pence = released_net_pence + CASE WHEN NEW.entry_type = 'release' THEN (SELECT net_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         reversed_after_release_pence = reversed_after_release_pence + CASE
           WHEN NEW.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries r WHERE r.payment_id = NEW.payment_id AND r.entry_type = 'release')
           THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         reversed_after_release_net_pence = reversed_after_release_net_pence + CASE
           WHEN NEW.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries r WHERE r.payment_id = NEW.payment_id AND r.entry_type = 'release')
           THEN (SELECT net_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         clawed_back_pence = clawed_back_pence + CASE WHEN NEW.entry_type = 'clawback' THEN NEW.gross_pence ELSE 0 END,
         fees_pence = fees_pence + CASE WHEN NEW.entry_type IN ('payment','clawback') THEN NEW.fee_pence ELSE 0 END
       WHERE award_id = NEW.award_id;
     END;

-- trigger award_ledger_totals_on_return
CREATE TRIGGER award_ledger_totals_on_return AFTER INSERT ON ledger_returns WHEN NEW.payment_id IS NOT NULL
     BEGIN
       UPDATE award_ledger_totals SET fees_pence = fees_pence - (SELECT fee_pence FROM ledger_entries WHERE id = NEW.payment_id)
       WHERE award_id = (SELECT award_id FROM ledger_entries WHERE id = NEW.payment_id);
     END;

-- trigger award_ledger_totals_stamp_on_delete
CREATE TRIGGER award_ledger_totals_stamp_on_delete AFTER DELETE ON award_ledger_totals
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'award_ledger_totals'; END;

-- trigger award_ledger_totals_stamp_on_insert
CREATE TRIGGER award_ledger_totals_stamp_on_insert AFTER INSERT ON award_ledger_totals
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'award_ledger_totals'; END;

-- trigger award_ledger_totals_stamp_on_update
CREATE TRIGGER award_ledger_totals_stamp_on_update AFTER UPDATE ON award_ledger_totals
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'award_ledger_totals'; END;

-- trigger award_stage_totals_on_entry
CREATE TRIGGER award_stage_totals_on_entry AFTER INSERT ON ledger_entries WHEN NEW.entry_type IN ('payment','approval','release','reversal')
     BEGIN
       UPDATE award_ledger_totals SET
         recorded_pence = recorded_pence + CASE NEW.entry_type WHEN 'payment' THEN NEW.gross_pence WHEN 'reversal' THEN -(SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END,
         pending_approval_pence = pending_approval_pence + CASE
           WHEN NEW.entry_type = 'payment' THEN NEW.gross_pence
           WHEN NEW.entry_type = 'approval' THEN -(SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)
           WHEN NEW.entry_type = 'reversal' AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval') AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'release') THEN -(SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)
           ELSE 0 END,
         approved_pence = approved_pence + CASE
           WHEN NEW.entry_type = 'approval' THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)
           WHEN NEW.entry_type = 'release' THEN -(SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)
           WHEN NEW.entry_type = 'reversal' AND EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval') AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'release') THEN -(SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id)
           ELSE 0 END,
         reversed_pence = reversed_pence + CASE WHEN NEW.entry_type = 'reversal' THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END
       WHERE award_id = NEW.award_id;
     END;

-- trigger award_stage_totals_on_return
CREATE TRIGGER award_stage_totals_on_return AFTER INSERT ON ledger_returns WHEN NEW.payment_id IS NOT NULL
     BEGIN
       UPDATE award_ledger_totals SET
         recorded_pence = recorded_pence - (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id),
         pending_approval_pence = pending_approval_pence - CASE WHEN EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval') THEN 0 ELSE (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) END,
         approved_pence = approved_pence - CASE WHEN EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval') THEN (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) ELSE 0 END
       WHERE award_id = (SELECT award_id FROM ledger_entries WHERE id = NEW.payment_id);
     END;

-- trigger awards_keep_instalments_in_period
CREATE TRIGGER awards_keep_instalments_in_period BEFORE UPDATE OF planned_start, planned_end ON awards
     WHEN EXISTS (SELECT 1 FROM instalments i WHERE i.award_id = NEW.id AND (i.due_date < NEW.planned_start OR i.due_date > NEW.planned_end))
     BEGIN SELECT RAISE(ABORT, 'An instalment must fall due within its award''s planned period'); END;

-- trigger awards_stamp_on_delete
CREATE TRIGGER awards_stamp_on_delete AFTER DELETE ON awards
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'awards'; END;

-- trigger awards_stamp_on_insert
CREATE TRIGGER awards_stamp_on_insert AFTER INSERT ON awards
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'awards'; END;

-- trigger awards_stamp_on_update
CREATE TRIGGER awards_stamp_on_update AFTER UPDATE ON awards
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'awards'; END;

-- trigger awards_within_fund
CREATE TRIGGER awards_within_fund BEFORE INSERT ON awards
     WHEN EXISTS (SELECT 1 FROM funds f WHERE f.id = NEW.fund_id AND (NEW.award_date < (substr(f.first_financial_year, 1, 4) || '-04-01') OR NEW.award_date > min(f.end_date, printf('%04d-03-31', CAST(substr(f.last_financial_year, 1, 4) AS INTEGER) + 1)) OR NEW.planned_start < (substr(f.first_financial_year, 1, 4) || '-04-01') OR NEW.planned_end > min(f.end_date, printf('%04d-03-31', CAST(substr(f.last_financial_year, 1, 4) AS INTEGER) + 1))))
     BEGIN SELECT RAISE(ABORT, 'An award''s date and planned period must lie within its fund''s period'); END;

-- trigger awards_within_fund_on_update
CREATE TRIGGER awards_within_fund_on_update BEFORE UPDATE OF fund_id, award_date, planned_start, planned_end ON awards
     WHEN EXISTS (SELECT 1 FROM funds f WHERE f.id = NEW.fund_id AND (NEW.award_date < (substr(f.first_financial_year, 1, 4) || '-04-01') OR NEW.award_date > min(f.end_date, printf('%04d-03-31', CAST(substr(f.last_financial_year, 1, 4) AS INTEGER) + 1)) OR NEW.planned_start < (substr(f.first_financial_year, 1, 4) || '-04-01') OR NEW.planned_end > min(f.end_date, printf('%04d-03-31', CAST(substr(f.last_financial_year, 1, 4) AS INTEGER) + 1))))
     BEGIN SELECT RAISE(ABORT, 'An award''s date and planned period must lie within its fund''s period'); END;

-- trigger balance_targets_stamp_on_delete
CREATE TRIGGER balance_targets_stamp_on_delete AFTER DELETE ON balance_targets
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'balance_targets'; END;

-- trigger balance_targets_stamp_on_insert
CREATE TRIGGER balance_targets_stamp_on_insert AFTER INSERT ON balance_targets
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'balance_targets'; END;

-- trigger balance_targets_stamp_on_update
CREATE TRIGGER balance_targets_stamp_on_update AFTER UPDATE ON balance_targets
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'balance_targets'; END;

-- trigger briefing_pack_documents_no_delete
CREATE TRIGGER briefing_pack_documents_no_delete BEFORE DELETE ON briefing_pack_documents
     BEGIN SELECT RAISE(ABORT, 'Briefing pack document entries are append-only and cannot be deleted'); END;

-- trigger briefing_pack_documents_no_update
CREATE TRIGGER briefing_pack_documents_no_update BEFORE UPDATE ON briefing_pack_documents
     BEGIN SELECT RAISE(ABORT, 'Briefing pack document entries are append-only and cannot be changed'); END;

-- trigger briefing_pack_documents_same_hash
CREATE TRIGGER briefing_pack_documents_same_hash BEFORE INSERT ON briefing_pack_documents
     WHEN NEW.content_hash IS NOT (SELECT content_hash FROM briefing_packs WHERE id = NEW.pack_id)
     BEGIN SELECT RAISE(ABORT, 'A briefing pack document must carry its pack''s content hash'); END;

-- trigger briefing_packs_no_delete
CREATE TRIGGER briefing_packs_no_delete BEFORE DELETE ON briefing_packs
     BEGIN SELECT RAISE(ABORT, 'Briefing pack entries are append-only and cannot be deleted'); END;

-- trigger briefing_packs_no_update
CREATE TRIGGER briefing_packs_no_update BEFORE UPDATE ON briefing_packs
     BEGIN SELECT RAISE(ABORT, 'Briefing pack entries are append-only and cannot be changed'); END;

-- trigger framework_elements_stamp_on_delete
CREATE TRIGGER framework_elements_stamp_on_delete AFTER DELETE ON framework_elements
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'framework_elements'; END;

-- trigger framework_elements_stamp_on_insert
CREATE TRIGGER framework_elements_stamp_on_insert AFTER INSERT ON framework_elements
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'framework_elements'; END;

-- trigger framework_elements_stamp_on_update
CREATE TRIGGER framework_elements_stamp_on_update AFTER UPDATE ON framework_elements
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'framework_elements'; END;

-- trigger framework_versions_stamp_on_delete
CREATE TRIGGER framework_versions_stamp_on_delete AFTER DELETE ON framework_versions
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'framework_versions'; END;

-- trigger framework_versions_stamp_on_insert
CREATE TRIGGER framework_versions_stamp_on_insert AFTER INSERT ON framework_versions
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'framework_versions'; END;

-- trigger framework_versions_stamp_on_update
CREATE TRIGGER framework_versions_stamp_on_update AFTER UPDATE ON framework_versions
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'framework_versions'; END;

-- trigger frameworks_stamp_on_delete
CREATE TRIGGER frameworks_stamp_on_delete AFTER DELETE ON frameworks
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'frameworks'; END;

-- trigger frameworks_stamp_on_insert
CREATE TRIGGER frameworks_stamp_on_insert AFTER INSERT ON frameworks
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'frameworks'; END;

-- trigger frameworks_stamp_on_update
CREATE TRIGGER frameworks_stamp_on_update AFTER UPDATE ON frameworks
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'frameworks'; END;

-- trigger funds_end_date_in_years
CREATE TRIGGER funds_end_date_in_years BEFORE INSERT ON funds
     WHEN NEW.end_date < (substr(NEW.first_financial_year, 1, 4) || '-04-01') OR NEW.end_date > printf('%04d-03-31', CAST(substr(NEW.last_financial_year, 1, 4) AS INTEGER) + 1)
     BEGIN SELECT RAISE(ABORT, 'A fund''s end date must lie within its financial years'); END;

-- trigger funds_end_date_in_years_on_update
CREATE TRIGGER funds_end_date_in_years_on_update BEFORE UPDATE OF first_financial_year, last_financial_year, end_date ON funds
     WHEN NEW.end_date < (substr(NEW.first_financial_year, 1, 4) || '-04-01') OR NEW.end_date > printf('%04d-03-31', CAST(substr(NEW.last_financial_year, 1, 4) AS INTEGER) + 1)
     BEGIN SELECT RAISE(ABORT, 'A fund''s end date must lie within its financial years'); END;

-- trigger funds_keep_awards_in_period
CREATE TRIGGER funds_keep_awards_in_period BEFORE UPDATE OF first_financial_year, last_financial_year, end_date ON funds
     WHEN EXISTS (SELECT 1 FROM awards a WHERE a.fund_id = NEW.id AND (a.award_date < (substr(NEW.first_financial_year, 1, 4) || '-04-01') OR a.award_date > min(NEW.end_date, printf('%04d-03-31', CAST(substr(NEW.last_financial_year, 1, 4) AS INTEGER) + 1)) OR a.planned_start < (substr(NEW.first_financial_year, 1, 4) || '-04-01') OR a.planned_end > min(NEW.end_date, printf('%04d-03-31', CAST(substr(NEW.last_financial_year, 1, 4) AS INTEGER) + 1))))
     BEGIN SELECT RAISE(ABORT, 'An award''s date and planned period must lie within its fund''s period'); END;

-- trigger funds_stamp_on_delete
CREATE TRIGGER funds_stamp_on_delete AFTER DELETE ON funds
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'funds'; END;

-- trigger funds_stamp_on_insert
CREATE TRIGGER funds_stamp_on_insert AFTER INSERT ON funds
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'funds'; END;

-- trigger funds_stamp_on_update
CREATE TRIGGER funds_stamp_on_update AFTER UPDATE ON funds
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'funds'; END;

-- trigger indicator_identities_stamp_on_delete
CREATE TRIGGER indicator_identities_stamp_on_delete AFTER DELETE ON indicator_identities
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicator_identities'; END;

-- trigger indicator_identities_stamp_on_insert
CREATE TRIGGER indicator_identities_stamp_on_insert AFTER INSERT ON indicator_identities
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicator_identities'; END;

-- trigger indicator_identities_stamp_on_update
CREATE TRIGGER indicator_identities_stamp_on_update AFTER UPDATE ON indicator_identities
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicator_identities'; END;

-- trigger indicator_targets_stamp_on_delete
CREATE TRIGGER indicator_targets_stamp_on_delete AFTER DELETE ON indicator_targets
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicator_targets'; END;

-- trigger indicator_targets_stamp_on_insert
CREATE TRIGGER indicator_targets_stamp_on_insert AFTER INSERT ON indicator_targets
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicator_targets'; END;

-- trigger indicator_targets_stamp_on_update
CREATE TRIGGER indicator_targets_stamp_on_update AFTER UPDATE ON indicator_targets
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicator_targets'; END;

-- trigger indicators_stamp_on_delete
CREATE TRIGGER indicators_stamp_on_delete AFTER DELETE ON indicators
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicators'; END;

-- trigger indicators_stamp_on_insert
CREATE TRIGGER indicators_stamp_on_insert AFTER INSERT ON indicators
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicators'; END;

-- trigger indicators_stamp_on_update
CREATE TRIGGER indicators_stamp_on_update AFTER UPDATE ON indicators
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'indicators'; END;

-- trigger instalments_within_award
CREATE TRIGGER instalments_within_award BEFORE INSERT ON instalments
     WHEN EXISTS (SELECT 1 FROM awards a WHERE a.id = NEW.award_id AND (NEW.due_date < a.planned_start OR NEW.due_date > a.planned_end))
     BEGIN SELECT RAISE(ABORT, 'An instalment must fall due within its award''s planned period'); END;

-- trigger instalments_within_award_on_update
CREATE TRIGGER instalments_within_award_on_update BEFORE UPDATE OF award_id, due_date ON instalments
     WHEN EXISTS (SELECT 1 FROM awards a WHERE a.id = NEW.award_id AND (NEW.due_date < a.planned_start OR NEW.due_date > a.planned_end))
     BEGIN SELECT RAISE(ABORT, 'An instalment must fall due within its award''s planned period'); END;

-- trigger ledger_approval_not_before_payment
CREATE TRIGGER ledger_approval_not_before_payment BEFORE INSERT ON ledger_entries WHEN NEW.entry_type = 'approval' AND NEW.entry_date < (SELECT entry_date FROM ledger_entries WHERE id = NEW.payment_id) BEGIN SELECT RAISE(ABORT, 'An approval cannot be dated before the payment it approves'); END;

-- trigger ledger_checker_is_not_maker
CREATE TRIGGER ledger_checker_is_not_maker BEFORE INSERT ON ledger_entries WHEN NEW.entry_type IN ('approval','release') AND NEW.actor_user_id = (SELECT actor_user_id FROM ledger_entries WHERE id = NEW.payment_id) BEGIN SELECT RAISE(ABORT, 'A payment must be approved and released by someone other than the person who recorded it'); END;

-- trigger ledger_clawback_after_a_release
CREATE TRIGGER ledger_clawback_after_a_release BEFORE INSERT ON ledger_corrections WHEN NEW.kind = 'clawback' AND NEW.correction_date < coalesce((SELECT min(entry_date) FROM ledger_entries WHERE award_id = NEW.award_id AND entry_type = 'release'), '9999-12-31') BEGIN SELECT RAISE(ABORT, 'A clawback must be dated on or after money was released on the award'); END;

-- trigger ledger_correction_approval_not_before_correction
CREATE TRIGGER ledger_correction_approval_not_before_correction BEFORE INSERT ON ledger_entries WHEN NEW.correction_id IS NOT NULL AND NEW.entry_date < (SELECT correction_date FROM ledger_corrections WHERE id = NEW.correction_id) BEGIN SELECT RAISE(ABORT, 'A reversal or clawback cannot be approved with a date before it was recorded for'); END;

-- trigger ledger_correction_checker_is_not_maker
CREATE TRIGGER ledger_correction_checker_is_not_maker BEFORE INSERT ON ledger_entries WHEN NEW.correction_id IS NOT NULL AND NEW.actor_user_id = (SELECT recorded_by FROM ledger_corrections WHERE id = NEW.correction_id) BEGIN SELECT RAISE(ABORT, 'A reversal or clawback must be approved by someone other than the person who recorded it'); END;

-- trigger ledger_correction_needs_a_second_person
CREATE TRIGGER ledger_correction_needs_a_second_person BEFORE INSERT ON ledger_entries WHEN NEW.entry_type IN ('reversal','clawback') AND (NEW.correction_id IS NULL OR NOT EXISTS (SELECT 1 FROM ledger_corrections c
        WHERE c.id = NEW.correction_id AND c.kind = NEW.entry_type AND c.award_id = NEW.award_id
          AND (c.kind = 'clawback' OR (c.payment_id = NEW.payment_id AND c.amount_pence = NEW.gross_pence))
          AND (c.kind = 'reversal' OR (c.amount_pence = NEW.gross_pence AND NEW.fee_pence = 0)))) BEGIN SELECT RAISE(ABORT, 'A reversal or clawback counts only when a different person approves a recorded correction'); END;

-- trigger ledger_correction_refers_to_a_payment
CREATE TRIGGER ledger_correction_refers_to_a_payment BEFORE INSERT ON ledger_corrections WHEN NEW.payment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.payment_id AND entry_type = 'payment' AND award_id = NEW.award_id) BEGIN SELECT RAISE(ABORT, 'A correction must refer to a payment of the same award'); END;

-- trigger ledger_corrections_no_delete
CREATE TRIGGER ledger_corrections_no_delete BEFORE DELETE ON ledger_corrections
     BEGIN SELECT RAISE(ABORT, 'Ledger correction entries are append-only and cannot be deleted'); END;

-- trigger ledger_corrections_no_update
CREATE TRIGGER ledger_corrections_no_update BEFORE UPDATE ON ledger_corrections
     BEGIN SELECT RAISE(ABORT, 'Ledger correction entries are append-only and cannot be changed'); END;

-- trigger ledger_entries_no_delete
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
     BEGIN SELECT RAISE(ABORT, 'Ledger entries are append-only and cannot be deleted'); END;

-- trigger ledger_entries_no_update
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
     BEGIN SELECT RAISE(ABORT, 'Ledger entries are append-only and cannot be changed'); END;

-- trigger ledger_no_fee_on_zero_cost_fund
CREATE TRIGGER ledger_no_fee_on_zero_cost_fund BEFORE INSERT ON ledger_entries
     WHEN NEW.fee_pence <> 0 AND (SELECT f.zero_transaction_cost FROM awards a JOIN funds f ON f.id = a.fund_id WHERE a.id = NEW.award_id) = 1
     BEGIN SELECT RAISE(ABORT, 'A zero-transaction-cost fund cannot carry fees or deductions'); END;

-- trigger ledger_nothing_after_reversal
CREATE TRIGGER ledger_nothing_after_reversal BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type IN ('approval','release') AND EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'reversal')
     BEGIN SELECT RAISE(ABORT, 'A reversed payment cannot be approved or released'); END;

-- trigger ledger_payment_not_before_award
CREATE TRIGGER ledger_payment_not_before_award BEFORE INSERT ON ledger_entries WHEN NEW.entry_type = 'payment' AND NEW.entry_date < (SELECT award_date FROM awards WHERE id = NEW.award_id) BEGIN SELECT RAISE(ABORT, 'A payment cannot be dated before its award'); END;

-- trigger ledger_payment_waits_for_its_reversal
CREATE TRIGGER ledger_payment_waits_for_its_reversal BEFORE INSERT ON ledger_entries WHEN NEW.entry_type IN ('approval','release') AND EXISTS (SELECT 1 FROM ledger_corrections c
  WHERE c.kind = 'reversal' AND c.payment_id = NEW.payment_id
    AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.correction_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.correction_id = c.id)) BEGIN SELECT RAISE(ABORT, 'A payment with a reversal waiting for approval cannot be approved or released'); END;

-- trigger ledger_refers_to_a_payment
CREATE TRIGGER ledger_refers_to_a_payment BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type IN ('approval','release','reversal') AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.payment_id AND entry_type = 'payment' AND award_id = NEW.award_id)
     BEGIN SELECT RAISE(ABORT, 'Approvals, releases and reversals must refer to a payment of the same award'); END;

-- trigger ledger_release_after_approval
CREATE TRIGGER ledger_release_after_approval BEFORE INSERT ON ledger_entries
     WHEN NEW.entry_type = 'release' AND NOT EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval')
     BEGIN SELECT RAISE(ABORT, 'A payment can only be released after it has been approved'); END;

-- trigger ledger_release_not_before_approval
CREATE TRIGGER ledger_release_not_before_approval BEFORE INSERT ON ledger_entries WHEN NEW.entry_type = 'release' AND NEW.entry_date < (SELECT max(entry_date) FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'approval') BEGIN SELECT RAISE(ABORT, 'A release cannot be dated before its approval'); END;

-- trigger ledger_return_not_before_entry
CREATE TRIGGER ledger_return_not_before_entry BEFORE INSERT ON ledger_returns WHEN NEW.return_date < coalesce((SELECT entry_date FROM ledger_entries WHERE id = NEW.payment_id), (SELECT correction_date FROM ledger_corrections WHERE id = NEW.correction_id)) BEGIN SELECT RAISE(ABORT, 'An entry cannot be returned with a date before it was recorded for'); END;

-- trigger ledger_return_not_by_recorder
CREATE TRIGGER ledger_return_not_by_recorder BEFORE INSERT ON ledger_returns WHEN NEW.returned_by = coalesce((SELECT actor_user_id FROM ledger_entries WHERE id = NEW.payment_id), (SELECT recorded_by FROM ledger_corrections WHERE id = NEW.correction_id)) BEGIN SELECT RAISE(ABORT, 'An entry is returned by someone other than the person who recorded it'); END;

-- trigger ledger_return_only_while_waiting
CREATE TRIGGER ledger_return_only_while_waiting BEFORE INSERT ON ledger_returns WHEN (NEW.payment_id IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.payment_id AND entry_type = 'payment')
          OR EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type IN ('release','reversal'))
          OR EXISTS (SELECT 1 FROM ledger_corrections c
  WHERE c.kind = 'reversal' AND c.payment_id = NEW.payment_id
    AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.correction_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.correction_id = c.id))))
        OR (NEW.correction_id IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_entries WHERE correction_id = NEW.correction_id)) BEGIN SELECT RAISE(ABORT, 'Only a payment or correction that is still waiting can be returned'); END;

-- trigger ledger_returned_correction_is_closed
CREATE TRIGGER ledger_returned_correction_is_closed BEFORE INSERT ON ledger_entries WHEN NEW.correction_id IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_returns WHERE correction_id = NEW.correction_id) BEGIN SELECT RAISE(ABORT, 'A returned correction cannot be approved'); END;

-- trigger ledger_returned_payment_is_closed
CREATE TRIGGER ledger_returned_payment_is_closed BEFORE INSERT ON ledger_entries WHEN NEW.entry_type IN ('approval','release') AND EXISTS (SELECT 1 FROM ledger_returns WHERE payment_id = NEW.payment_id) BEGIN SELECT RAISE(ABORT, 'A returned payment cannot be approved or released'); END;

-- trigger ledger_returns_no_delete
CREATE TRIGGER ledger_returns_no_delete BEFORE DELETE ON ledger_returns
     BEGIN SELECT RAISE(ABORT, 'Ledger return entries are append-only and cannot be deleted'); END;

-- trigger ledger_returns_no_update
CREATE TRIGGER ledger_returns_no_update BEFORE UPDATE ON ledger_returns
     BEGIN SELECT RAISE(ABORT, 'Ledger return entries are append-only and cannot be changed'); END;

-- trigger ledger_reversal_is_whole_payment
CREATE TRIGGER ledger_reversal_is_whole_payment BEFORE INSERT ON ledger_corrections WHEN NEW.kind = 'reversal' AND NEW.amount_pence <> (SELECT gross_pence FROM ledger_entries WHERE id = NEW.payment_id) BEGIN SELECT RAISE(ABORT, 'A reversal reverses the whole payment'); END;

-- trigger ledger_reversal_not_before_payment
CREATE TRIGGER ledger_reversal_not_before_payment BEFORE INSERT ON ledger_corrections WHEN NEW.kind = 'reversal' AND NEW.correction_date < (SELECT max(entry_date) FROM ledger_entries WHERE id = NEW.payment_id OR (payment_id = NEW.payment_id AND entry_type IN ('approval','release'))) BEGIN SELECT RAISE(ABORT, 'A reversal cannot be dated before the payment it corrects'); END;

-- trigger ledger_reversal_of_a_live_payment
CREATE TRIGGER ledger_reversal_of_a_live_payment BEFORE INSERT ON ledger_corrections WHEN NEW.kind = 'reversal' AND (EXISTS (SELECT 1 FROM ledger_entries WHERE payment_id = NEW.payment_id AND entry_type = 'reversal')
        OR EXISTS (SELECT 1 FROM ledger_returns WHERE payment_id = NEW.payment_id) OR EXISTS (SELECT 1 FROM ledger_corrections c
  WHERE c.kind = 'reversal' AND c.payment_id = NEW.payment_id
    AND NOT EXISTS (SELECT 1 FROM ledger_entries x WHERE x.correction_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM ledger_returns r WHERE r.correction_id = c.id))) BEGIN SELECT RAISE(ABORT, 'This payment is already reversed, returned or has a reversal waiting for approval'); END;

-- trigger ledger_waiting_on_approval
CREATE TRIGGER ledger_waiting_on_approval AFTER INSERT ON ledger_entries WHEN NEW.entry_type = 'approval'
     BEGIN UPDATE ledger_waiting SET stage = 'approved' WHERE kind = 'payment' AND entry_id = NEW.payment_id; END;

-- trigger ledger_waiting_on_correction
CREATE TRIGGER ledger_waiting_on_correction AFTER INSERT ON ledger_corrections
     BEGIN INSERT INTO ledger_waiting (kind, entry_id, award_id, payment_id, stage) VALUES (NEW.kind, NEW.id, NEW.award_id, NEW.payment_id, 'pending_approval'); END;

-- trigger ledger_waiting_on_correction_approved
CREATE TRIGGER ledger_waiting_on_correction_approved AFTER INSERT ON ledger_entries WHEN NEW.correction_id IS NOT NULL
     BEGIN DELETE FROM ledger_waiting WHERE kind IN ('reversal','clawback') AND entry_id = NEW.correction_id; END;

-- trigger ledger_waiting_on_correction_return
CREATE TRIGGER ledger_waiting_on_correction_return AFTER INSERT ON ledger_returns WHEN NEW.correction_id IS NOT NULL
     BEGIN DELETE FROM ledger_waiting WHERE kind IN ('reversal','clawback') AND entry_id = NEW.correction_id; END;

-- trigger ledger_waiting_on_payment
CREATE TRIGGER ledger_waiting_on_payment AFTER INSERT ON ledger_entries WHEN NEW.entry_type = 'payment'
     BEGIN INSERT INTO ledger_waiting (kind, entry_id, award_id, payment_id, stage) VALUES ('payment', NEW.id, NEW.award_id, NEW.id, 'pending_approval'); END;

-- trigger ledger_waiting_on_payment_return
CREATE TRIGGER ledger_waiting_on_payment_return AFTER INSERT ON ledger_returns WHEN NEW.payment_id IS NOT NULL
     BEGIN DELETE FROM ledger_waiting WHERE kind = 'payment' AND entry_id = NEW.payment_id; END;

-- trigger ledger_waiting_on_release_or_reversal
CREATE TRIGGER ledger_waiting_on_release_or_reversal AFTER INSERT ON ledger_entries WHEN NEW.entry_type IN ('release','reversal')
     BEGIN DELETE FROM ledger_waiting WHERE kind = 'payment' AND entry_id = NEW.payment_id; END;

-- trigger observation_withdrawals_no_delete
CREATE TRIGGER observation_withdrawals_no_delete BEFORE DELETE ON observation_withdrawals
     BEGIN SELECT RAISE(ABORT, 'Observation withdrawal entries are append-only and cannot be deleted'); END;

-- trigger observation_withdrawals_no_update
CREATE TRIGGER observation_withdrawals_no_update BEFORE UPDATE ON observation_withdrawals
     BEGIN SELECT RAISE(ABORT, 'Observation withdrawal entries are append-only and cannot be changed'); END;

-- trigger observation_withdrawals_stamp_on_delete
CREATE TRIGGER observation_withdrawals_stamp_on_delete AFTER DELETE ON observation_withdrawals
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'observation_withdrawals'; END;

-- trigger observation_withdrawals_stamp_on_insert
CREATE TRIGGER observation_withdrawals_stamp_on_insert AFTER INSERT ON observation_withdrawals
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'observation_withdrawals'; END;

-- trigger observation_withdrawals_stamp_on_update
CREATE TRIGGER observation_withdrawals_stamp_on_update AFTER UPDATE ON observation_withdrawals
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'observation_withdrawals'; END;

-- trigger observations_no_delete
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
     BEGIN SELECT RAISE(ABORT, 'Observation entries are append-only and cannot be deleted'); END;

-- trigger observations_no_update
CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations
     BEGIN SELECT RAISE(ABORT, 'Observation entries are append-only and cannot be changed'); END;

-- trigger observations_stamp_on_delete
CREATE TRIGGER observations_stamp_on_delete AFTER DELETE ON observations
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'observations'; END;

-- trigger observations_stamp_on_insert
CREATE TRIGGER observations_stamp_on_insert AFTER INSERT ON observations
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'observations'; END;

-- trigger observations_stamp_on_update
CREATE TRIGGER observations_stamp_on_update AFTER UPDATE ON observations
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'observations'; END;

-- trigger partner_due_diligence_no_delete
CREATE TRIGGER partner_due_diligence_no_delete BEFORE DELETE ON partner_due_diligence
     BEGIN SELECT RAISE(ABORT, 'Due-diligence entries are append-only and cannot be deleted'); END;

-- trigger partner_due_diligence_no_update
CREATE TRIGGER partner_due_diligence_no_update BEFORE UPDATE ON partner_due_diligence
     BEGIN SELECT RAISE(ABORT, 'Due-diligence entries are append-only and cannot be changed'); END;

-- trigger partners_stamp_on_delete
CREATE TRIGGER partners_stamp_on_delete AFTER DELETE ON partners
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'partners'; END;

-- trigger partners_stamp_on_insert
CREATE TRIGGER partners_stamp_on_insert AFTER INSERT ON partners
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'partners'; END;

-- trigger partners_stamp_on_update
CREATE TRIGGER partners_stamp_on_update AFTER UPDATE ON partners
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'partners'; END;

-- trigger programme_areas_stamp_on_delete
CREATE TRIGGER programme_areas_stamp_on_delete AFTER DELETE ON programme_areas
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_areas'; END;

-- trigger programme_areas_stamp_on_insert
CREATE TRIGGER programme_areas_stamp_on_insert AFTER INSERT ON programme_areas
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_areas'; END;

-- trigger programme_areas_stamp_on_update
CREATE TRIGGER programme_areas_stamp_on_update AFTER UPDATE ON programme_areas
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_areas'; END;

-- trigger programme_funding_lines_stamp_on_delete
CREATE TRIGGER programme_funding_lines_stamp_on_delete AFTER DELETE ON programme_funding_lines
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_funding_lines'; END;

-- trigger programme_funding_lines_stamp_on_insert
CREATE TRIGGER programme_funding_lines_stamp_on_insert AFTER INSERT ON programme_funding_lines
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_funding_lines'; END;

-- trigger programme_funding_lines_stamp_on_update
CREATE TRIGGER programme_funding_lines_stamp_on_update AFTER UPDATE ON programme_funding_lines
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_funding_lines'; END;

-- trigger programme_milestones_stamp_on_delete
CREATE TRIGGER programme_milestones_stamp_on_delete AFTER DELETE ON programme_milestones
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_milestones'; END;

-- trigger programme_milestones_stamp_on_insert
CREATE TRIGGER programme_milestones_stamp_on_insert AFTER INSERT ON programme_milestones
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_milestones'; END;

-- trigger programme_milestones_stamp_on_update
CREATE TRIGGER programme_milestones_stamp_on_update AFTER UPDATE ON programme_milestones
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programme_milestones'; END;

-- trigger programmes_stamp_on_delete
CREATE TRIGGER programmes_stamp_on_delete AFTER DELETE ON programmes
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programmes'; END;

-- trigger programmes_stamp_on_insert
CREATE TRIGGER programmes_stamp_on_insert AFTER INSERT ON programmes
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programmes'; END;

-- trigger programmes_stamp_on_update
CREATE TRIGGER programmes_stamp_on_update AFTER UPDATE ON programmes
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = 'programmes'; END;

-- trigger users_no_admin_finance_role
CREATE TRIGGER users_no_admin_finance_role BEFORE UPDATE OF role ON users
     WHEN (OLD.role = 'admin' AND NEW.role IN ('finance_officer', 'finance_approver'))
       OR (NEW.role = 'admin' AND OLD.role IN ('finance_officer', 'finance_approver'))
     BEGIN SELECT RAISE(ABORT, 'An administrator cannot also hold a finance role: use a separate account'); END;
