import { expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate';
import { rawDatabase } from '../helpers/raw-db';

/** Any schema change must show up here as a reviewed diff (run vitest with -u to accept it). */
it('the migrated schema matches the committed snapshot', async () => {
  const { sqlite, db } = rawDatabase();
  await migrateToLatest(db);
  const statements = sqlite
    .prepare("select type, name, sql from sqlite_master where sql is not null and name not like 'kysely_%' order by type, name")
    .all() as Array<{ type: string; name: string; sql: string }>;
  const text = statements.map((s) => `-- ${s.type} ${s.name}\n${s.sql.replace(/\s+\n/g, '\n')};\n`).join('\n');
  await expect(text).toMatchFileSnapshot('./__snapshots__/schema.sql');
  await db.destroy();
});
