import { contentLeft, contentWidth, fitLine } from './pdf-context';
import { COLOUR, FONT, SIZE } from './pdf-theme';

export interface ContentsEntry {
  heading: string;
  page: number;
  destination: string;
}

const ENTRY_HEIGHT = 24;
const HEADING_ROOM = 60;

/** Pages the contents need for `count` entries. */
export function contentsPageCount(doc: PDFKit.PDFDocument, count: number): number {
  const perPage = Math.max(1, Math.floor((doc.page.height - doc.page.margins.top - doc.page.margins.bottom - HEADING_ROOM) / ENTRY_HEIGHT));
  return Math.max(1, Math.ceil(count / perPage));
}

/**
 * Writes the contents onto the reserved pages (0-based `firstPage` onwards) once layout has
 * found each section's page: heading, dot leader and page number, each linked to its section.
 * `structure` holds the heading and TOC elements, placed in the reading order before the sections.
 */
export function drawContents(
  doc: PDFKit.PDFDocument,
  structure: { heading: PDFKit.PDFStructureElement; toc: PDFKit.PDFStructureElement },
  firstPage: number,
  entries: ContentsEntry[],
): void {
  const { heading, toc } = structure;
  doc.switchToPage(firstPage);
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const bottom = doc.page.height - doc.page.margins.bottom;

  let y = doc.page.margins.top;
  heading.add(() => doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(COLOUR.accent).text('Contents', left, y, { width }));
  heading.end();
  y += HEADING_ROOM - 20;
  let page = firstPage;
  for (const entry of entries) {
    if (y + ENTRY_HEIGHT > bottom) {
      page += 1;
      doc.switchToPage(page);
      y = doc.page.margins.top;
    }
    const number = String(entry.page);
    doc.font(FONT.regular).fontSize(SIZE.body + 1);
    const numberWidth = doc.widthOfString(number);
    const heading = fitLine(doc, entry.heading, width - numberWidth - 40);
    const headingWidth = doc.widthOfString(heading);
    const dotWidth = doc.widthOfString('.');
    const dotsRoom = width - headingWidth - numberWidth - 16;
    const dots = '.'.repeat(Math.max(0, Math.floor(dotsRoom / (dotWidth * 1.6))));
    const rowTop = y;
    toc.add(
      doc.struct('TOCI', {}, () => {
        doc.fillColor(COLOUR.ink).text(heading, left, rowTop, { width: headingWidth + 1, lineBreak: false, goTo: entry.destination });
        doc.fillColor(COLOUR.rule).text(dots, left + headingWidth + 8, rowTop, { width: dotsRoom, lineBreak: false, characterSpacing: dotWidth * 0.6 });
        doc.fillColor(COLOUR.ink).text(number, left + width - numberWidth, rowTop, { width: numberWidth, lineBreak: false, goTo: entry.destination });
      }),
    );
    y += ENTRY_HEIGHT;
  }
  toc.end();
}
