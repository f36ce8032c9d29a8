import type { PackDocument } from '../document';
import { artifact, fitLine } from './pdf-context';
import { footerProvenance } from './pack-text';
import { COLOUR, FONT, PAGE, SIZE } from './pdf-theme';

/**
 * Running header and footer ("Page X of Y" and the audit provenance) on every page but the
 * title page. Drawn after layout, when the page count is known, as pagination artifacts.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, pack: PackDocument): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  const period = ` — ${pack.periodLabel}`;
  const provenance = footerProvenance(pack);
  for (let index = range.start + 1; index < range.start + total; index++) {
    doc.switchToPage(index);
    const { margins, width, height } = doc.page;
    const bottomMargin = margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    margins.bottom = 0;
    const left = margins.left;
    const contentWidth = width - margins.left - margins.right;
    const footerY = height - PAGE.footerOffset;
    const pageLabel = `Page ${index + 1} of ${total}`;
    artifact(
      doc,
      () => {
        doc.font(FONT.regular).fontSize(SIZE.furniture).fillColor(COLOUR.muted);
        // A long title is cut, never the period after it.
        const header = fitLine(doc, pack.title, contentWidth - doc.widthOfString(period)) + period;
        doc.text(fitLine(doc, header, contentWidth), left, PAGE.headerBaseline, { width: contentWidth, lineBreak: false });
        const ruleTop = PAGE.headerBaseline + doc.currentLineHeight(true) + 4;
        doc.moveTo(left, ruleTop).lineTo(left + contentWidth, ruleTop).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
        doc.moveTo(left, footerY - 6).lineTo(left + contentWidth, footerY - 6).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
        const pageWidth = doc.font(FONT.bold).widthOfString(pageLabel);
        doc.font(FONT.regular).fillColor(COLOUR.muted);
        doc.text(fitLine(doc, provenance, contentWidth - pageWidth - 12), left, footerY, { width: contentWidth - pageWidth - 12, lineBreak: false });
        doc.font(FONT.bold).text(pageLabel, left + contentWidth - pageWidth - 2, footerY, { width: pageWidth + 2, lineBreak: false, align: 'right' });
      },
      'Pagination',
    );
    margins.bottom = bottomMargin;
  }
}
