import type { Generated } from 'kysely';
import type { AwardAreasTable, AwardLedgerTotalsTable, AwardsTable, FundsTable, IdempotencyKeysTable, InstalmentsTable, LedgerCorrectionsTable, LedgerEntriesTable, LedgerReturnsTable, LedgerWaitingTable } from './schema-grants';

/** The grants and payment-ledger tables live in schema-grants.ts. */
export type * from './schema-grants';

/** Kysely table types. Money columns are integer pence; timestamps are UTC ISO-8601 text. */
export interface WorkspaceSettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  passphrase_hash: string;
  disabled: Generated<number>;
  /** 1 while the passphrase is one an administrator set: the user must choose their own first. */
  must_change_passphrase: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** Failed sign-ins per username (lower case) and per client address; see core/identity/throttle.ts. */
export interface SignInThrottleTable {
  scope: 'username' | 'address';
  key: string;
  failures: number;
  first_failure_at: string;
  last_failure_at: string;
  locked_until: string | null;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  channel: string;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
  /** When the session was last used (idle limit); set from created_at for sessions older than migration 0016. */
  last_seen_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  channel: string;
  request_id: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface AreasTable {
  code: string;
  name: string;
  area_type: string;
  parent_code: string | null;
  vintage: string | null;
  verified: Generated<number>;
  note: string | null;
}

export interface PartnersTable {
  id: Generated<number>;
  name: string;
  organisation_type: string;
  org_id: string | null;
  charity_number: string | null;
  company_number: string | null;
  ward_code: string | null;
  locality: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProgrammesTable {
  id: Generated<number>;
  code: string;
  name: string;
  summary: Generated<string>;
  programme_type: string;
  status: string;
  lead_officer: Generated<string>;
  senior_responsible_owner: Generated<string>;
  start_date: string | null;
  end_date: string | null;
  borough_code: string | null;
  archived_at: string | null;
  archive_reason: string | null;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ProgrammeFundingLinesTable {
  id: Generated<number>;
  programme_id: number;
  position: number;
  source: string;
  pillar_code: string | null;
  financial_year: string;
  spend_type: string;
  amount_pence: number;
  certainty: string;
  note: Generated<string>;
}

export interface ProgrammeMilestonesTable {
  id: Generated<number>;
  programme_id: number;
  position: number;
  title: string;
  due_date: string;
  target_value: number | null;
  unit: Generated<string>;
  status: string;
  actual_value: number | null;
}

export interface ProgrammeAreasTable {
  programme_id: number;
  area_code: string;
}

export interface ProgrammePartnersTable {
  programme_id: number;
  partner_id: number;
  role: Generated<string>;
}

export interface ProgrammeRisksTable {
  id: Generated<number>;
  programme_id: number;
  position: number;
  description: string;
  likelihood: number;
  impact: number;
  owner: Generated<string>;
  mitigation: Generated<string>;
}

export interface ProgrammeSourcesTable {
  id: Generated<number>;
  programme_id: number;
  position: number;
  title: string;
  url: string | null;
  document: string | null;
  source_date: string | null;
  figure: Generated<string>;
}

export interface FrameworksTable {
  id: Generated<number>;
  code: string;
  title: string;
  owner: string;
  description: Generated<string>;
  created_at: string;
}

export interface FrameworkVersionsTable {
  id: Generated<number>;
  framework_id: number;
  label: string;
  status: string;
  from_financial_year: string;
  based_on_version_id: number | null;
  published_at: string | null;
  created_at: string;
}

export interface FrameworkElementsTable {
  id: Generated<number>;
  version_id: number;
  parent_id: number | null;
  kind: string;
  code: string;
  title: string;
  description: Generated<string>;
  position: Generated<number>;
  illustrative: Generated<number>;
}

export interface FrameworkFundingLinesTable {
  id: Generated<number>;
  version_id: number;
  element_id: number;
  fund: string;
  home_department: Generated<string>;
  allocation_mechanism: Generated<string>;
  financial_year: string;
  spend_type: string;
  amount_pence: number | null;
  source_title: Generated<string>;
  source_url: string | null;
}

export interface IndicatorIdentitiesTable {
  id: Generated<number>;
  framework_id: number;
  code: string;
}

export interface IndicatorsTable {
  id: Generated<number>;
  identity_id: number;
  version_id: number;
  element_id: number | null;
  title: string;
  definition: Generated<string>;
  kind: string;
  tier: number | null;
  unit: string;
  polarity: string;
  numerator: Generated<string>;
  denominator: Generated<string>;
  data_source: Generated<string>;
  frequency: string;
  geography_level: string;
  baseline_value: number | null;
  baseline_period: string | null;
  tolerance_percent: Generated<number>;
  comparator: Generated<string>;
  owner: Generated<string>;
  last_reviewed: string | null;
  illustrative: Generated<number>;
}

export interface IndicatorTargetsTable {
  indicator_id: number;
  period: string;
  value: number;
}

export interface ObservationsTable {
  id: Generated<number>;
  identity_id: number;
  period: string;
  area_code: string;
  area_vintage: string | null;
  revision: number;
  value: number;
  status: string;
  source_note: Generated<string>;
  commentary: Generated<string>;
  recorded_at: string;
  recorded_by: number | null;
}

export interface ObservationWithdrawalsTable {
  id: Generated<number>;
  observation_id: number;
  reason: string;
  withdrawn_at: string;
  withdrawn_by: number | null;
}

export interface PartnerDueDiligenceTable {
  id: Generated<number>;
  partner_id: number;
  checks_json: string;
  checked_by: string;
  checked_on: string;
  expires_on: string;
  notes: Generated<string>;
  recorded_at: string;
  recorded_by: number | null;
}

export interface AlignmentLinksTable {
  id: Generated<number>;
  programme_id: number | null;
  from_indicator_id: number | null;
  target_type: 'mission' | 'priority' | 'outcome' | 'indicator';
  target_framework_code: string;
  target_code: string;
  strength: 'primary' | 'secondary' | 'enabling' | null;
  relation: 'equivalent' | 'contributes_to' | 'proxy' | null;
  rationale: Generated<string>;
  evidence: Generated<string>;
  created_by: number | null;
  created_at: string;
  removed_by: number | null;
  removed_at: string | null;
}

export interface FindingAcknowledgementsTable {
  id: Generated<number>;
  finding_key: string;
  fingerprint: string;
  reason: string;
  acknowledged_by: number;
  acknowledged_at: string;
}

export interface BalanceTargetsTable {
  id: Generated<number>;
  dimension: 'mission' | 'pillar';
  code: string;
  target_share: number;
  tolerance: Generated<number>;
  set_by: number | null;
  set_at: string;
}

export interface BriefingPacksTable {
  id: Generated<number>;
  title: string;
  audience: 'gmca' | 'cabinet' | 'scrutiny';
  period_label: string;
  as_of: string;
  audit_head_hash: string;
  audit_entries: number;
  composition_json: string;
  data_json: string;
  content_hash: string;
  created_by: number;
  created_at: string;
}

/** The composed document of a pack, stored with it (0014); content_hash is a copy of the pack's. */
export interface BriefingPackDocumentsTable {
  pack_id: number;
  document_json: string;
  content_hash: string;
}

/** One row per table the alignment check reads; a trigger replaces the stamp on every change (0013). */
export interface ChangeStampsTable {
  table_name: string;
  stamp: number;
}

export interface DB {
  workspace_settings: WorkspaceSettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  areas: AreasTable;
  partners: PartnersTable;
  programmes: ProgrammesTable;
  programme_funding_lines: ProgrammeFundingLinesTable;
  programme_milestones: ProgrammeMilestonesTable;
  programme_areas: ProgrammeAreasTable;
  programme_partners: ProgrammePartnersTable;
  programme_risks: ProgrammeRisksTable;
  programme_sources: ProgrammeSourcesTable;
  frameworks: FrameworksTable;
  framework_versions: FrameworkVersionsTable;
  framework_elements: FrameworkElementsTable;
  framework_funding_lines: FrameworkFundingLinesTable;
  indicator_identities: IndicatorIdentitiesTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  observations: ObservationsTable;
  observation_withdrawals: ObservationWithdrawalsTable;
  partner_due_diligence: PartnerDueDiligenceTable;
  funds: FundsTable;
  awards: AwardsTable;
  award_areas: AwardAreasTable;
  instalments: InstalmentsTable;
  ledger_entries: LedgerEntriesTable;
  idempotency_keys: IdempotencyKeysTable;
  alignment_links: AlignmentLinksTable;
  finding_acknowledgements: FindingAcknowledgementsTable;
  balance_targets: BalanceTargetsTable;
  briefing_packs: BriefingPacksTable;
  briefing_pack_documents: BriefingPackDocumentsTable;
  award_ledger_totals: AwardLedgerTotalsTable;
  ledger_corrections: LedgerCorrectionsTable;
  ledger_returns: LedgerReturnsTable;
  ledger_waiting: LedgerWaitingTable;
  sign_in_throttle: SignInThrottleTable;
  change_stamps: ChangeStampsTable;
}
