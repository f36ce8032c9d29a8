import { artifact, contentBottom, contentHeight, contentLeft, contentWidth, ensureSpace, space, type PdfContext } from './pdf-context';
import { COLOUR, FONT, SIZE } from './pdf-theme';

const PAD_X = 5;
const PAD_Y = 4;
const MIN_TEXT_COLUMN = 48;

export interface TableBlock {
  caption: string;
  columns: string[];
  rows: string[][];
  numeric: boolean[];
}

/** A header cell; `scope` says whether it heads a column or a row (pdfkit supports it, its types do not). */
export function headerCell(doc: PDFKit.PDFDocument, scope: 'Column' | 'Row', draw: () => void): PDFKit.PDFStructureElement {
  return doc.struct('TH', { scope } as PDFKit.Mixins.StructureElementOptions, draw);
}

/**
 * Column widths filling `width`: numeric columns keep their natural width (capped), text columns
 * share the rest in proportion to their natural widths and wrap.
 */
export function columnWidths(doc: PDFKit.PDFDocument, table: TableBlock, width: number): number[] {
  const natural = table.columns.map((column, index) => {
    doc.font(FONT.bold).fontSize(SIZE.table);
    let widest = doc.widthOfString(column);
    doc.font(FONT.regular).fontSize(SIZE.table);
    for (const row of table.rows) widest = Math.max(widest, doc.widthOfString(row[index] ?? ''));
    return widest + 2 * PAD_X + 1;
  });
  const isNumeric = (index: number) => table.numeric[index] === true;
  const total = natural.reduce((sum, value) => sum + value, 0);
  if (total <= width) {
    const textTotal = natural.reduce((sum, value, index) => sum + (isNumeric(index) ? 0 : value), 0);
    const extra = width - total;
    return natural.map((value, index) => {
      if (textTotal === 0) return value + extra / natural.length;
      return isNumeric(index) ? value : value + (extra * value) / textTotal;
    });
  }
  const fixed = natural.map((value, index) => (isNumeric(index) ? Math.min(value, width * 0.25) : 0));
  const fixedTotal = fixed.reduce((sum, value) => sum + value, 0);
  const textNatural = natural.reduce((sum, value, index) => sum + (isNumeric(index) ? 0 : value), 0);
  const room = Math.max(0, width - fixedTotal);
  const shared = natural.map((value, index) => (isNumeric(index) ? fixed[index]! : Math.max(MIN_TEXT_COLUMN, (room * value) / (textNatural || 1))));
  const scale = width / shared.reduce((sum, value) => sum + value, 0);
  return shared.map((value) => value * scale);
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], widths: number[], bold: boolean): number {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
  let tallest = doc.currentLineHeight(true);
  cells.forEach((cell, index) => {
    tallest = Math.max(tallest, doc.heightOfString(cell, { width: widths[index]! - 2 * PAD_X, lineGap: 1 }));
  });
  return tallest + 2 * PAD_Y;
}

/** The left edge of each column. */
function cellPositions(left: number, widths: number[]): number[] {
  const xs: number[] = [];
  let x = left;
  for (const width of widths) {
    xs.push(x);
    x += width;
  }
  return xs;
}

function captionHeight(doc: PDFKit.PDFDocument, table: TableBlock, width: number): number {
  doc.font(FONT.bold).fontSize(SIZE.caption);
  return table.caption ? doc.heightOfString(table.caption, { width }) + 4 : 0;
}

const GAP_BEFORE = 12;

/** Space a table needs on the current page before it starts: caption, header and first row. */
export function tableLeadHeight(doc: PDFKit.PDFDocument, table: TableBlock): number {
  const width = contentWidth(doc);
  const widths = columnWidths(doc, table, width);
  const first = table.rows[0] ? rowHeight(doc, table.rows[0], widths, false) : 0;
  return GAP_BEFORE + captionHeight(doc, table, width) + rowHeight(doc, table.columns, widths, true) + first;
}

/**
 * A table: caption, a header row repeated at the top of every page it continues on, zebra rows,
 * numeric columns right-aligned. Tagged as Table/TR/TH/TD; repeated headers are artifacts.
 */
export function drawTable(context: PdfContext, table: TableBlock): void {
  const { doc } = context;
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const widths = columnWidths(doc, table, width);
  const xs = cellPositions(left, widths);
  const align = (index: number) => (table.numeric[index] ? 'right' : 'left');
  const headerHeight = rowHeight(doc, table.columns, widths, true);

  const lead = tableLeadHeight(doc, table);
  const caption = captionHeight(doc, table, width);
  space(doc, GAP_BEFORE);
  ensureSpace(doc, lead - GAP_BEFORE);

  const structure = doc.struct('Table');
  context.parent.add(structure);
  if (table.caption) {
    const top = doc.y;
    structure.add(doc.struct('Caption', {}, () => doc.font(FONT.bold).fontSize(SIZE.caption).fillColor(COLOUR.ink).text(table.caption, left, top, { width })));
    doc.y = top + caption;
  }

  const drawHeaderText = (top: number) => (index: number) =>
    doc.font(FONT.bold).fontSize(SIZE.table).fillColor(COLOUR.headerText).text(table.columns[index]!, xs[index]! + PAD_X, top + PAD_Y, {
      width: widths[index]! - 2 * PAD_X,
      align: align(index),
      lineGap: 1,
    });
  const headerBackground = (top: number) => doc.rect(left, top, width, headerHeight).fill(COLOUR.accent);

  // The header row, tagged once.
  let top = doc.y;
  artifact(doc, () => headerBackground(top), 'Layout');
  const headerRow = doc.struct('TR');
  structure.add(headerRow);
  table.columns.forEach((_, index) => headerRow.add(headerCell(doc, 'Column', () => drawHeaderText(top)(index))));
  headerRow.end();
  doc.y = top + headerHeight;

  // A row taller than a page (very long cell text) is cut to fit one, ending in an ellipsis.
  const tallest = contentHeight(doc) - headerHeight;
  table.rows.forEach((row, rowIndex) => {
    const height = Math.min(rowHeight(doc, row, widths, false), tallest);
    if (doc.y + height > contentBottom(doc)) {
      doc.addPage();
      const repeatTop = doc.y;
      artifact(doc, () => {
        headerBackground(repeatTop);
        table.columns.forEach((_, index) => drawHeaderText(repeatTop)(index));
      }, 'Pagination');
      doc.y = repeatTop + headerHeight;
    }
    top = doc.y;
    if (rowIndex % 2 === 1) artifact(doc, () => doc.rect(left, top, width, height).fill(COLOUR.zebra), 'Layout');
    const rowStructure = doc.struct('TR');
    structure.add(rowStructure);
    table.columns.forEach((_, index) => {
      rowStructure.add(
        doc.struct('TD', {}, () =>
          doc.font(FONT.regular).fontSize(SIZE.table).fillColor(COLOUR.ink).text(row[index] ?? '', xs[index]! + PAD_X, top + PAD_Y, {
            width: widths[index]! - 2 * PAD_X,
            height: height - 2 * PAD_Y,
            ellipsis: true,
            align: align(index),
            lineGap: 1,
          }),
        ),
      );
    });
    rowStructure.end();
    doc.y = top + height;
  });
  const end = doc.y;
  artifact(doc, () => doc.moveTo(left, end).lineTo(left + width, end).lineWidth(0.75).strokeColor(COLOUR.accent).stroke(), 'Layout');
  structure.end();
}
