import type { Kysely } from 'kysely';
import { runStatements } from './run-statements';

/**
 * The tables the alignment check reads (core/alignment/load). A change to any of them may change the
 * findings; a change anywhere else (acknowledgements, sign-ins, sessions, packs, users, the audit log)
 * cannot. Kept here, not imported from core, so the migration stays what it was when it ran.
 */
export const STAMPED_TABLES = [
  'programmes',
  'programme_funding_lines',
  'programme_milestones',
  'programme_areas',
  'areas',
  'frameworks',
  'framework_versions',
  'framework_elements',
  'indicator_identities',
  'indicators',
  'indicator_targets',
  'observations',
  'observation_withdrawals',
  'funds',
  'awards',
  'award_ledger_totals',
  'partners',
  'alignment_links',
  'balance_targets',
] as const;

/**
 * Change stamps (issue 10): one row per table the alignment check reads, whose stamp a trigger
 * replaces with a fresh random number on every insert, update or delete of that table, in the same
 * transaction as the change. A process may keep what it computed from those tables for as long as
 * their stamps are unchanged; the stamps live in the database, so every process and connection sees
 * the same ones. Random rather than counted, so that a restored backup (whose counts could reach the
 * same numbers again along a different history) can never be mistaken for data already seen.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE change_stamps (
       table_name TEXT PRIMARY KEY,
       stamp INTEGER NOT NULL
     )`,
  ];
  for (const table of STAMPED_TABLES) {
    statements.push(`INSERT INTO change_stamps (table_name, stamp) VALUES ('${table}', random() >> 11)`);
    for (const event of ['insert', 'update', 'delete']) {
      statements.push(
        `CREATE TRIGGER ${table}_stamp_on_${event} AFTER ${event.toUpperCase()} ON ${table}
         BEGIN UPDATE change_stamps SET stamp = random() >> 11 WHERE table_name = '${table}'; END`,
      );
    }
  }
  await runStatements(db, statements);
}

export async function down(): Promise<void> {
  throw new Error('Workspace migrations are forward-only; restore a backup to go back.');
}
