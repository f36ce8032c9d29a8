/**
 * Vocabulary and permissions for grants and partners. Copied from core/grants/schemas.ts,
 * core/grants/router.ts, core/partners/vocabulary.ts and core/partners/router.ts (the renderer may
 * import only types from core). Keep the values identical; the server decides in the end.
 */
import type { Role } from '../labels';

export const PAYMENT_STAGE_LABELS: Record<string, string> = {
  pending_approval: 'Pending approval',
  approved: 'Approved, not released',
  released: 'Released',
  reversed: 'Reversed',
  returned: 'Returned to recorder',
};

/** What waits in the approvals queue, and what a correction is. */
export const QUEUE_KIND_LABELS: Record<string, string> = { payment: 'Payment', reversal: 'Reversal', clawback: 'Clawback' };

export const CORRECTION_STAGE_LABELS: Record<string, string> = {
  pending_approval: 'Waiting for approval',
  approved: 'Approved',
  returned: 'Returned to recorder',
};

export const LEDGER_ENTRY_LABELS: Record<string, string> = {
  payment: 'Payment recorded',
  approval: 'Approved',
  release: 'Released',
  reversal: 'Reversal approved',
  clawback: 'Clawback approved',
};

export const AWARD_STATUS_LABELS: Record<string, string> = { active: 'Active', closed: 'Closed', cancelled: 'Cancelled' };
export const AWARD_ROUTE_LABELS: Record<string, string> = { open_call: 'Open call', direct_award: 'Direct award' };
export const PAYMENT_BASIS_LABELS: Record<string, string> = { arrears: 'In arrears', advance: 'In advance' };

export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  registered_charity: 'Registered charity',
  cio: 'Charitable incorporated organisation (CIO)',
  company_limited_by_guarantee: 'Company limited by guarantee',
  community_interest_company: 'Community interest company (CIC)',
  community_group: 'Community group (unincorporated)',
  faith_organisation: 'Faith organisation',
  social_enterprise: 'Social enterprise',
  other: 'Other',
};

export const DUE_DILIGENCE_STATUS_LABELS: Record<string, string> = { valid: 'Valid', expired: 'Expired', missing: 'Missing' };

export const DUE_DILIGENCE_CHECK_LABELS: Record<string, string> = {
  governing_document: 'Governing document',
  accounts: 'Accounts',
  safeguarding_policy: 'Safeguarding policy',
  insurance: 'Insurance',
  bank_details_verified: 'Bank details verified',
  sanctions_check: 'Sanctions check',
};

const has = (roles: readonly Role[], role: string | null | undefined) => roles.some((r) => r === role);

/** grants.recordPayment, grants.createAward and grants.clawback. */
export const canRecordPayments = (role: string | null | undefined) => has(['finance_officer'], role);
/** grants.approvePayment, grants.releasePayment, grants.approveCorrection and grants.returnEntry (never on an entry the approver recorded). */
export const canApprovePayments = (role: string | null | undefined) => has(['finance_approver'], role);
/** grants.reversePayment. */
export const canReversePayments = (role: string | null | undefined) => has(['finance_officer', 'finance_approver'], role);
/** grants.approvals: the queue. */
export const canSeeApprovals = (role: string | null | undefined) => has(['finance_officer', 'finance_approver', 'admin'], role);
/** partners.create / update (PARTNER_EDITORS). */
export const canEditPartners = (role: string | null | undefined) => has(['admin', 'finance_officer', 'strategy_officer'], role);
/** partners.recordDueDiligence (DUE_DILIGENCE_RECORDERS). */
export const canRecordDueDiligence = (role: string | null | undefined) => has(['admin', 'finance_officer'], role);
