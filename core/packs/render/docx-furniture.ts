import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { PackDocument } from '../document';
import { footerProvenance, runningHeader } from './pack-text';
import { PAGE } from './docx-theme';

/** Running header: "<title> — <period>". */
export function wordHeader(pack: PackDocument): Header {
  return new Header({ children: [new Paragraph({ style: 'PackFurniture', children: [new TextRun(runningHeader(pack))] })] });
}

/** Footer: audit provenance on the left, "Page X of Y" (Word fields) on the right. */
export function wordFooter(pack: PackDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'PackFurniture',
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.contentWidth }],
        children: [
          new TextRun(footerProvenance(pack)),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], bold: true }),
        ],
      }),
    ],
  });
}

/** The title page has no header or footer. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [] })] });
}

export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ children: [] })] });
}
