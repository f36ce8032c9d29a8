import type { PackSection } from '../document';
import { blockLeadHeight, drawBlock } from './pdf-blocks';
import { drawParagraph, drawSectionHeading, paragraphHeights } from './pdf-text-blocks';
import { commentaryParagraphs } from './pack-text';

/** Commentary this short is kept on one page with its heading and the first block. */
const SHORT_COMMENTARY = 110;

/**
 * Space that must follow the heading on its page: short commentary and the start of the first
 * block, or else the first lines of the commentary.
 */
function leadHeight(doc: PDFKit.PDFDocument, paragraphs: string[], section: PackSection): number {
  const first = section.blocks[0];
  const firstBlock = first ? blockLeadHeight(doc, first) : 0;
  if (paragraphs.length === 0) return firstBlock;
  const heights = paragraphs.map((paragraph) => paragraphHeights(doc, paragraph));
  const commentary = heights.reduce((sum, height) => sum + height.full, 0);
  return commentary <= SHORT_COMMENTARY ? commentary + firstBlock : heights[0]!.lead;
}

/**
 * A section (tagged Sect under `root`): heading (an outline entry and the named `destination`),
 * commentary, then blocks; returns the page the heading is on.
 */
export function drawSection(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, section: PackSection, destination: string): number {
  const sect = doc.struct('Sect', { title: section.heading });
  root.add(sect);
  const context = { doc, parent: sect };
  const paragraphs = commentaryParagraphs(section.commentary);
  const page = drawSectionHeading(context, section.heading, destination, leadHeight(doc, paragraphs, section));
  doc.outline.addItem(section.heading);
  for (const paragraph of paragraphs) drawParagraph(context, paragraph);
  for (const block of section.blocks) drawBlock(context, block);
  sect.end();
  return page;
}
