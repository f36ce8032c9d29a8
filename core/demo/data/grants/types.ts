/**
 * Types for the demonstration grants: due diligence, funds, awards with their instalment schedules,
 * and a script of the payments made against them.
 *
 * Plain typed data: no database access. Money is integer pence, dates are 'YYYY-MM-DD', financial
 * years '2025/26'. Partners are named by their key in ../partners; programmes by their code.
 */
import type { FinancialYear, IsoDate, OnsCode, Pence } from '../types';

/** The register's due-diligence checks (core/partners/vocabulary.ts), repeated so the data stands alone. */
export type DueDiligenceCheck = 'governing_document' | 'accounts' | 'safeguarding_policy' | 'insurance' | 'bank_details_verified' | 'sanctions_check';

/**
 * One due-diligence record for a partner. A partner with no record has not been checked at all; a
 * check is valid from `checkedOn` up to the day before `expiresOn`.
 */
export interface DemoDueDiligence {
  partnerKey: string;
  checks: DueDiligenceCheck[];
  /** A team or role title, never a real person. */
  checkedBy: string;
  checkedOn: IsoDate;
  expiresOn: IsoDate;
  notes: string;
}

export interface DemoInstalment {
  dueDate: IsoDate;
  amountPence: Pence;
}

/**
 * One payment against an instalment, as it moves through the ledger: recorded by the finance
 * officer, approved and released by the finance approver, and possibly reversed by the finance
 * officer. A stage without a date has not happened yet.
 */
export interface DemoPayment {
  /** The instalment's sequence number on its award, from 1. */
  instalment: number;
  amountPence: Pence;
  /** The payment date the finance officer records. */
  paidOn: IsoDate;
  /** Defaults to '<award reference>/<instalment>'. */
  reference?: string;
  approvedOn?: IsoDate;
  releasedOn?: IsoDate;
  reversed?: { on: IsoDate; reason: string };
}

export interface DemoAward {
  partnerKey: string;
  title: string;
  purpose: string;
  amountPence: Pence;
  awardDate: IsoDate;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  wardCodes: OnsCode[];
  route: 'open_call' | 'direct_award';
  /** Required for a direct award. */
  routeJustification?: string;
  paymentBasis: 'arrears' | 'advance';
  /** Required for payment in advance. */
  basisJustification?: string;
  instalments: DemoInstalment[];
  payments: DemoPayment[];
}

export interface DemoFund {
  code: string;
  name: string;
  /** Code of the demonstration programme the fund belongs to. */
  programmeCode: string;
  source: string;
  allocationPence: Pence;
  firstFinancialYear: FinancialYear;
  lastFinancialYear: FinancialYear;
  endDate: IsoDate;
  zeroTransactionCost: boolean;
  /** In the order they were made; each gets the reference '<fund code>-001', '-002'… */
  awards: DemoAward[];
}
