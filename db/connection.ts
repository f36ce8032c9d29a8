import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type TransactionSettings } from 'kysely';
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

/**
 * Kysely's SQLite driver begins transactions DEFERRED: the write lock is only sought at the first
 * write, and a read that upgrades to a write while another process holds the lock fails at once with
 * SQLITE_BUSY — the busy timeout does not apply. Two windows (desktop and browser mode, or two
 * browser-mode servers) on one file then lose about half of their concurrent saves. This driver begins
 * every transaction IMMEDIATE, so the write lock is taken at BEGIN, waiting up to the busy timeout, and
 * nothing inside the transaction can be refused for want of it. A transaction marked read-only
 * (`db.transaction().setAccessMode('read only')`) stays DEFERRED.
 */
export class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin deferred' : 'begin immediate'));
  }
}

/** Statements kept prepared per connection; the app issues a few hundred distinct queries. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query afresh; preparing was a sixth of a payment's time at
 * GM scale. This hands Kysely the connection with `prepare` answered from a small least-recently-used
 * cache of statements by their SQL. Kysely runs one query at a time on a connection and only ever
 * calls `all` or `run` on them, so a statement is never busy when it is handed out again; SQLite
 * re-prepares a cached statement itself if the schema changes under it (a migration).
 */
export function withStatementCache(database: Database.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql); // re-inserted below: most recently used last
      else statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  constructor(database: Database.Database) {
    const cached = withStatementCache(database);
    super({ database: cached });
    this.#database = cached;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/** The one way to put Kysely over a configured connection: every write transaction BEGIN IMMEDIATE. */
export function createKysely(sqlite: Database.Database): Kysely<DB> {
  return new Kysely<DB>({ dialect: new ImmediateSqliteDialect(sqlite) });
}

export interface Workspace {
  db: Kysely<DB>;
  sqlite: Database.Database;
  file: string;
  close(): Promise<void>;
}

/** A connection to a local workspace file with the durability settings checked; closed again if they fail. */
export function openConfiguredConnection(file: string, options: { fileMustExist?: boolean } = {}): Database.Database {
  assertLocalDatabasePath(file);
  const sqlite = new Database(file, options);
  try {
    configureConnection(sqlite, file);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

/** Opens (creating if needed) a workspace file, checks its settings and applies every migration. */
export async function openWorkspaceDatabase(file: string): Promise<Workspace> {
  const sqlite = openConfiguredConnection(file);
  const db = createKysely(sqlite);
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
