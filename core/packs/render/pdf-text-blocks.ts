import {
  artifact,
  contentBottom,
  contentHeight,
  contentLeft,
  contentWidth,
  currentPageNumber,
  ensureSpace,
  flowOptions,
  space,
  tagged,
  useStyle,
  type PdfContext,
} from './pdf-context';
import { headerCell } from './pdf-table';
import { COLOUR, FONT, LINE_GAP, SIZE } from './pdf-theme';

const PARAGRAPH_GAP = 8;
/** Room kept below a heading so it never ends a page alone. */
const KEEP_WITH_NEXT = 90;

/** Height of a whole paragraph, and the part (two lines) that must start on the same page. */
export function paragraphHeights(doc: PDFKit.PDFDocument, text: string): { full: number; lead: number } {
  useStyle(doc, 'body');
  const full = doc.heightOfString(text, flowOptions(doc));
  const twoLines = 2 * (doc.currentLineHeight(true) + LINE_GAP);
  return { full: PARAGRAPH_GAP + full, lead: PARAGRAPH_GAP + Math.min(full, twoLines) };
}

/** A body paragraph (tagged P); long text flows onto following pages. */
export function drawParagraph(context: PdfContext, text: string): void {
  const { doc } = context;
  const { lead } = paragraphHeights(doc, text);
  useStyle(doc, 'body');
  const options = flowOptions(doc);
  space(doc, PARAGRAPH_GAP);
  ensureSpace(doc, lead - PARAGRAPH_GAP);
  tagged(context, 'P', () => doc.text(text, contentLeft(doc), doc.y, options));
}

/**
 * A section heading (tagged H1) with a rule and the named `destination` the contents link to,
 * kept on one page with the next `keep` points of content (at least a few lines); returns the
 * page it is on.
 */
export function drawSectionHeading(context: PdfContext, text: string, destination: string, keep: number): number {
  const { doc } = context;
  doc.font(FONT.bold).fontSize(SIZE.h1);
  const options = { width: contentWidth(doc), lineGap: 2 };
  space(doc, 20);
  const headingHeight = doc.heightOfString(text, options) + 8;
  ensureSpace(doc, Math.min(headingHeight + Math.max(KEEP_WITH_NEXT, keep), contentHeight(doc)));
  const page = currentPageNumber(doc);
  doc.addNamedDestination(destination, 'XYZ', contentLeft(doc), doc.y, 0);
  tagged(context, 'H1', () => doc.fillColor(COLOUR.accent).text(text, contentLeft(doc), doc.y, options));
  const ruleY = doc.y + 2;
  artifact(doc, () => doc.moveTo(contentLeft(doc), ruleY).lineTo(contentLeft(doc) + contentWidth(doc), ruleY).lineWidth(1).strokeColor(COLOUR.accent).stroke(), 'Layout');
  doc.y = ruleY + 6;
  return page;
}

/** Space a subheading needs on the current page, with the lines it is kept with. */
export function subheadingLeadHeight(doc: PDFKit.PDFDocument, text: string): number {
  doc.font(FONT.bold).fontSize(SIZE.h2);
  return 14 + doc.heightOfString(text, { width: contentWidth(doc), lineGap: 1 }) + KEEP_WITH_NEXT * 0.6;
}

/** A subheading (tagged H2), kept with what follows. */
export function drawSubheading(context: PdfContext, text: string): void {
  const { doc } = context;
  const lead = subheadingLeadHeight(doc, text);
  doc.font(FONT.bold).fontSize(SIZE.h2);
  const options = { width: contentWidth(doc), lineGap: 1 };
  space(doc, 14);
  ensureSpace(doc, lead - 14);
  tagged(context, 'H2', () => doc.fillColor(COLOUR.accent).text(text, contentLeft(doc), doc.y, options));
  doc.y += 2;
}

/** Space the first row of a figures grid needs. */
export function figuresLeadHeight(doc: PDFKit.PDFDocument): number {
  useStyle(doc, 'body');
  return 10 + doc.currentLineHeight(true) * 1.2 + 10;
}

/** Headline figures as a two-column grid of labels and values (tagged as a table). */
export function drawFigures(context: PdfContext, items: Array<{ label: string; value: string }>): void {
  const { doc } = context;
  if (items.length === 0) return;
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const labelWidth = width * 0.58;
  const valueWidth = width - labelWidth - 12;
  const table = doc.struct('Table');
  context.parent.add(table);
  space(doc, 10);
  for (const item of items) {
    useStyle(doc, 'body');
    const labelHeight = doc.heightOfString(item.label, { width: labelWidth, lineGap: 1 });
    doc.font(FONT.bold).fontSize(SIZE.body + 1);
    const valueHeight = doc.heightOfString(item.value, { width: valueWidth, lineGap: 1 });
    const rowHeight = Math.max(labelHeight, valueHeight) + 10;
    ensureSpace(doc, rowHeight);
    const top = doc.y;
    const row = doc.struct('TR');
    table.add(row);
    row.add(headerCell(doc, 'Row', () => useStyle(doc, 'body').fillColor(COLOUR.muted).text(item.label, left, top + 5, { width: labelWidth, lineGap: 1 })));
    row.add(doc.struct('TD', {}, () => doc.font(FONT.bold).fontSize(SIZE.body + 1).fillColor(COLOUR.ink).text(item.value, left + labelWidth + 12, top + 5, { width: valueWidth, lineGap: 1 })));
    row.end();
    const bottom = top + rowHeight;
    artifact(doc, () => doc.moveTo(left, bottom).lineTo(left + width, bottom).lineWidth(0.5).strokeColor(COLOUR.rule).stroke(), 'Layout');
    doc.y = bottom;
  }
  table.end();
}

const STATEMENT_PADDING = 10;

function statementTextOptions(doc: PDFKit.PDFDocument): PDFKit.Mixins.TextOptions {
  return { width: contentWidth(doc) - 2 * STATEMENT_PADDING - 4, lineGap: LINE_GAP };
}

/** Space a statement box needs (it is never split). */
export function statementLeadHeight(doc: PDFKit.PDFDocument, text: string): number {
  useStyle(doc, 'bold');
  return 12 + doc.heightOfString(text, statementTextOptions(doc)) + 2 * STATEMENT_PADDING;
}

/** A computed statement, bold in a shaded box with an accent bar. */
export function drawStatement(context: PdfContext, text: string): void {
  const { doc } = context;
  const padding = STATEMENT_PADDING;
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const textOptions = statementTextOptions(doc);
  const height = statementLeadHeight(doc, text) - 12;
  space(doc, 12);
  ensureSpace(doc, height);
  const top = doc.y;
  const boxHeight = Math.min(height, contentBottom(doc) - top);
  artifact(doc, () => {
    doc.rect(left, top, width, boxHeight).fill(COLOUR.statementFill);
    doc.rect(left, top, 4, boxHeight).fill(COLOUR.accent);
  }, 'Layout');
  tagged(context, 'P', () => useStyle(doc, 'bold').text(text, left + 4 + padding, top + padding, textOptions));
  doc.y = top + height;
}
