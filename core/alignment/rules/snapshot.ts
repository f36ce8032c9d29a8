/**
 * The plain data the alignment rules read: one serialisable snapshot of the programme register,
 * the two outcome frameworks, the links between them and the grants ledger. Only strings, numbers,
 * booleans, null and arrays/objects of them (no Dates, Maps or classes), so it survives a JSON round
 * trip unchanged. Money is integer pence; dates are 'YYYY-MM-DD'. Whoever builds a snapshot from the
 * database decides the scope (which framework versions, which financial years); the rules never read
 * the clock or the database.
 *
 * References between records are by id. A reference to a record missing from the snapshot is
 * ignored by every rule (it never throws); such links simply do not count.
 */
import type { Frequency, IndicatorKind, IsoDate, PeriodKey, Rag } from '../../outcomes/status/types';
import type { CERTAINTIES, FundingSource, MILESTONE_STATUSES, PillarCode, ProgrammeStatus } from '../../programmes/vocabulary';

export type Certainty = (typeof CERTAINTIES)[number];
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** How much a programme (or a local indicator) contributes: weights 1, 0.5 and 0.25 where money is shared out. */
export type LinkStrength = 'primary' | 'secondary' | 'enabling';
/** How a local indicator relates to a GMCA one. */
export type IndicatorRelation = 'equivalent' | 'contributes_to' | 'proxy';
export type ProgrammeLinkTarget = 'mission' | 'priority' | 'outcome' | 'indicator';

export interface SnapshotFundingLine {
  source: FundingSource;
  /** Set when source is 'is_pillar': the Integrated Settlement pillar the money is drawn from. */
  pillarCode: PillarCode | null;
  financialYear: string;
  amountPence: number;
  certainty: Certainty;
}

export interface SnapshotMilestone {
  id: number;
  title: string;
  dueDate: IsoDate;
  status: MilestoneStatus;
  actualValue: number | null;
}

export interface SnapshotProgramme {
  id: number;
  code: string;
  name: string;
  status: ProgrammeStatus;
  /** Ward codes the programme serves; empty means borough-wide (no ward test applies). */
  wardCodes: string[];
  fundingLines: SnapshotFundingLine[];
  milestones: SnapshotMilestone[];
}

/** A framework element: id, code and title. */
interface NamedElement {
  id: number;
  code: string;
  title: string;
}

/** A council mission (framework element of kind 'mission'). */
export type SnapshotMission = NamedElement;
/** A council priority (element of kind 'priority') under a mission. */
export type SnapshotPriority = NamedElement & { missionId: number };
/** A GMCA Integrated Settlement pillar (element of kind 'pillar'); pillarCode joins it to funding lines. */
export type SnapshotPillar = NamedElement & { pillarCode: PillarCode };

/** A GMCA outcome under a pillar. */
export interface SnapshotOutcome extends NamedElement {
  pillarCode: PillarCode;
  /** True when the outcome has at least one accountable indicator (the snapshot builder derives it). */
  accountable: boolean;
}

export interface SnapshotIndicator extends NamedElement {
  frameworkOwner: 'gmca' | 'council';
  /** The GMCA outcome measured (GMCA indicators). */
  outcomeId: number | null;
  /** The council priority measured (council indicators). */
  priorityId: number | null;
  kind: IndicatorKind;
  frequency: Frequency;
  /** Headline RAG for the latest period; null when not rated. */
  rag: Rag | null;
  /** From core/outcomes/status staleness(): the next figure is overdue. */
  stale: boolean;
  /** When the next figure is (or was) due; null when there are no figures. */
  dueBy: IsoDate | null;
  latestPeriod: PeriodKey | null;
  latestPeriodStart: IsoDate | null;
  latestPeriodEnd: IsoDate | null;
}

/** Who made a link, when, and why. */
export interface LinkProvenance {
  strength: LinkStrength;
  rationale: string;
  evidence: string;
  createdBy: string;
  createdAt: string;
}

/** programme → council mission or priority, or GMCA outcome or indicator. */
export interface ProgrammeLink extends LinkProvenance {
  id: number;
  programmeId: number;
  targetType: ProgrammeLinkTarget;
  targetId: number;
}

/** local (council) indicator → GMCA indicator. */
export interface IndicatorLink extends LinkProvenance {
  id: number;
  localIndicatorId: number;
  gmcaIndicatorId: number;
  relation: IndicatorRelation;
}

export interface SnapshotFund {
  id: number;
  programmeId: number;
  code: string;
  name: string;
  allocationPence: number;
  endDate: IsoDate;
  zeroTransactionCost: boolean;
  /** Sum of the fund's awards that are not cancelled (as the grants ledger reports it). */
  awardedPence: number;
  /** Released, less reversals after release and clawbacks (ledger-state.ts netReleasedPence). */
  netReleasedPence: number;
}

/**
 * An award that is not cancelled, with the partner's registered ward. A snapshot builder may include
 * only the awards a rule can act on (core/alignment/load reads those whose partner is outside the
 * programme's wards); the rules give the same findings either way.
 */
export interface SnapshotAward {
  id: number;
  fundId: number;
  reference: string;
  partnerId: number;
  partnerName: string;
  partnerWardCode: string | null;
  amountPence: number;
}

/** The share of confirmed funding the council wants to go to a mission or pillar: 0–1, ± tolerance (0–1). */
export interface BalanceTarget {
  targetShare: number;
  tolerance: number;
}

export interface AlignmentSnapshot {
  /** 'YYYY-MM-DD'. */
  today: IsoDate;
  programmes: SnapshotProgramme[];
  missions: SnapshotMission[];
  priorities: SnapshotPriority[];
  pillars: SnapshotPillar[];
  outcomes: SnapshotOutcome[];
  indicators: SnapshotIndicator[];
  programmeLinks: ProgrammeLink[];
  indicatorLinks: IndicatorLink[];
  funds: SnapshotFund[];
  awards: SnapshotAward[];
  balanceTargets: {
    missions: Array<BalanceTarget & { missionId: number }>;
    pillars: Array<BalanceTarget & { pillarCode: PillarCode }>;
  };
}
