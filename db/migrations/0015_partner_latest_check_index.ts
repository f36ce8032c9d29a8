import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/**
 * A partner's latest due-diligence check (newest checked_on, then newest id) is read for every row
 * of the partners list, its standing filter and its count of partners without valid checks. With
 * only an index on partner_id each lookup sorted that partner's checks; this index answers it with
 * one seek and covers the expiry date, so the table itself is not read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, ['CREATE INDEX partner_due_diligence_latest ON partner_due_diligence(partner_id, checked_on DESC, id DESC, expires_on)']);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
