import type { DemoDueDiligence, DueDiligenceCheck } from './types';

/**
 * Due diligence on the demonstration partners, as at 25 November 2026. Most records are current
 * (they expire in 2027); one has EXPIRED and one partner has NO record, so the register can show
 * partners that cannot receive a new award. All dates and notes are illustrative.
 */

const CHECKED_BY = 'Grants and Partnerships Team';
const FULL: DueDiligenceCheck[] = ['governing_document', 'accounts', 'safeguarding_policy', 'insurance', 'bank_details_verified', 'sanctions_check'];
/** Unincorporated groups file no accounts: a bank statement and the constitution stand in. */
const GROUP: DueDiligenceCheck[] = ['governing_document', 'safeguarding_policy', 'insurance', 'bank_details_verified', 'sanctions_check'];
const GROUP_NOTE = 'Unincorporated group: no filed accounts; constitution, a recent bank statement and two unrelated signatories checked.';

/** The partner whose due diligence has expired. */
export const EXPIRED_DUE_DILIGENCE_PARTNER_KEY = 'loomhouse-heritage';
/** The partner with no due-diligence record at all. */
export const MISSING_DUE_DILIGENCE_PARTNER_KEY = 'northmoss-tenants';

export const DEMO_DUE_DILIGENCE: readonly DemoDueDiligence[] = [
  { partnerKey: 'brindlecote-hub', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-06-16', expiresOn: '2027-06-16', notes: 'Enhanced checks for the direct award: reserves policy and the onward-grants procedure reviewed.' },
  { partnerKey: 'pennine-fold-kitchen', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-08-04', expiresOn: '2027-08-04', notes: 'Food hygiene rating (5) seen.' },
  { partnerKey: 'fernhollow-pathways', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-07-21', expiresOn: '2027-07-21', notes: '' },
  { partnerKey: 'kestrelgate-digital', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-08-11', expiresOn: '2027-08-11', notes: 'CIC: asset lock and latest community interest report checked.' },
  { partnerKey: 'marrowby-shed', checks: GROUP, checkedBy: CHECKED_BY, checkedOn: '2025-08-18', expiresOn: '2027-02-18', notes: `${GROUP_NOTE} Workshop risk assessment seen.` },
  { partnerKey: 'quillmoor-warm-spaces', checks: GROUP, checkedBy: CHECKED_BY, checkedOn: '2025-01-20', expiresOn: '2027-01-20', notes: GROUP_NOTE },
  { partnerKey: 'st-ambrels-pantry', checks: GROUP, checkedBy: CHECKED_BY, checkedOn: '2025-08-06', expiresOn: '2027-08-06', notes: `${GROUP_NOTE} The parish’s accounts cover the pantry.` },
  { partnerKey: 'tannerfold-youth-arts', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-07-28', expiresOn: '2027-07-28', notes: 'Safeguarding lead and DBS checks for staff working with young people confirmed.' },
  { partnerKey: 'oakbrindle-balance-club', checks: GROUP, checkedBy: CHECKED_BY, checkedOn: '2025-01-27', expiresOn: '2027-01-27', notes: GROUP_NOTE },
  { partnerKey: 'wetherspring-money-advice', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-07-14', expiresOn: '2027-07-14', notes: 'FCA permission for debt advice confirmed.' },
  { partnerKey: 'greyfen-repair', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-08-13', expiresOn: '2027-08-13', notes: '' },
  {
    partnerKey: EXPIRED_DUE_DILIGENCE_PARTNER_KEY,
    checks: FULL,
    checkedBy: CHECKED_BY,
    checkedOn: '2024-02-12',
    expiresOn: '2026-02-12',
    notes: 'EXPIRED on 12 February 2026. Renewal requested; the 2024/25 accounts and an updated safeguarding policy have not been received, so no new award can be made until it is renewed.',
  },
  { partnerKey: 'ashbrindle-carers', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-08-20', expiresOn: '2027-08-20', notes: '' },
  // MISSING_DUE_DILIGENCE_PARTNER_KEY (northmoss-tenants) has no record: the forum joined the register in 2026 and has not been checked.
  { partnerKey: 'harrowdene-welcome', checks: FULL, checkedBy: CHECKED_BY, checkedOn: '2025-07-30', expiresOn: '2027-07-30', notes: 'Immigration advice is referred on to OISC-registered advisers; not funded here.' },
];
