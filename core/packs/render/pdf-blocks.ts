import type { PackBlock } from '../document';
import { chartLeadHeight, drawChart } from './pdf-chart';
import type { PdfContext } from './pdf-context';
import { drawTable, tableLeadHeight } from './pdf-table';
import {
  drawFigures,
  drawParagraph,
  drawStatement,
  drawSubheading,
  figuresLeadHeight,
  paragraphHeights,
  statementLeadHeight,
  subheadingLeadHeight,
} from './pdf-text-blocks';

/** Draws one block of a section. */
export function drawBlock(context: PdfContext, block: PackBlock): void {
  switch (block.kind) {
    case 'paragraph':
      return drawParagraph(context, block.text);
    case 'subheading':
      return drawSubheading(context, block.text);
    case 'figures':
      return drawFigures(context, block.items);
    case 'table':
      return drawTable(context, block);
    case 'chart':
      return drawChart(context, block);
    case 'statement':
      return drawStatement(context, block.text);
  }
}

/** Space a block needs on the page it starts on (so what comes before can be kept with it). */
export function blockLeadHeight(doc: PDFKit.PDFDocument, block: PackBlock): number {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHeights(doc, block.text).lead;
    case 'subheading':
      return subheadingLeadHeight(doc, block.text);
    case 'figures':
      return figuresLeadHeight(doc);
    case 'table':
      return tableLeadHeight(doc, block);
    case 'chart':
      return chartLeadHeight(doc, block);
    case 'statement':
      return statementLeadHeight(doc, block.text);
  }
}
