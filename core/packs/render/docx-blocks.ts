import { BookmarkEnd, BookmarkStart, BorderStyle, HeadingLevel, ImageRun, Paragraph, ShadingType, TextRun, type ParagraphChild, type Table } from 'docx';
import type { PackBlock, PackSection } from '../document';
import { chartToSvg } from '../charts/chart-svg';
import { svgSize } from '../charts/svg-size';
import { commentaryParagraphs } from './pack-text';
import { COLOUR, PAGE, twipsToPixels } from './docx-theme';
import { figuresTable, tableCaption, wordTable } from './docx-table';
import { svgToPng } from './png';

type WordBlock = Paragraph | Table;

/**
 * Ids that must be unique within the Word file. docx would take them from counters shared by
 * every Word file the process writes, so the same pack would come out differently each time.
 */
export interface DocumentIds {
  /** Drawings (`wp:docPr` ids) numbered so far. */
  drawings: number;
}

/** The bookmark on section `index`'s heading, which the table of contents links to. */
export function sectionBookmark(index: number): string {
  return `_TocPackSection${index + 1}`;
}

/** Charts are laid out at this width and rasterised at 2× for print. */
const CHART_WIDTH = 640;
const CHART_SCALE = 2;

function body(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

async function chart(block: Extract<PackBlock, { kind: 'chart' }>, ids: DocumentIds): Promise<WordBlock[]> {
  ids.drawings += 1;
  const svg = chartToSvg(block.chart, { width: CHART_WIDTH });
  const size = svgSize(svg);
  const png = await svgToPng(svg, CHART_SCALE);
  const width = Math.min(twipsToPixels(PAGE.contentWidth), size.width);
  const height = (size.height * width) / size.width;
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width), height: Math.round(height) },
          altText: { id: String(ids.drawings), name: block.id, title: block.chart.title, description: block.altText },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
    new Paragraph({ style: 'ChartDescription', children: [new TextRun(block.altText)] }),
  ];
}

function statement(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 200, after: 200 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.statementFill },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLOUR.accent, space: 8 } },
    indent: { left: 170, right: 170 },
    children: [new TextRun({ text, bold: true })],
  });
}

/** One pack block as Word paragraphs and tables. */
async function wordBlock(block: PackBlock, ids: DocumentIds): Promise<WordBlock[]> {
  switch (block.kind) {
    case 'paragraph':
      return [body(block.text)];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'figures':
      return block.items.length === 0 ? [] : [figuresTable(block.items), new Paragraph({ spacing: { after: 0 } })];
    case 'table':
      return [...(block.caption ? [tableCaption(block.caption)] : []), wordTable(block), new Paragraph({ spacing: { after: 0 } })];
    case 'chart':
      return chart(block, ids);
    case 'statement':
      return [statement(block.text)];
  }
}

/** Section `index`: Heading 1 (bookmarked), the commentary paragraphs, then its blocks in order. */
export async function wordSection(section: PackSection, index: number, ids: DocumentIds): Promise<WordBlock[]> {
  const bookmarkId = index + 1;
  // docx's Bookmark numbers itself from a process-wide counter; its start and end elements take
  // our own id. Its types do not list them as paragraph children, but it writes them as such.
  const start = new BookmarkStart(sectionBookmark(index), bookmarkId) as unknown as ParagraphChild;
  const end = new BookmarkEnd(bookmarkId) as unknown as ParagraphChild;
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [start, new TextRun(section.heading), end] });
  const children: WordBlock[] = [heading];
  for (const paragraph of commentaryParagraphs(section.commentary)) children.push(body(paragraph));
  for (const block of section.blocks) children.push(...(await wordBlock(block, ids)));
  return children;
}
