import type { z } from 'zod';
import type { createPartnerInput } from '../../core/partners/schemas';
import type { TestWorkspace } from '../helpers/workspace';

export type PartnerSubmission = z.input<typeof createPartnerInput>;

/** A valid partner submission (a CIO in Ince) that tests can vary one field at a time. */
export function partnerInput(overrides: Partial<PartnerSubmission> = {}): PartnerSubmission {
  return {
    name: 'Pennine Fold Community Kitchen',
    organisationType: 'cio',
    orgId: null,
    charityNumber: '1090095',
    companyNumber: null,
    wardCode: 'E05015000',
    locality: 'Ince',
    contactName: 'Dev Harrop',
    contactEmail: 'kitchen@example.org',
    contactPhone: '01632 960002',
    ...overrides,
  };
}

export { refusal } from '../helpers/refusal';

/** Every row of the tables a partner change can touch, to prove a refusal wrote nothing. */
export function snapshot(ws: TestWorkspace) {
  const tables = ['partners', 'partner_due_diligence', 'audit_log', 'workspace_settings'];
  return Object.fromEntries(tables.map((t) => [t, ws.sqlite.prepare(`select * from ${t} order by 1`).all()]));
}
