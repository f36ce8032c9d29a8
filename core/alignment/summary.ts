/**
 * What the matrix screen shows on load (alignment.report): the rows and columns, each cell's count,
 * money and strongest link, coverage per mission and pillar, and each rule with its open and
 * acknowledged findings — a few kilobytes, whatever the size of the workspace. The programmes in a
 * cell come a page at a time (alignment.matrixCell).
 */
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema';
import { pageInput, pageOf, type Page } from '../shared/paging';
import { id } from '../shared/validation';
import { currentCheck } from './check';
import { acknowledgementsOf, acknowledgementStates, checkFigures, RULE_SUMMARIES, type AlignmentReport } from './report';
import type { LinkStrength, MatrixCell } from './rules';
import type { MatrixColumn, MatrixRow } from './rules/matrix';
import { alignmentOf, alignments, confirmedPence, weakerOf } from './rules/model';

export type MatrixCellSummary = Omit<MatrixCell, 'programmeIds'>;

export interface AlignmentSummary {
  today: string;
  rules: Array<AlignmentReport['rules'][number] & { open: number; acknowledged: number }>;
  findings: { all: number; open: number; acknowledged: number };
  coverage: Pick<AlignmentReport['coverage'], 'missions' | 'pillars'>;
  matrix: { rows: MatrixRow[]; columns: MatrixColumn[]; cells: MatrixCellSummary[][] };
}

export async function alignmentSummary(db: Kysely<DB>, today: string): Promise<AlignmentSummary> {
  const [check, acks] = await Promise.all([currentCheck(db, today), acknowledgementsOf(db)]);
  const states = acknowledgementStates(check.byKey, acks);
  const counts = new Map(RULE_SUMMARIES.map((r) => [r.id, { open: 0, acknowledged: 0 }]));
  let acknowledged = 0;
  for (const [key, state] of states) {
    if (state.status !== 'acknowledged') continue;
    acknowledged += 1;
    const count = counts.get(check.byKey.get(key)!.ruleId);
    if (count) count.acknowledged += 1;
  }
  for (const f of check.findings) {
    const count = counts.get(f.ruleId);
    if (count) count.open += 1;
  }
  for (const count of counts.values()) count.open -= count.acknowledged;
  const { coverage, matrix } = checkFigures(check);
  return {
    today: check.today,
    rules: RULE_SUMMARIES.map((r) => ({ ...r, ...counts.get(r.id)! })),
    findings: { all: check.findings.length, open: check.findings.length - acknowledged, acknowledged },
    coverage: { missions: coverage.missions, pillars: coverage.pillars },
    matrix: { rows: matrix.rows, columns: matrix.columns, cells: matrix.cells.map((row) => row.map(({ count, moneyPence, strongest }) => ({ count, moneyPence, strongest }))) },
  };
}

export const matrixCellInput = z.strictObject({
  rowType: z.enum(['mission', 'priority']),
  rowId: id,
  columnType: z.enum(['pillar', 'outcome']),
  columnId: id,
  page: pageInput,
});
export type MatrixCellInput = z.output<typeof matrixCellInput>;

export interface CellProgramme {
  id: number;
  code: string;
  name: string;
  status: string;
  confirmedPence: number;
  /** The weaker of its links to the row and to the column. */
  strength: LinkStrength;
}

export interface MatrixCellPage extends Page<CellProgramme>, MatrixCellSummary {
  row: MatrixRow;
  column: MatrixColumn;
}

/** The active programmes in one cell of the matrix, in programme code order, a page at a time. */
export async function matrixCellPage(db: Kysely<DB>, today: string, input: MatrixCellInput): Promise<MatrixCellPage> {
  const check = await currentCheck(db, today);
  const { matrix } = checkFigures(check);
  const r = matrix.rows.findIndex((row) => row.type === input.rowType && row.id === input.rowId);
  const c = matrix.columns.findIndex((column) => column.type === input.columnType && column.id === input.columnId);
  const cell = matrix.cells[r]?.[c];
  if (!cell) throw new TRPCError({ code: 'NOT_FOUND', message: 'That row or column is no longer in the matrix: a framework has changed. Reload the matrix.' });
  const row = matrix.rows[r]!;
  const column = matrix.columns[c]!;
  const s = check.loaded.snapshot;
  const inCell = new Set(cell.programmeIds);
  const all = alignments(s);
  const programmes = s.programmes.filter((p) => inCell.has(p.id));
  const rows = programmes.slice(input.page.offset, input.page.offset + input.page.limit).map((p): CellProgramme => {
    const a = alignmentOf(all, p.id);
    const rowStrength = row.type === 'mission' ? a.missions.get(row.id) : a.priorities.get(row.id);
    const columnStrength = column.type === 'pillar' ? a.pillars.get(column.pillarCode) : a.outcomes.get(column.id);
    return { id: p.id, code: p.code, name: p.name, status: p.status, confirmedPence: confirmedPence(p), strength: weakerOf(rowStrength!, columnStrength!) };
  });
  return { ...pageOf(rows, programmes.length, input.page), row, column, count: cell.count, moneyPence: cell.moneyPence, strongest: cell.strongest };
}
