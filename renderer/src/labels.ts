/**
 * Vocabulary labels for the renderer. Copied from core/programmes/vocabulary.ts and
 * core/shared/roles.ts (the renderer may import only types from core). Keep the values identical.
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
