import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { nowIso } from '../../core/shared/clock';

/** A small framework for outcome tests: one published version with a pillar, an outcome and two indicators. */
export async function seedMiniFramework(db: Kysely<DB>) {
  const framework = await db.insertInto('frameworks').values({ code: 'TEST-IS', title: 'Test settlement', owner: 'gmca', created_at: nowIso() }).returning('id').executeTakeFirstOrThrow();
  const version = await db
    .insertInto('framework_versions')
    .values({ framework_id: framework.id, label: '2025/26 Phase I', status: 'published', from_financial_year: '2025/26', based_on_version_id: null, published_at: nowIso(), created_at: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pillar = await db.insertInto('framework_elements').values({ version_id: version.id, parent_id: null, kind: 'pillar', code: 'P-ES', title: 'Employment support' }).returning('id').executeTakeFirstOrThrow();
  const outcome = await db.insertInto('framework_elements').values({ version_id: version.id, parent_id: pillar.id, kind: 'outcome', code: 'O-ES1', title: 'More residents in work' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('framework_funding_lines').values({ version_id: version.id, element_id: pillar.id, fund: 'Test fund', financial_year: '2025/26', spend_type: 'revenue', amount_pence: 100_000_000, source_url: null }).execute();
  const ids: Record<string, number> = {};
  for (const [code, polarity, level] of [
    ['EMP-1', 'higher_is_better', 'borough'],
    ['EMP-2', 'lower_is_better', 'ward'],
  ] as const) {
    const identity = await db.insertInto('indicator_identities').values({ framework_id: framework.id, code }).returning('id').executeTakeFirstOrThrow();
    const row = await db
      .insertInto('indicators')
      .values({ identity_id: identity.id, version_id: version.id, element_id: outcome.id, title: `Indicator ${code}`, kind: 'accountable', tier: 1, unit: 'count', polarity, frequency: 'quarterly', geography_level: level, baseline_value: null, baseline_period: null, last_reviewed: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('indicator_targets').values([{ indicator_id: row.id, period: '2025/26 Q1', value: 100 }, { indicator_id: row.id, period: '2025/26 Q2', value: 100 }]).execute();
    ids[code] = row.id;
  }
  return { frameworkId: framework.id, versionId: version.id, indicatorIds: ids };
}

export function csvFile(text: string, filename = 'observations.csv') {
  return { filename, format: 'csv' as const, base64: Buffer.from(text, 'utf8').toString('base64') };
}
