import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { assertLocalDatabasePath } from './path-guard';
import { migrateToLatest } from './migrate';
import type { DB } from './schema';

export const BUSY_TIMEOUT_MS = 5000;

export class DatabaseSettingsError extends Error {
  constructor(setting: string, expected: string | number, actual: unknown) {
    super(
      `Refusing to use the workspace database: ${setting} should be ${expected} but SQLite reports ` +
        `${String(actual)}. The file may be read-only, on an unsupported file system, or opened by an older tool.`,
    );
    this.name = 'DatabaseSettingsError';
  }
}

function readPragma(sqlite: Database.Database, name: string): unknown {
  return sqlite.pragma(name, { simple: true });
}

/** Sets the durability pragmas on a raw connection and reads each one back. */
export function configureConnection(sqlite: Database.Database, file: string): void {
  const inMemory = file === ':memory:' || file === '';
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);

  const journal = String(readPragma(sqlite, 'journal_mode')).toLowerCase();
  const expectedJournal = inMemory ? 'memory' : 'wal';
  if (journal !== expectedJournal) throw new DatabaseSettingsError('journal_mode', expectedJournal, journal);
  const synchronous = readPragma(sqlite, 'synchronous');
  if (synchronous !== 2) throw new DatabaseSettingsError('synchronous', '2 (FULL)', synchronous);
  const foreignKeys = readPragma(sqlite, 'foreign_keys');
  if (foreignKeys !== 1) throw new DatabaseSettingsError('foreign_keys', 1, foreignKeys);
  const busy = readPragma(sqlite, 'busy_timeout');
  if (busy !== BUSY_TIMEOUT_MS) throw new DatabaseSettingsError('busy_timeout', BUSY_TIMEOUT_MS, busy);
}

export interface Workspace {
  db: Kysely<DB>;
  sqlite: Database.Database;
  file: string;
  close(): Promise<void>;
}

/** Opens (creating if needed) a workspace file, checks its settings and applies every migration. */
export async function openWorkspaceDatabase(file: string): Promise<Workspace> {
  assertLocalDatabasePath(file);
  const sqlite = new Database(file);
  try {
    configureConnection(sqlite, file);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db);
  // Fresh statistics for the query planner where tables have grown (bounded work; SQLite's advice for
  // long-lived connections). Whole-workspace reads such as the alignment check depend on them.
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
  return {
    db,
    sqlite,
    file,
    async close() {
      sqlite.pragma('optimize');
      await db.destroy();
    },
  };
}
