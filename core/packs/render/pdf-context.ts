/// <reference types="pdfkit" />
import { COLOUR, FONT, LINE_GAP, SIZE } from './pdf-theme';

/** What every PDF block drawer needs: the document and the structure element it adds to. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  /** The structure element (a section) that tagged content is added under. */
  parent: PDFKit.PDFStructureElement;
}

export function contentLeft(doc: PDFKit.PDFDocument): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function contentBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function contentHeight(doc: PDFKit.PDFDocument): number {
  return contentBottom(doc) - doc.page.margins.top;
}

/** 1-based number of the page being drawn (layout always draws on the last page). */
export function currentPageNumber(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

/** Starts a new page unless `height` more points fit on this one; true when it did. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): boolean {
  if (doc.y + height <= contentBottom(doc)) return false;
  doc.addPage();
  return true;
}

/** True at the top of a page, where spacing before a block is not wanted. */
export function atPageTop(doc: PDFKit.PDFDocument): boolean {
  return doc.y <= doc.page.margins.top + 0.5;
}

/** Moves down by `gap` unless at the top of a page. */
export function space(doc: PDFKit.PDFDocument, gap: number): void {
  if (!atPageTop(doc)) doc.y += gap;
}

/** Draws decoration (fills, rules, running headers) as an artifact, outside the reading order. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}

/** Adds a tagged element to `parent` and draws its content inside it. */
export function tagged(
  context: PdfContext,
  type: string,
  draw: () => void,
  options: { alt?: string; title?: string } = {},
): PDFKit.PDFStructureElement {
  const element = context.doc.struct(type, options, draw);
  context.parent.add(element);
  return element;
}

export type TextStyle = 'body' | 'bold' | 'muted' | 'caption';

/** Sets font, size and colour for one of the pack's text styles. */
export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle): PDFKit.PDFDocument {
  switch (style) {
    case 'body':
      return doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOUR.ink);
    case 'bold':
      return doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOUR.ink);
    case 'muted':
      return doc.font(FONT.regular).fontSize(SIZE.caption).fillColor(COLOUR.muted);
    case 'caption':
      return doc.font(FONT.bold).fontSize(SIZE.caption).fillColor(COLOUR.ink);
  }
}

/** Body text options at the content width. */
export function flowOptions(doc: PDFKit.PDFDocument): PDFKit.Mixins.TextOptions {
  return { width: contentWidth(doc), lineGap: LINE_GAP };
}

/** `text` cut with an ellipsis to fit `width` in the current font (for single-line text). */
export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && doc.widthOfString(`${chars.join('').trimEnd()}…`) > width) chars.pop();
  return chars.length === 0 ? '' : `${chars.join('').trimEnd()}…`;
}
