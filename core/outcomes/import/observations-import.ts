import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AuditActor } from '../../trpc/context';
import { appendAudit } from '../../audit/service';
import { nowIso } from '../../shared/clock';
import { mapColumns, readTable, type ImportFile } from '../../imports/file-input';
import { isPeriodKey, periodKeyOf, type Frequency } from '../status';
import { todayIso } from '../assessment';
import { examplePeriod, periodPhrase } from '../indicators-service';
import { periodNotEndedReason } from '../period-ended';
import { looksLikeDate, parseNumber, parseUkDate } from './parse-values';

export const OBSERVATION_COLUMNS = ['framework', 'indicator', 'period', 'area_code', 'value'] as const;
export const OBSERVATION_OPTIONAL_COLUMNS = ['status', 'source_note', 'commentary'] as const;

export interface ObservationRow {
  line: number;
  identityId: number;
  framework: string;
  indicator: string;
  period: string;
  areaCode: string;
  areaVintage: string | null;
  value: number;
  status: 'provisional' | 'final';
  sourceNote: string;
  commentary: string;
}

export interface ObservationPreview {
  fileHash: string;
  totalRows: number;
  toAdd: ObservationRow[];
  /** Rows that become a new revision; `previous.withdrawn` when the period's current revision was withdrawn (it has no figure now). */
  toChange: Array<ObservationRow & { previous: { value: number; status: string; revision: number; withdrawn: boolean } }>;
  unchanged: number;
  rejected: Array<{ line: number; reason: string; raw: string[] }>;
}

const CHUNK = 500;

/**
 * Reads, validates and compares an observations file with the register. Writes nothing. Refuses rows
 * for periods that have not ended as of `today`, and rows that would bring back a withdrawn figure
 * unchanged.
 */
export async function previewObservations(db: Kysely<DB>, file: ImportFile, today = todayIso()): Promise<ObservationPreview> {
  const { table, bytes } = await readTable(file);
  const col = mapColumns(table.header, OBSERVATION_COLUMNS, OBSERVATION_OPTIONAL_COLUMNS);
  const cell = (cells: string[], name: keyof typeof col) => (col[name] === undefined ? '' : (cells[col[name]!] ?? '').trim());

  const indicators = await db
    .selectFrom('indicator_identities')
    .innerJoin('frameworks', 'frameworks.id', 'indicator_identities.framework_id')
    .innerJoin('indicators', 'indicators.identity_id', 'indicator_identities.id')
    .select(['indicator_identities.id', 'indicator_identities.code', 'frameworks.code as framework', 'indicators.frequency', 'indicators.version_id'])
    .orderBy('indicators.version_id')
    .execute();
  const byKey = new Map(indicators.map((i) => [`${i.framework.toLowerCase()}|${i.code.toLowerCase()}`, i]));
  const areas = new Map((await db.selectFrom('areas').select(['code', 'vintage']).execute()).map((a) => [a.code, a.vintage]));

  const rejected: ObservationPreview['rejected'] = [];
  const valid: ObservationRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const reject = (reason: string) => rejected.push({ line, reason, raw: cells.slice(0, 12) });
    const framework = cell(cells, 'framework');
    const code = cell(cells, 'indicator');
    const indicator = byKey.get(`${framework.toLowerCase()}|${code.toLowerCase()}`);
    if (!framework || !code) { reject('The framework and indicator columns are both required.'); continue; }
    if (!indicator) { reject(`No indicator ${code} in framework ${framework}.`); continue; }
    let period = cell(cells, 'period');
    if (looksLikeDate(period)) {
      const date = parseUkDate(period);
      if (!date) { reject(`"${period}" is not a real date.`); continue; }
      period = periodKeyOf(indicator.frequency as 'quarterly', date);
    } else if (!isPeriodKey(indicator.frequency as 'quarterly', period)) {
      reject(`"${period}" is not ${periodPhrase(indicator.frequency)} (for example ${examplePeriod(indicator.frequency)}).`);
      continue;
    }
    const notEnded = periodNotEndedReason(indicator.frequency as Frequency, period, today);
    if (notEnded) { reject(`${notEnded.charAt(0).toUpperCase()}${notEnded.slice(1)}.`); continue; }
    const areaCode = cell(cells, 'area_code').toUpperCase();
    if (!areas.has(areaCode)) { reject(`Unknown area code "${areaCode}".`); continue; }
    const rawValue = cell(cells, 'value');
    const value = parseNumber(rawValue);
    if (value === null) { reject(rawValue ? `The value "${rawValue}" is not a number.` : 'The value is empty.'); continue; }
    const statusText = cell(cells, 'status').toLowerCase() || 'provisional';
    if (statusText !== 'provisional' && statusText !== 'final') { reject(`Status must be provisional or final, not "${statusText}".`); continue; }
    const sourceNote = cell(cells, 'source_note');
    const commentary = cell(cells, 'commentary');
    if (sourceNote.length > 500 || commentary.length > 4000) { reject('The source note (500) or commentary (4,000 characters) is too long.'); continue; }
    const key = `${indicator.id}|${period}|${areaCode}`;
    if (seen.has(key)) { reject(`Repeats line ${seen.get(key)} (same indicator, period and area).`); continue; }
    seen.set(key, line);
    valid.push({ line, identityId: indicator.id, framework, indicator: indicator.code, period, areaCode, areaVintage: areas.get(areaCode) ?? null, value, status: statusText, sourceNote, commentary });
  }

  let cellsByLine: Map<number, string[]> | null = null;
  const cellsOf = (line: number) => (cellsByLine ??= new Map(table.rows.map((r) => [r.line, r.cells]))).get(line)?.slice(0, 12) ?? [];
  const toAdd: ObservationRow[] = [];
  const toChange: ObservationPreview['toChange'] = [];
  let unchanged = 0;
  for (let start = 0; start < valid.length; start += CHUNK) {
    const chunk = valid.slice(start, start + CHUNK);
    const current = await db
      .selectFrom('observations as o')
      .leftJoin('observation_withdrawals as w', 'w.observation_id', 'o.id')
      .select(['o.identity_id', 'o.period', 'o.area_code', 'o.value', 'o.status', 'o.source_note', 'o.commentary', 'o.revision', 'w.reason as withdrawn_reason'])
      .where('o.identity_id', 'in', [...new Set(chunk.map((r) => r.identityId))])
      .where('o.period', 'in', [...new Set(chunk.map((r) => r.period))])
      .where('o.area_code', 'in', [...new Set(chunk.map((r) => r.areaCode))])
      .where(({ eb, selectFrom }) =>
        eb('o.revision', '=', selectFrom('observations as l').select(sql<number>`max(l.revision)`.as('r')).whereRef('l.identity_id', '=', 'o.identity_id').whereRef('l.period', '=', 'o.period').whereRef('l.area_code', '=', 'o.area_code')),
      )
      .execute();
    const currentByKey = new Map(current.map((c) => [`${c.identity_id}|${c.period}|${c.area_code}`, c]));
    for (const row of chunk) {
      const existing = currentByKey.get(`${row.identityId}|${row.period}|${row.areaCode}`);
      const same = existing && existing.value === row.value && existing.status === row.status && existing.source_note === row.sourceNote && existing.commentary === row.commentary;
      const withdrawn = existing?.withdrawn_reason != null;
      if (!existing) toAdd.push(row);
      else if (same && withdrawn) {
        rejected.push({ line: row.line, reason: `This figure for ${row.period} was withdrawn (${existing.withdrawn_reason}); record a corrected figure instead.`, raw: cellsOf(row.line) });
      } else if (same) unchanged++;
      else toChange.push({ ...row, previous: { value: existing.value, status: existing.status, revision: existing.revision, withdrawn } });
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  return { fileHash: createHash('sha256').update(bytes).digest('hex'), totalRows: table.rows.length, toAdd, toChange, unchanged, rejected };
}

/** Applies a previewed file in one transaction. The file is read again; it must be the one previewed. */
export async function commitObservations(db: Kysely<DB>, who: AuditActor, file: ImportFile, expectedHash: string, today = todayIso()) {
  const preview = await previewObservations(db, file, today);
  if (preview.fileHash !== expectedHash) throw new TRPCError({ code: 'CONFLICT', message: 'This is not the file that was previewed. Preview it again before importing.' });
  const now = nowIso();
  const userId = who.actor?.userId ?? null;
  return db.transaction().execute(async (trx) => {
    const rows = [
      ...preview.toAdd.map((r) => ({ ...r, revision: 1 })),
      ...preview.toChange.map((r) => ({ ...r, revision: r.previous.revision + 1 })),
    ];
    for (let start = 0; start < rows.length; start += CHUNK) {
      await trx
        .insertInto('observations')
        .values(
          rows.slice(start, start + CHUNK).map((r) => ({
            identity_id: r.identityId,
            period: r.period,
            area_code: r.areaCode,
            area_vintage: r.areaVintage,
            revision: r.revision,
            value: r.value,
            status: r.status,
            source_note: r.sourceNote,
            commentary: r.commentary,
            recorded_at: now,
            recorded_by: userId,
          })),
        )
        .execute();
    }
    const summary = { file: file.filename, fileHash: preview.fileHash, added: preview.toAdd.length, changed: preview.toChange.length, unchanged: preview.unchanged, rejected: preview.rejected.length };
    if (rows.length) await appendAudit(trx, who, { action: 'observations.import', entityType: 'import', entityId: preview.fileHash.slice(0, 16), after: summary });
    return summary;
  });
}
