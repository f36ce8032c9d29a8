/**
 * The register's figures a pack is composed from, frozen when the pack is generated. Composing is a
 * pure function of this data (compose/), so a stored snapshot recomposes to the same document and
 * the same content hash, whatever has changed in the register since.
 */
import type { AlignmentReport } from '../alignment/report';
import type { TrendPoint } from './document';

export interface PackPeriod {
  /** '2025/26' or '2025/26 Q2'. */
  label: string;
  kind: 'year' | 'quarter';
  start: string;
  end: string;
}

export interface PackIndicator {
  code: string;
  title: string;
  frameworkCode: string;
  frameworkOwner: 'gmca' | 'council';
  /** The outcome or priority it measures, and that element's pillar or mission. */
  elementCode: string | null;
  elementTitle: string | null;
  parentCode: string | null;
  parentTitle: string | null;
  kind: 'accountable' | 'contextual';
  tier: number | null;
  unit: string;
  polarity: string;
  frequency: string;
  definition: string;
  dataSource: string;
  owner: string;
  /** Assessment of the latest period up to the pack's period end. */
  period: string | null;
  value: number | null;
  target: number | null;
  rag: 'green' | 'amber' | 'red' | null;
  ragReason: string;
  direction: string | null;
  stale: boolean;
  series: TrendPoint[];
}

export interface PackProgramme {
  id: number;
  code: string;
  name: string;
  status: string;
  summary: string;
  leadOfficer: string;
  confirmedPence: number;
  totalPence: number;
  fundingLines: Array<{ source: string; pillarCode: string | null; financialYear: string; amountPence: number; certainty: string }>;
  milestones: Array<{ title: string; dueDate: string; status: string }>;
  risks: Array<{ description: string; likelihood: number; impact: number; owner: string; mitigation: string }>;
}

export interface PackFund {
  code: string;
  name: string;
  programmeCode: string;
  zeroTransactionCost: boolean;
  allocationPence: number;
  awardedPence: number;
  /** Released less reversals after release and clawbacks. */
  netReleasedPence: number;
  /** Gross of released payments not reversed, and their net of fees. */
  grossReleasedPence: number;
  netOfFeesReleasedPence: number;
  feesPence: number;
}

export interface PackGrants {
  funds: PackFund[];
  releasedInPeriodPence: number;
  organisationsPaid: number;
  organisationsPaidInPeriod: number;
  /** Net released to partners by the partner's ward, largest first. */
  byWard: Array<{ wardCode: string | null; wardName: string; pence: number; organisations: number }>;
}

export interface PackData {
  organisation: string;
  asOf: string;
  auditHeadHash: string;
  auditEntries: number;
  period: PackPeriod;
  programmes: PackProgramme[];
  indicators: PackIndicator[];
  alignment: AlignmentReport;
  grants: PackGrants;
}
