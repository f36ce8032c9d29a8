import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { textWidth } from '../charts/text-metrics';
import { COLOUR, PAGE } from './docx-theme';

export interface TableBlock {
  caption: string;
  columns: string[];
  rows: string[][];
  numeric: boolean[];
}

/** Approximate text width in twips at the table's 9 pt. */
const twipsOf = (text: string, bold = false) => textWidth(text, 9, bold) * 20;
const CELL_PADDING = 2 * 108;

/** Column widths in twips summing to the content width: numeric columns keep their natural width. */
function columnWidths(table: TableBlock): number[] {
  const total = PAGE.contentWidth;
  const natural = table.columns.map((column, index) =>
    Math.max(twipsOf(column, true), ...table.rows.map((row) => twipsOf(row[index] ?? ''))) + CELL_PADDING,
  );
  const fixed = natural.map((width, index) => (table.numeric[index] ? Math.min(width, total * 0.25) : 0));
  const room = Math.max(0, total - fixed.reduce((sum, width) => sum + width, 0));
  const textNatural = natural.reduce((sum, width, index) => sum + (table.numeric[index] ? 0 : width), 0);
  const widths = natural.map((width, index) => (table.numeric[index] ? fixed[index]! : textNatural > 0 ? (room * width) / textNatural : 0));
  const scale = total / Math.max(1, widths.reduce((sum, width) => sum + width, 0));
  return widths.map((width) => Math.round(width * scale));
}

function cell(text: string, options: { width: number; numeric: boolean; header?: boolean; fill?: string; bold?: boolean }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 108, right: 108 },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: [
          new TextRun({
            text,
            size: 18,
            bold: options.header || options.bold,
            color: options.header ? COLOUR.headerText : COLOUR.ink,
          }),
        ],
      }),
    ],
  });
}

/** The table's caption (Word's Caption style), kept with the table. */
export function tableCaption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(text)] });
}

/**
 * A Word table with a header row that repeats on every page, zebra rows and numeric columns
 * right-aligned.
 */
export function wordTable(table: TableBlock): Table {
  const widths = columnWidths(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) => cell(column, { width: widths[index]!, numeric: table.numeric[index] === true, header: true, fill: COLOUR.accent })),
  });
  const rows = table.rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((_, index) =>
          cell(row[index] ?? '', { width: widths[index]!, numeric: table.numeric[index] === true, fill: rowIndex % 2 === 1 ? COLOUR.zebra : undefined }),
        ),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: PAGE.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** Headline figures as a two-column label/value table (no header row). */
export function figuresTable(items: Array<{ label: string; value: string }>): Table {
  const labelWidth = Math.round(PAGE.contentWidth * 0.58);
  const widths = [labelWidth, PAGE.contentWidth - labelWidth];
  const border = { style: 'single' as const, size: 4, color: COLOUR.rule };
  const none = { style: 'none' as const, size: 0, color: 'auto' };
  return new Table({
    width: { size: PAGE.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, left: none, right: none, bottom: border, insideHorizontal: border, insideVertical: none },
    rows: items.map(
      (item) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: widths[0]!, type: WidthType.DXA }, margins: { top: 80, bottom: 80 }, children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: item.label, color: COLOUR.muted })] })] }),
            new TableCell({ width: { size: widths[1]!, type: WidthType.DXA }, margins: { top: 80, bottom: 80 }, children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: item.value, bold: true, size: 23 })] })] }),
          ],
        }),
    ),
  });
}
