import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { FieldErrors } from '../shared/field-errors';
import { nearIdenticalNames } from './names';
import { parseOrgId } from './org-id';

/** A reason to look twice before saving: shown on the form, never a refusal. */
export interface PartnerWarning {
  field: 'name';
  partnerId: number;
  partnerName: string;
  archived: boolean;
  message: string;
}

export interface DuplicateReport {
  /** The org id as it will be stored (normalised), when it parses. */
  orgId: string | null;
  /** Refusals: another partner holds this org id (unique), or the org id does not parse. */
  errors: FieldErrors;
  /** The first MAX_NAME_WARNINGS near-identical names, in name order. */
  warnings: PartnerWarning[];
  /** Near-identical names beyond those listed (a short, common name can match hundreds). */
  moreWarnings: number;
}

/** Enough to make an officer look twice; a page of hundreds helps nobody (and is unbounded work to send). */
export const MAX_NAME_WARNINGS = 20;

/**
 * Another partner with the same org id is an error (org ids are unique, archived partners included);
 * a near-identical name is a warning. `excludeId` is the partner being edited.
 */
export async function findDuplicates(db: Kysely<DB>, candidate: { name: string; orgId: string | null; excludeId: number | null }): Promise<DuplicateReport> {
  const errors: FieldErrors = {};
  let orgId: string | null = null;
  if (candidate.orgId) {
    const parsed = parseOrgId(candidate.orgId);
    if (parsed.ok) orgId = parsed.orgId;
    else errors.orgId = [parsed.message];
  }
  let others = db.selectFrom('partners').select(['id', 'name', 'org_id', 'archived_at']);
  if (candidate.excludeId !== null) others = others.where('id', '!=', candidate.excludeId);
  const rows = await others.orderBy('name').execute();

  const holder = orgId === null ? undefined : rows.find((r) => r.org_id === orgId);
  if (holder) {
    const archived = holder.archived_at !== null ? ' (archived: restore it rather than adding it again)' : '';
    errors.orgId = [`${orgId} already belongs to ${holder.name}${archived}: each organisation is in the register once`];
  }
  const warnings: PartnerWarning[] = [];
  let moreWarnings = 0;
  if (candidate.name.trim()) {
    for (const row of rows) {
      if (row.id === holder?.id || !nearIdenticalNames(candidate.name, row.name)) continue;
      if (warnings.length === MAX_NAME_WARNINGS) {
        moreWarnings += 1;
        continue;
      }
      const archived = row.archived_at !== null;
      const where = row.org_id ? ` (${row.org_id}${archived ? ', archived' : ''})` : archived ? ' (archived)' : '';
      warnings.push({
        field: 'name',
        partnerId: row.id,
        partnerName: row.name,
        archived,
        message: `${row.name}${where} has a near-identical name: check this is not the same organisation`,
      });
    }
  }
  return { orgId, errors, warnings, moreWarnings };
}
