import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { migrations } from './migrations';

/** Migrations are imported statically so they survive bundling and asar packing. */
class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.list;
  }
}

export function createMigrator(db: Kysely<any>, list: Record<string, Migration> = migrations): Migrator {
  return new Migrator({ db, provider: new StaticMigrationProvider(list) });
}

export async function migrateTo(db: Kysely<any>, target: string): Promise<void> {
  const { error, results } = await createMigrator(db).migrateTo(target);
  if (error) throw new Error(`Migration to ${target} failed: ${describe(error)} (${JSON.stringify(results)})`);
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Could not upgrade the workspace (migration ${failed}): ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
