/**
 * Vocabulary labels for the renderer. Copied from core/programmes/vocabulary.ts,
 * core/shared/roles.ts and core/alignment/ (schemas.ts, report.ts, router.ts) — the renderer may
 * import only types from core. Keep the values identical (test/ui/labels-match-core.test.ts).
 */
export const PROGRAMME_TYPES = ['devolved_programme', 'growth_location', 'development_zone', 'capital_scheme', 'service_improvement', 'other'] as const;
export const PROGRAMME_STATUSES = ['proposed', 'active', 'paused', 'closed'] as const;
export const FUNDING_SOURCES = ['is_pillar', 'gmca', 'dwp', 'arts_council', 'council', 'nhs', 'other'] as const;
export const PILLARS = ['local_growth_place', 'local_transport', 'adult_skills', 'housing_regeneration', 'employment_support', 'buildings_retrofit'] as const;
export const SPEND_TYPES = ['revenue', 'capital'] as const;
export const CERTAINTIES = ['planned', 'confirmed'] as const;
export const MILESTONE_STATUSES = ['not_started', 'on_track', 'at_risk', 'achieved', 'missed'] as const;
export const ROLES = ['admin', 'strategy_officer', 'finance_officer', 'finance_approver', 'leader'] as const;

export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export type PillarCode = (typeof PILLARS)[number];
export type SpendType = (typeof SPEND_TYPES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export type Role = (typeof ROLES)[number];

export const PROGRAMME_TYPE_LABELS: Record<ProgrammeType, string> = {
  devolved_programme: 'Devolved programme',
  growth_location: 'Growth location',
  development_zone: 'Development zone',
  capital_scheme: 'Capital scheme',
  service_improvement: 'Service improvement',
  other: 'Other',
};

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  paused: 'Paused',
  closed: 'Closed',
};

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  is_pillar: 'Integrated Settlement pillar',
  gmca: 'GMCA',
  dwp: 'DWP',
  arts_council: 'Arts Council',
  council: 'The council',
  nhs: 'NHS',
  other: 'Other',
};

export const PILLAR_LABELS: Record<PillarCode, string> = {
  local_growth_place: 'Local growth and place',
  local_transport: 'Local transport',
  adult_skills: 'Adult skills',
  housing_regeneration: 'Housing and regeneration',
  employment_support: 'Employment support',
  buildings_retrofit: 'Buildings retrofit',
};

export const SPEND_TYPE_LABELS: Record<SpendType, string> = { revenue: 'Revenue', capital: 'Capital' };
export const CERTAINTY_LABELS: Record<Certainty, string> = { planned: 'Planned', confirmed: 'Confirmed' };

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  achieved: 'Achieved',
  missed: 'Missed',
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  strategy_officer: 'Strategy officer',
  finance_officer: 'Finance officer',
  finance_approver: 'Finance approver',
  leader: 'Leader',
};

/** Roles that may change the register (core/shared/roles.ts REGISTER_EDITORS). */
export const REGISTER_EDITORS: readonly Role[] = ['admin', 'strategy_officer'];

/** Looks a code up in a label table, falling back to the code itself for values we do not know. */
export function labelOf(table: Record<string, string>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return table[code] ?? code;
}

export function canEditRegister(role: string | null | undefined): boolean {
  return REGISTER_EDITORS.some((r) => r === role);
}

/* Alignment: links between programmes and the council's missions or GMCA outcomes, and findings. */

/** core/alignment/schemas.ts programmeLinkInput.strength. */
export const LINK_STRENGTHS = ['primary', 'secondary', 'enabling'] as const;
export type LinkStrength = (typeof LINK_STRENGTHS)[number];

export const LINK_STRENGTH_LABELS: Record<LinkStrength, string> = { primary: 'Primary', secondary: 'Secondary', enabling: 'Enabling' };

/** What each strength means when choosing one (weights from core/alignment/rules/model.ts). */
export const LINK_STRENGTH_HINTS: Record<LinkStrength, string> = {
  primary: 'One of the programme’s main aims (counts in full when money is shared out).',
  secondary: 'A real but not main aim (counts as half).',
  enabling: 'Helps indirectly, by making the aim easier to reach (counts as a quarter).',
};

/** core/alignment/schemas.ts programmeLinkInput.targetType. */
export const LINK_TARGET_TYPES = ['mission', 'priority', 'outcome', 'indicator'] as const;
export type LinkTargetType = (typeof LINK_TARGET_TYPES)[number];

export const LINK_TARGET_TYPE_LABELS: Record<LinkTargetType, string> = {
  mission: 'Council mission',
  priority: 'Council priority',
  outcome: 'GMCA outcome',
  indicator: 'Indicator',
};

/** core/alignment/schemas.ts findingsFilter.severity, highest first. */
export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** core/alignment/report.ts FindingView.status. */
export const FINDING_STATUSES = ['open', 'reopened', 'acknowledged'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = { open: 'Open', reopened: 'Reopened', acknowledged: 'Acknowledged' };

/** core/alignment/schemas.ts findingsFilter.status: which findings the list shows. */
export const FINDING_STATUS_FILTERS = ['open', 'acknowledged', 'all'] as const;
export type FindingStatusFilter = (typeof FINDING_STATUS_FILTERS)[number];

export const FINDING_STATUS_FILTER_LABELS: Record<FindingStatusFilter, string> = {
  open: 'Open only',
  acknowledged: 'Acknowledged only',
  all: 'Open and acknowledged',
};

/** core/alignment/schemas.ts findingsFilter.recordType: the records a finding can name. */
export const FINDING_RECORD_TYPES = ['programme', 'outcome', 'indicator', 'fund', 'award', 'mission', 'pillar'] as const;
export type FindingRecordType = (typeof FINDING_RECORD_TYPES)[number];

/** alignment.link and alignment.unlink (core/alignment/router.ts: REGISTER_EDITORS). */
export const ALIGNMENT_EDITORS: readonly Role[] = REGISTER_EDITORS;
/** alignment.acknowledge (core/alignment/router.ts: REGISTER_EDITORS plus the finance roles). */
export const FINDING_ACKNOWLEDGERS: readonly Role[] = ['admin', 'strategy_officer', 'finance_officer', 'finance_approver'];

export function canEditAlignment(role: string | null | undefined): boolean {
  return ALIGNMENT_EDITORS.some((r) => r === role);
}

/** alignment.setBalanceTarget (core/shared/roles.ts BALANCE_TARGET_SETTERS). */
export const BALANCE_TARGET_SETTERS: readonly Role[] = ['strategy_officer'];
/** outcomes.publish (core/shared/roles.ts VERSION_PUBLISHERS). */
export const VERSION_PUBLISHERS: readonly Role[] = ['strategy_officer'];

export function canSetBalanceTargets(role: string | null | undefined): boolean {
  return BALANCE_TARGET_SETTERS.some((r) => r === role);
}

export function canPublishVersions(role: string | null | undefined): boolean {
  return VERSION_PUBLISHERS.some((r) => r === role);
}

export function canAcknowledgeFindings(role: string | null | undefined): boolean {
  return FINDING_ACKNOWLEDGERS.some((r) => r === role);
}

/** packs.preview and packs.generate (core/packs/router.ts: PACK_AUTHORS). */
export const PACK_AUTHORS: readonly Role[] = ['admin', 'strategy_officer', 'leader'];

export function canComposePacks(role: string | null | undefined): boolean {
  return PACK_AUTHORS.some((r) => r === role);
}
