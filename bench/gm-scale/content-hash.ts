import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * A canonical dump of a workspace's tables, hashed: every table (Kysely's own migration bookkeeping
 * excluded — it records when the migrations ran — and the alignment cache's change stamps, fresh
 * random numbers on every write by design), every column, every row in primary-key order. Two
 * files with the same hashes hold the same data, whatever their page layout.
 */
export interface ContentHash {
  tables: Record<string, { rows: number; sha256: string }>;
  sha256: string;
}

export function workspaceTables(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name")
      .pluck()
      .all() as string[]
  );
}

function orderBy(sqlite: Database.Database, table: string): string {
  const withoutRowid = /without\s+rowid/i.test(String(sqlite.prepare("select sql from sqlite_master where type = 'table' and name = ?").pluck().get(table)));
  if (!withoutRowid) return 'rowid';
  const columns = sqlite.prepare(`select name, pk from pragma_table_info(?) where pk > 0 order by pk`).all(table) as Array<{ name: string }>;
  return columns.map((c) => `"${c.name}"`).join(', ');
}

/** Bookkeeping whose content is not the workspace's data (see migration 0013). */
const UNHASHED_TABLES = new Set(['change_stamps']);

export function contentHashOf(sqlite: Database.Database): ContentHash {
  const overall = createHash('sha256');
  const tables: ContentHash['tables'] = {};
  for (const table of workspaceTables(sqlite).filter((t) => !UNHASHED_TABLES.has(t))) {
    const hash = createHash('sha256');
    const columns = (sqlite.prepare('select name from pragma_table_info(?) order by cid').pluck().all(table) as string[]);
    hash.update(`${table}\n${JSON.stringify(columns)}\n`);
    let rows = 0;
    for (const row of sqlite.prepare(`select * from "${table}" order by ${orderBy(sqlite, table)}`).raw(true).iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
      rows++;
    }
    const sha256 = hash.digest('hex');
    tables[table] = { rows, sha256 };
    overall.update(`${table}:${sha256}\n`);
  }
  return { tables, sha256: overall.digest('hex') };
}

/** The content hash of a workspace file, read through a read-only connection. */
export function workspaceContentHash(file: string): ContentHash {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return contentHashOf(sqlite);
  } finally {
    sqlite.close();
  }
}
