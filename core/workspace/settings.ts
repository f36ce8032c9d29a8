import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export type WorkspaceKind = 'empty' | 'demo';

export async function readSettings(db: Kysely<DB>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('workspace_settings').selectAll().execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export async function writeSettings(db: Kysely<DB>, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await db
      .insertInto('workspace_settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
