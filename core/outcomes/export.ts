import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toCsv } from '../exports/csv';
import { CSV_MIME, filePayload, XLSX_MIME, type FilePayload } from '../exports/file-payload';
import { toXlsx } from '../exports/xlsx';
import { formatTargets, INDICATOR_COLUMNS, INDICATOR_OPTIONAL_COLUMNS } from './import/indicators-import';
import { OBSERVATION_COLUMNS, OBSERVATION_OPTIONAL_COLUMNS } from './import/observations-import';

async function write(name: string, format: 'csv' | 'xlsx', header: readonly string[], rows: Array<Array<string | number | null>>): Promise<FilePayload> {
  if (format === 'csv') return filePayload(`${name}.csv`, CSV_MIME, toCsv(header, rows));
  return filePayload(`${name}.xlsx`, XLSX_MIME, await toXlsx(name.slice(0, 31), header.map((h) => ({ header: h })), rows));
}

/** Current observations (withdrawn figures left out) in the import layout, so exporting then importing changes nothing. */
export async function exportObservations(db: Kysely<DB>, format: 'csv' | 'xlsx', frameworkCode: string | null): Promise<FilePayload> {
  let query = db
    .selectFrom('observations as o')
    .innerJoin('indicator_identities as i', 'i.id', 'o.identity_id')
    .innerJoin('frameworks as f', 'f.id', 'i.framework_id')
    .select(['f.code as framework', 'i.code as indicator', 'o.period', 'o.area_code', 'o.value', 'o.status', 'o.source_note', 'o.commentary'])
    .where(({ eb, selectFrom }) =>
      eb('o.revision', '=', selectFrom('observations as l').select(sql<number>`max(l.revision)`.as('r')).whereRef('l.identity_id', '=', 'o.identity_id').whereRef('l.period', '=', 'o.period').whereRef('l.area_code', '=', 'o.area_code')),
    )
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('observation_withdrawals as w').select('w.id').whereRef('w.observation_id', '=', 'o.id'))));
  if (frameworkCode) query = query.where('f.code', '=', frameworkCode);
  const rows = await query.orderBy('f.code').orderBy('i.code').orderBy('o.period').orderBy('o.area_code').execute();
  return write(
    `observations-${new Date().toISOString().slice(0, 10)}`,
    format,
    [...OBSERVATION_COLUMNS, ...OBSERVATION_OPTIONAL_COLUMNS],
    rows.map((r) => [r.framework, r.indicator, r.period, r.area_code, r.value, r.status, r.source_note, r.commentary]),
  );
}

/** Indicator definitions of one version in the import layout. */
export async function exportIndicators(db: Kysely<DB>, format: 'csv' | 'xlsx', versionId: number): Promise<FilePayload> {
  const rows = await db
    .selectFrom('indicators')
    .innerJoin('indicator_identities', 'indicator_identities.id', 'indicators.identity_id')
    .innerJoin('framework_versions', 'framework_versions.id', 'indicators.version_id')
    .innerJoin('frameworks', 'frameworks.id', 'framework_versions.framework_id')
    .leftJoin('framework_elements', 'framework_elements.id', 'indicators.element_id')
    .selectAll('indicators')
    .select(['frameworks.code as framework', 'framework_versions.label as version', 'indicator_identities.code as code', 'framework_elements.code as outcome_code'])
    .where('indicators.version_id', '=', versionId)
    .orderBy('indicator_identities.code')
    .execute();
  const targets = await db.selectFrom('indicator_targets').selectAll().where('indicator_id', 'in', rows.length ? rows.map((r) => r.id) : [-1]).orderBy('period').execute();
  return write(
    `indicators-${new Date().toISOString().slice(0, 10)}`,
    format,
    [...INDICATOR_COLUMNS, ...INDICATOR_OPTIONAL_COLUMNS],
    rows.map((r) => [
      r.framework, r.version, r.code, r.title, r.kind, r.unit, r.polarity, r.frequency, r.geography_level,
      r.outcome_code, r.definition, r.tier, r.numerator, r.denominator, r.data_source, r.baseline_value, r.baseline_period,
      r.tolerance_percent, r.comparator, r.owner, r.last_reviewed,
      formatTargets(targets.filter((t) => t.indicator_id === r.id)),
    ]),
  );
}
