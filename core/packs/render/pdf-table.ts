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
 * Column widths filling `width`, like a browser's automatic table layout: every column gets at least
 * its minimum (the longest word for text, the whole figure for numbers, so neither breaks mid-word),
 * and the room left is shared in proportion to how much more each column would need to avoid
 * wrapping. Only when even the minimums do not fit are they scaled down.
 */
export function columnWidths(doc: PDFKit.PDFDocument, table: TableBlock, width: number): number[] {
  const isNumeric = (index: number) => table.numeric[index] === true;
  const measure = (text: string, bold: boolean) => {
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
    return doc.widthOfString(text);
  };
  const longestWord = (text: string, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((word) => measure(word, bold)));
  const natural: number[] = [];
  const minimum: number[] = [];
  table.columns.forEach((column, index) => {
    let widest = measure(column, true);
    let word = longestWord(column, true);
    for (const row of table.rows) {
      const cell = row[index] ?? '';
      widest = Math.max(widest, measure(cell, false));
      word = Math.max(word, isNumeric(index) ? measure(cell, false) : longestWord(cell, false));
    }
    natural.push(widest + 2 * PAD_X + 1);
    minimum.push(Math.min(Math.max(word, MIN_TEXT_COLUMN - 2 * PAD_X) + 2 * PAD_X + 1, width * 0.4));
  });
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  if (sum(natural) <= width) {
    const textTotal = sum(natural.filter((_, index) => !isNumeric(index)));
    const extra = width - sum(natural);
    return natural.map((value, index) => (textTotal === 0 ? value + extra / natural.length : isNumeric(index) ? value : value + (extra * value) / textTotal));
  }
  const minimumTotal = sum(minimum);
  if (minimumTotal >= width) return minimum.map((value) => (value * width) / minimumTotal);
  const wants = natural.map((value, index) => Math.max(0, value - minimum[index]!));
  const wantsTotal = sum(wants) || 1;
  const room = width - minimumTotal;
  return minimum.map((value, index) => value + (room * wants[index]!) / wantsTotal);
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
