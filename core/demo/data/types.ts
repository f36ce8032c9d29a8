/**
 * Types for the demonstration workspace's data.
 *
 * Everything under core/demo/data is plain, typed data: no database access and no imports from
 * outside this folder. Conventions:
 * - money is a whole number of pence (`Pence`);
 * - dates are calendar dates written 'YYYY-MM-DD' (`IsoDate`);
 * - financial years run April to March and are written like '2025/26' (`FinancialYear`);
 * - ONS/GSS codes are strings (`OnsCode`).
 *
 * The string unions below mirror the register's vocabulary (programme types, funding sources,
 * Integrated Settlement pillars, roles…) so the seeder can insert these records unchanged.
 */

/** Calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;
/** UK financial year, April to March, written like '2025/26'. */
export type FinancialYear = string;
/** Whole, non-negative number of pence. */
export type Pence = number;
/** ONS/GSS area code, e.g. 'E05014989' (ward), 'E08000010' (borough), 'E47000001' (combined authority). */
import type { OnsCode } from '../../geography/wigan-areas';
export type { OnsCode };

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/**
 * What `SourceRecord.date` means.
 * - published: the date the page or document was published;
 * - event: the date of the meeting or review the document reports on;
 * - decision: the date a decision was taken;
 * - recorded: the document's own date was not captured by our research, so the date is when the
 *   citation was recorded for this dataset (see `SOURCES_RECORDED_ON`). Check the original.
 */
export type SourceDateBasis = 'published' | 'event' | 'decision' | 'recorded';

/** A citation that programme figures point to by `key`. */
export interface SourceRecord {
  key: string;
  title: string;
  /** Organisation that published the source. */
  publisher: string;
  url?: string;
  /** Name of a document that has no stable public link we can cite. */
  document?: string;
  date: IsoDate;
  dateBasis: SourceDateBasis;
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------

export type { Area, AreaType, Ward } from '../../geography/wigan-areas';

// ---------------------------------------------------------------------------------------------
// Missions
// ---------------------------------------------------------------------------------------------

export type MissionCode = 'M1' | 'M2';

export interface MissionPriority {
  /** e.g. 'M1.2' */
  code: string;
  title: string;
  description: string;
  /** The published missions do not list these priorities: they are demonstration examples. */
  illustrative: true;
}

export interface Mission {
  code: MissionCode;
  /** Short label for tables and charts. */
  title: string;
  description: string;
  sourceKey: string;
  priorities: MissionPriority[];
}

// ---------------------------------------------------------------------------------------------
// Partners and public bodies
// ---------------------------------------------------------------------------------------------

export type OrganisationType =
  | 'registered_charity'
  | 'cio'
  | 'company_limited_by_guarantee'
  | 'community_interest_company'
  | 'community_group'
  | 'faith_organisation'
  | 'social_enterprise'
  | 'other';

export interface PartnerContact {
  /** Fictional person. */
  name: string;
  /** Always at example.org. */
  email: string;
  /** Always in Ofcom's drama range, 01632 960000 to 01632 960999. */
  phone: string;
}

/**
 * A voluntary, community, faith or social enterprise (VCFSE) organisation. Every partner in the
 * demonstration workspace is invented: the name says so and `fictional` is true.
 */
export interface Partner {
  key: string;
  name: string;
  fictional: true;
  organisationType: OrganisationType;
  /**
   * The organisation's identifier in org-id.guide form: 'GB-CHC-<charity number>',
   * 'GB-COH-<company number>', or '360G-wigan-demo-<n>' for groups with no registration.
   */
  orgId: string;
  /** 7 digits starting 999: outside the range the Charity Commission has issued. */
  charityNumber: string | null;
  /** 8 characters starting 99: outside the range Companies House has issued. */
  companyNumber: string | null;
  wardCode: OnsCode;
  /**
   * Town or township the organisation is based in (an informal place name). This is not one of the
   * council's three formal Localities, which our sources do not name.
   */
  locality: string;
  contact: PartnerContact;
  /** One line on what the organisation does. */
  description: string;
}

export type PublicBodyKind =
  | 'local_authority'
  | 'combined_authority'
  | 'government_department'
  | 'arm_length_body'
  | 'nhs_body';

/** A real public body that programmes work with (not a VCFSE partner, so not fictional). */
export interface PublicBody {
  key: string;
  name: string;
  kind: PublicBodyKind;
  /** GSS code where the body is an area-based authority. */
  gssCode?: OnsCode;
  fictional: false;
}

// ---------------------------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------------------------

export type ProgrammeType =
  | 'devolved_programme'
  | 'growth_location'
  | 'development_zone'
  | 'capital_scheme'
  | 'service_improvement'
  | 'other';
export type ProgrammeStatus = 'proposed' | 'active' | 'paused' | 'closed';
export type FundingSource = 'is_pillar' | 'gmca' | 'dwp' | 'arts_council' | 'council' | 'nhs' | 'other';
export type PillarCode =
  | 'local_growth_place'
  | 'local_transport'
  | 'adult_skills'
  | 'housing_regeneration'
  | 'employment_support'
  | 'buildings_retrofit';
export type SpendType = 'revenue' | 'capital';
export type Certainty = 'planned' | 'confirmed';
export type MilestoneStatus = 'not_started' | 'on_track' | 'at_risk' | 'achieved' | 'missed';

export interface FundingLine {
  source: FundingSource;
  /** Required when `source` is 'is_pillar'. */
  pillarCode?: PillarCode;
  financialYear: FinancialYear;
  spendType: SpendType;
  amountPence: Pence;
  certainty: Certainty;
  /** At most 500 characters (the register's limit). */
  note?: string;
  sourceKey: string;
  /** True when the amount, year or split is a demonstration value rather than a sourced figure. */
  illustrative: boolean;
}

export interface Milestone {
  title: string;
  dueDate: IsoDate;
  targetValue?: number;
  /** At most 40 characters. */
  unit?: string;
  status: MilestoneStatus;
  actualValue?: number;
  /** Set when the milestone's date or values come from a cited source. */
  sourceKey?: string;
  illustrative: boolean;
  note?: string;
}

export interface ProgrammePartnerLink {
  partnerKey: string;
  role: string;
}

export interface ProgrammePublicBodyLink {
  bodyKey: string;
  role: string;
}

export interface Risk {
  description: string;
  likelihood: 1 | 2 | 3 | 4 | 5;
  impact: 1 | 2 | 3 | 4 | 5;
  /** A role title, never a real person. */
  owner: string;
  mitigation: string;
  /** Demonstration risks are invented examples. */
  illustrative: true;
}

export interface ProgrammeSourceLink {
  sourceKey: string;
  /** Short text (at most 300 characters) naming the figure or claim the source supports. */
  figure: string;
}

export type FigureUnit = 'pence' | 'homes' | 'organisations' | 'projects' | 'square_metres' | 'years';

/**
 * A headline figure exactly as one source reports it. Where sources disagree, or measure
 * different things, each figure is kept with its own source and the register shows them side by
 * side: nothing here picks one silently.
 */
export interface ReportedFigure {
  key: string;
  label: string;
  value: number;
  unit: FigureUnit;
  sourceKey: string;
  /** Keys of other figures on the same programme that this one should be read against. */
  compareWith?: string[];
  note: string;
}

export interface Programme {
  /** e.g. 'WGN-LWT' */
  code: string;
  name: string;
  summary: string;
  type: ProgrammeType;
  status: ProgrammeStatus;
  /** Fictional role title, never a real person. */
  leadOfficer: string;
  /** Senior responsible owner: fictional role title. */
  sro: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** Borough the programme belongs to (always Wigan here). */
  boroughCode: OnsCode;
  /** How far the programme reaches; 'borough' programmes list every ward. */
  geographyScope: 'borough' | 'wards' | 'cross_boundary';
  fundingLines: FundingLine[];
  milestones: Milestone[];
  wardCodes: OnsCode[];
  partners: ProgrammePartnerLink[];
  publicBodies: ProgrammePublicBodyLink[];
  risks: Risk[];
  sources: ProgrammeSourceLink[];
  reportedFigures: ReportedFigure[];
  missionCodes: MissionCode[];
  /** Caveats the demo must show: uncertain designations, figures not yet found in public sources… */
  caveats: string[];
}

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

export type Role = 'admin' | 'strategy_officer' | 'finance_officer' | 'finance_approver' | 'leader';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** What this account is for in a demonstration. */
  purpose: string;
}
