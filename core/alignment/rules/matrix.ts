/**
 * The alignment matrix: rows are council missions, each followed by its priorities; columns are GMCA
 * pillars, each followed by its outcomes (priorities or outcomes whose mission or pillar is missing
 * come last). A cell holds the ACTIVE programmes that resolve (model.ts) to both its row and its
 * column — so a mission row includes programmes linked through its priorities, and a pillar column
 * programmes linked to any of its outcomes.
 * - moneyPence: the sum of those programmes' whole confirmed funding (not split: the same pound can
 *   appear in several cells, so cells do not add up to a total).
 * - strongest: a programme's strength in a cell is the weaker of its row and column links (a chain is
 *   as strong as its weakest link); the cell shows the strongest of these, or null when empty.
 */
import type { PillarCode } from '../../programmes/vocabulary';
import { type Alignment, alignmentOf, alignments, confirmedPence, isActive, strongerOf, weakerOf } from './model';
import type { AlignmentSnapshot, LinkStrength } from './snapshot';

export interface MatrixRow {
  type: 'mission' | 'priority';
  id: number;
  code: string;
  title: string;
  /** The priority's mission; a mission's own id for mission rows. */
  missionId: number;
}

export interface MatrixColumn {
  type: 'pillar' | 'outcome';
  id: number;
  code: string;
  title: string;
  pillarCode: PillarCode;
}

export interface MatrixCell {
  programmeIds: number[];
  count: number;
  moneyPence: number;
  strongest: LinkStrength | null;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** cells[rowIndex][columnIndex]. */
  cells: MatrixCell[][];
}

function rowsOf(s: AlignmentSnapshot): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const placed = new Set<number>();
  for (const m of s.missions) {
    rows.push({ type: 'mission', id: m.id, code: m.code, title: m.title, missionId: m.id });
    for (const p of s.priorities.filter((pr) => pr.missionId === m.id && !placed.has(pr.id))) {
      placed.add(p.id);
      rows.push({ type: 'priority', id: p.id, code: p.code, title: p.title, missionId: p.missionId });
    }
  }
  for (const p of s.priorities.filter((pr) => !placed.has(pr.id))) rows.push({ type: 'priority', id: p.id, code: p.code, title: p.title, missionId: p.missionId });
  return rows;
}

function columnsOf(s: AlignmentSnapshot): MatrixColumn[] {
  const columns: MatrixColumn[] = [];
  const placed = new Set<number>();
  for (const pl of s.pillars) {
    columns.push({ type: 'pillar', id: pl.id, code: pl.code, title: pl.title, pillarCode: pl.pillarCode });
    for (const o of s.outcomes.filter((oc) => oc.pillarCode === pl.pillarCode && !placed.has(oc.id))) {
      placed.add(o.id);
      columns.push({ type: 'outcome', id: o.id, code: o.code, title: o.title, pillarCode: o.pillarCode });
    }
  }
  for (const o of s.outcomes.filter((oc) => !placed.has(oc.id))) columns.push({ type: 'outcome', id: o.id, code: o.code, title: o.title, pillarCode: o.pillarCode });
  return columns;
}

const rowStrength = (a: Alignment, row: MatrixRow) => (row.type === 'mission' ? a.missions.get(row.id) : a.priorities.get(row.id));
const columnStrength = (a: Alignment, col: MatrixColumn) => (col.type === 'pillar' ? a.pillars.get(col.pillarCode) : a.outcomes.get(col.id));

export function matrix(s: AlignmentSnapshot): Matrix {
  const all = alignments(s);
  const active = s.programmes.filter(isActive).map((p) => ({ p, a: alignmentOf(all, p.id), pence: confirmedPence(p) }));
  const rows = rowsOf(s);
  const columns = columnsOf(s);
  const cells = rows.map((row) =>
    columns.map((col): MatrixCell => {
      const cell: MatrixCell = { programmeIds: [], count: 0, moneyPence: 0, strongest: null };
      for (const { p, a, pence } of active) {
        const r = rowStrength(a, row);
        const c = columnStrength(a, col);
        if (r === undefined || c === undefined) continue;
        cell.programmeIds.push(p.id);
        cell.moneyPence += pence;
        const pair = weakerOf(r, c);
        cell.strongest = cell.strongest === null ? pair : strongerOf(cell.strongest, pair);
      }
      cell.programmeIds.sort((x, y) => x - y);
      cell.count = cell.programmeIds.length;
      return cell;
    }),
  );
  return { rows, columns, cells };
}
