import { describe, expect, it } from 'vitest';
import { DUE_DILIGENCE_CHECKS, DUE_DILIGENCE_RECORDERS, DUE_DILIGENCE_STATUSES, ORGANISATION_TYPES, PARTNER_EDITORS } from '../../core/partners/vocabulary';
import { ROLES } from '../../core/shared/roles';
import * as ui from '../../renderer/src/grants/grants-labels';

/**
 * The renderer keeps its own copy of the grants and partners vocabulary and of who may do what (it may
 * not import runtime code from core/). This keeps the copy in step with the server.
 */
describe('grants labels and permissions', () => {
  it('label every code the server uses', () => {
    expect(Object.keys(ui.ORGANISATION_TYPE_LABELS)).toEqual([...ORGANISATION_TYPES]);
    expect(Object.keys(ui.DUE_DILIGENCE_CHECK_LABELS)).toEqual([...DUE_DILIGENCE_CHECKS]);
    expect(Object.keys(ui.DUE_DILIGENCE_STATUS_LABELS)).toEqual([...DUE_DILIGENCE_STATUSES]);
    expect(Object.keys(ui.PAYMENT_STAGE_LABELS)).toEqual(['pending_approval', 'approved', 'released', 'reversed', 'returned']);
    expect(Object.keys(ui.LEDGER_ENTRY_LABELS).sort()).toEqual(['approval', 'clawback', 'payment', 'release', 'reversal']);
    expect(Object.keys(ui.AWARD_ROUTE_LABELS)).toEqual(['open_call', 'direct_award']);
    expect(Object.keys(ui.PAYMENT_BASIS_LABELS)).toEqual(['arrears', 'advance']);
  });

  it('offer each action only to the roles the server allows', () => {
    const who = (can: (role: string) => boolean) => ROLES.filter((role) => can(role));
    expect(who(ui.canEditPartners)).toEqual(ROLES.filter((r) => PARTNER_EDITORS.includes(r)));
    expect(who(ui.canRecordDueDiligence)).toEqual(ROLES.filter((r) => DUE_DILIGENCE_RECORDERS.includes(r)));
    // core/grants/router.ts: recordPayment, createAward and clawback are finance_officer only; approve and release finance_approver only.
    expect(who(ui.canRecordPayments)).toEqual(['finance_officer']);
    expect(who(ui.canApprovePayments)).toEqual(['finance_approver']);
    expect(who(ui.canReversePayments)).toEqual(['finance_officer', 'finance_approver']);
    expect(who(ui.canSeeApprovals)).toEqual(['admin', 'finance_officer', 'finance_approver']);
  });
});
