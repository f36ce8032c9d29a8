import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AuditActor } from '../../trpc/context';
import { appendAudit } from '../../audit/service';
import { mapColumns, readTable, type ImportFile } from '../../imports/file-input';
import { indicatorDefinitionInput, type IndicatorDefinitionInput } from '../schemas';
import { isPeriodKey } from '../status';
import { periodPhrase, upsertIndicator } from '../indicators-service';
import { parseNumber, parseUkDate } from './parse-values';

export const INDICATOR_COLUMNS = ['framework', 'version', 'code', 'title', 'kind', 'unit', 'polarity', 'frequency', 'geography_level'] as const;
export const INDICATOR_OPTIONAL_COLUMNS = [
  'outcome_code',
  'definition',
  'tier',
  'numerator',
  'denominator',
  'data_source',
  'baseline_value',
  'baseline_period',
  'tolerance_percent',
  'comparator',
  'owner',
  'last_reviewed',
  'targets',
] as const;

/** Targets are written "2025/26 Q1=12.5; 2025/26 Q2=13". */
export function formatTargets(targets: Array<{ period: string; value: number }>): string {
  return targets.map((t) => `${t.period}=${t.value}`).join('; ');
}

function parseTargets(text: string): Array<{ period: string; value: number }> | string {
  if (!text.trim()) return [];
  const out: Array<{ period: string; value: number }> = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [period, value] = part.split('=').map((p) => p.trim());
    const number = parseNumber(value ?? '');
    if (!period || number === null) return `Targets are written "2025/26 Q1=12.5; 2025/26 Q2=13"; "${part}" is not.`;
    out.push({ period, value: number });
  }
  return out;
}

type Row = { line: number; input: IndicatorDefinitionInput };

/** Reads and validates a definitions file against draft versions; writes nothing. */
export async function previewIndicators(db: Kysely<DB>, file: ImportFile) {
  const { table, bytes } = await readTable(file);
  const col = mapColumns(table.header, INDICATOR_COLUMNS, INDICATOR_OPTIONAL_COLUMNS);
  const versions = await db
    .selectFrom('framework_versions')
    .innerJoin('frameworks', 'frameworks.id', 'framework_versions.framework_id')
    .select(['framework_versions.id', 'framework_versions.label', 'framework_versions.status', 'frameworks.code'])
    .execute();
  const rejected: Array<{ line: number; reason: string; raw: string[] }> = [];
  const valid: Row[] = [];
  for (const { line, cells } of table.rows) {
    const get = (name: keyof typeof col) => (col[name] === undefined ? '' : (cells[col[name]!] ?? '').trim());
    const reject = (reason: string) => rejected.push({ line, reason, raw: cells.slice(0, 12) });
    const version = versions.find((v) => v.code.toLowerCase() === get('framework').toLowerCase() && v.label === get('version'));
    if (!version) { reject(`No version "${get('version')}" of framework "${get('framework')}".`); continue; }
    if (version.status !== 'draft') { reject(`Version "${version.label}" is ${version.status}; definitions can only be imported into a draft version.`); continue; }
    const targets = parseTargets(get('targets'));
    if (typeof targets === 'string') { reject(targets); continue; }
    const lastReviewedText = get('last_reviewed');
    const lastReviewed = lastReviewedText ? parseUkDate(lastReviewedText) : null;
    if (lastReviewedText && !lastReviewed) { reject(`Last reviewed "${lastReviewedText}" is not a real date.`); continue; }
    const numberOrNull = (name: keyof typeof col) => (get(name) === '' ? null : parseNumber(get(name)));
    const numericProblems = (['tier', 'baseline_value', 'tolerance_percent'] as const).filter((name) => get(name) !== '' && numberOrNull(name) === null);
    if (numericProblems.length) { reject(`${numericProblems.map((n) => `${n} "${get(n)}"`).join(', ')} must be a number.`); continue; }
    const parsed = indicatorDefinitionInput.safeParse({
      versionId: version.id,
      code: get('code'),
      elementCode: get('outcome_code') || null,
      title: get('title'),
      definition: get('definition'),
      kind: get('kind'),
      tier: numberOrNull('tier'),
      unit: get('unit'),
      polarity: get('polarity'),
      numerator: get('numerator'),
      denominator: get('denominator'),
      dataSource: get('data_source'),
      frequency: get('frequency'),
      geographyLevel: get('geography_level'),
      baselineValue: numberOrNull('baseline_value'),
      baselinePeriod: get('baseline_period') || null,
      tolerancePercent: numberOrNull('tolerance_percent') ?? 10,
      comparator: get('comparator') || 'same_period_last_year',
      owner: get('owner'),
      lastReviewed,
      targets,
    });
    if (!parsed.success) {
      reject(parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; '));
      continue;
    }
    const badPeriod = parsed.data.targets.find((t) => !isPeriodKey(parsed.data.frequency, t.period));
    if (badPeriod) { reject(`Target period "${badPeriod.period}" is not ${periodPhrase(parsed.data.frequency)}.`); continue; }
    valid.push({ line, input: parsed.data });
  }
  const toAdd: Row[] = [];
  const toChange: Array<Row & { changes: string[] }> = [];
  let unchanged = 0;
  for (const row of valid) {
    const existing = await existingDefinition(db, row.input);
    if (!existing) toAdd.push(row);
    else {
      const changes = Object.keys(existing).filter((k) => JSON.stringify(existing[k as keyof typeof existing]) !== JSON.stringify(row.input[k as keyof IndicatorDefinitionInput]));
      if (changes.length) toChange.push({ ...row, changes });
      else unchanged++;
    }
  }
  return { fileHash: createHash('sha256').update(bytes).digest('hex'), totalRows: table.rows.length, toAdd, toChange, unchanged, rejected };
}

async function existingDefinition(db: Kysely<DB>, input: IndicatorDefinitionInput) {
  const row = await db
    .selectFrom('indicators')
    .innerJoin('indicator_identities', 'indicator_identities.id', 'indicators.identity_id')
    .leftJoin('framework_elements', 'framework_elements.id', 'indicators.element_id')
    .selectAll('indicators')
    .select(['framework_elements.code as element_code'])
    .where('indicators.version_id', '=', input.versionId)
    .where('indicator_identities.code', '=', input.code)
    .executeTakeFirst();
  if (!row) return null;
  const targets = await db.selectFrom('indicator_targets').select(['period', 'value']).where('indicator_id', '=', row.id).orderBy('period').execute();
  return {
    elementCode: row.element_code, title: row.title, definition: row.definition, kind: row.kind, tier: row.tier, unit: row.unit, polarity: row.polarity,
    numerator: row.numerator, denominator: row.denominator, dataSource: row.data_source, frequency: row.frequency, geographyLevel: row.geography_level,
    baselineValue: row.baseline_value, baselinePeriod: row.baseline_period, tolerancePercent: row.tolerance_percent, comparator: row.comparator,
    owner: row.owner, lastReviewed: row.last_reviewed, targets,
  };
}

export async function commitIndicators(db: Kysely<DB>, who: AuditActor, file: ImportFile, expectedHash: string) {
  const preview = await previewIndicators(db, file);
  if (preview.fileHash !== expectedHash) throw new TRPCError({ code: 'CONFLICT', message: 'This is not the file that was previewed. Preview it again before importing.' });
  return db.transaction().execute(async (trx) => {
    for (const row of [...preview.toAdd, ...preview.toChange]) await upsertIndicator(trx, who, row.input);
    const summary = { file: file.filename, fileHash: preview.fileHash, added: preview.toAdd.length, changed: preview.toChange.length, unchanged: preview.unchanged, rejected: preview.rejected.length };
    if (preview.toAdd.length + preview.toChange.length) await appendAudit(trx, who, { action: 'indicators.import', entityType: 'import', entityId: preview.fileHash.slice(0, 16), after: summary });
    return summary;
  });
}
