import type { Kysely } from 'kysely';
import { appendOnlyTriggers, runStatements } from './run-statements';

/**
 * Withdrawn observations. Observations are append-only, so a figure that should never have been
 * recorded (a period that had not ended, a wrong indicator, a figure that was not true) is not
 * deleted or changed: a withdrawal row names the revision, the reason, who and when. A period's
 * figure is its latest revision unless that revision is withdrawn, in which case the period has no
 * figure until a later revision is recorded. Withdrawals are append-only themselves and one
 * revision is withdrawn at most once. A separate small table rather than a rebuilt `observations`
 * table: nothing is copied (a Greater Manchester workspace holds a million observations) and the
 * observations table, its indexes and its append-only triggers stay exactly as they are.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE observation_withdrawals (
      id INTEGER PRIMARY KEY,
      observation_id INTEGER NOT NULL UNIQUE REFERENCES observations(id),
      reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
      withdrawn_at TEXT NOT NULL,
      withdrawn_by INTEGER REFERENCES users(id)
    ) STRICT`,
    ...appendOnlyTriggers('observation_withdrawals', 'Observation withdrawal'),
  ]);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
