import { CONTENT_TOP, noDataNote, SMALL_SIZE, type ChartBody } from './frame';
import { formatCount, formatPence, formatPenceCompact, programmesLabel } from './format';
import { legend } from './legend';
import { INK, STRENGTH } from './palette';
import { element, textElement } from './svg-markup';
import { textWidth, wrap } from './text-metrics';

type Cell = { programmes: number; pence: number; strength: 'primary' | 'secondary' | 'enabling' | null };

const LINE = 13;
const CELL_PADDING = 6;
const SIZES = [SMALL_SIZE, 10, 9];

/** The first size and format, in order of preference, at which every text fits `room`. */
function fitting(cells: Cell[], formats: Array<(cell: Cell) => string>, room: number): { size: number; format: (cell: Cell) => string } {
  for (const format of formats) {
    for (const size of SIZES) {
      if (cells.every((cell) => textWidth(format(cell), size) <= room)) return { size, format };
    }
  }
  return { size: SIZES[SIZES.length - 1]!, format: formats[formats.length - 1]! };
}

function isEmpty(cell: Cell): boolean {
  return cell.strength === null && !(cell.programmes > 0) && !(cell.pence > 0);
}

/** Rows × columns grid; each cell shows its programmes and money, shaded by its strongest link. */
export function matrixChart(spec: { rows: string[]; columns: string[]; cells: Cell[][] }, width: number): ChartBody {
  const top = CONTENT_TOP + 8;
  if (spec.rows.length === 0 || spec.columns.length === 0) {
    return { markup: noDataNote(width, top + 24, 'No links to show'), height: top + 48 };
  }
  const left = 12;
  const right = width - 12;
  const rowLabelColumn = Math.min(Math.max(...spec.rows.map((row) => textWidth(row, SMALL_SIZE))) + 12, (right - left) * 0.28);
  const columnWidth = (right - left - rowLabelColumn) / spec.columns.length;
  const room = Math.max(0, columnWidth - 2 * CELL_PADDING);

  const columnLines = spec.columns.map((column) => wrap(column, room, SMALL_SIZE, 3, true));
  const headerHeight = Math.max(1, ...columnLines.map((lines) => lines.length)) * LINE + 8;
  const rowLines = spec.rows.map((row) => wrap(row, rowLabelColumn - 12, SMALL_SIZE, 3));
  const rowHeights = rowLines.map((lines) => Math.max(44, lines.length * LINE + 14));

  const cell = (r: number, c: number): Cell => spec.cells[r]?.[c] ?? { programmes: 0, pence: 0, strength: null };
  const filled: Cell[] = [];
  spec.rows.forEach((_, r) => spec.columns.forEach((__, c) => (isEmpty(cell(r, c)) ? null : filled.push(cell(r, c)))));
  const countText = fitting(filled, [(x) => programmesLabel(x.programmes), (x) => `${formatCount(x.programmes)} prog.`, (x) => formatCount(x.programmes)], room);
  const moneyText = fitting(filled, [(x) => formatPence(x.pence), (x) => formatPenceCompact(x.pence)], room);

  let markup = '';
  const gridLeft = left + rowLabelColumn;
  columnLines.forEach((lines, c) => {
    const cx = gridLeft + c * columnWidth + columnWidth / 2;
    const firstBaseline = top + headerHeight - 8 - (lines.length - 1) * LINE;
    lines.forEach((line, i) => {
      markup += textElement(line, { x: cx, y: firstBaseline + i * LINE, 'text-anchor': 'middle', 'font-size': SMALL_SIZE, 'font-weight': 'bold', fill: INK });
    });
  });

  let y = top + headerHeight;
  spec.rows.forEach((_, r) => {
    const height = rowHeights[r]!;
    const lines = rowLines[r]!;
    const firstBaseline = y + height / 2 - ((lines.length - 1) * LINE) / 2 + 4;
    lines.forEach((line, i) => {
      markup += textElement(line, { x: left, y: firstBaseline + i * LINE, 'font-size': SMALL_SIZE, fill: INK });
    });
    spec.columns.forEach((__, c) => {
      const value = cell(r, c);
      const style = STRENGTH[value.strength ?? 'none'];
      const x = gridLeft + c * columnWidth;
      const cx = x + columnWidth / 2;
      markup += element('rect', { x: x + 1, y: y + 1, width: Math.max(0, columnWidth - 2), height: height - 2, fill: style.fill });
      if (isEmpty(value)) {
        markup += textElement('—', { x: cx, y: y + height / 2 + 4, 'text-anchor': 'middle', 'font-size': SMALL_SIZE, fill: style.text });
        return;
      }
      markup += textElement(countText.format(value), { x: cx, y: y + height / 2 - 3, 'text-anchor': 'middle', 'font-size': countText.size, 'font-weight': 'bold', fill: style.text });
      markup += textElement(moneyText.format(value), { x: cx, y: y + height / 2 + 12, 'text-anchor': 'middle', 'font-size': moneyText.size, fill: style.text });
    });
    y += height;
  });

  const keys = (['primary', 'secondary', 'enabling', 'none'] as const).map((strength) => ({
    label: STRENGTH[strength].label,
    key: { kind: 'box' as const, fill: STRENGTH[strength].fill, stroke: '#7F7F7F' },
  }));
  markup += legend(keys, left, y + 20);
  return { markup, height: y + 34 };
}
