import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureConnection, createKysely } from '../../db/connection';
import type { DB } from '../../db/schema';

/** A fresh in-memory database with the production pragmas but no migrations applied. */
export function rawDatabase(): { sqlite: Database.Database; db: Kysely<DB> } {
  const sqlite = new Database(':memory:');
  configureConnection(sqlite, ':memory:');
  return { sqlite, db: createKysely(sqlite) };
}

export function tempDir(prefix = 'alignment-desk-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
