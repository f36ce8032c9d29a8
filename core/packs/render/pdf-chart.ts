import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartSpec } from '../document';
import { chartToSvg } from '../charts/chart-svg';
import { svgSize } from '../charts/svg-size';
import { contentHeight, contentLeft, contentWidth, ensureSpace, space, tagged, useStyle, type PdfContext } from './pdf-context';
import { FONT, LINE_GAP } from './pdf-theme';

export interface ChartBlock {
  caption: string;
  altText: string;
  chart: ChartSpec;
}

/** Width charts are laid out at before being scaled to the page. */
const LAYOUT_WIDTH = 640;
const GAP_BEFORE = 14;

interface ChartLayout {
  svg: string;
  size: { width: number; height: number };
  scale: number;
  drawHeight: number;
  captionHeight: number;
  altHeight: number;
}

/** Chart size on the page: the content width, or smaller when it would not fit a page with its text. */
function layoutChart(doc: PDFKit.PDFDocument, block: ChartBlock): ChartLayout {
  const svg = chartToSvg(block.chart, { width: LAYOUT_WIDTH });
  const size = svgSize(svg);
  const width = contentWidth(doc);
  useStyle(doc, 'caption');
  const captionHeight = doc.heightOfString(block.caption, { width, lineGap: LINE_GAP }) + 4;
  useStyle(doc, 'muted');
  const altHeight = doc.heightOfString(block.altText, { width, lineGap: LINE_GAP });
  const room = contentHeight(doc) - captionHeight - altHeight - GAP_BEFORE - 8;
  const scale = Math.min(width / size.width, room / size.height);
  return { svg, size, scale, drawHeight: size.height * scale, captionHeight, altHeight };
}

/** Space the chart needs on the current page before it starts (the drawing and its caption). */
export function chartLeadHeight(doc: PDFKit.PDFDocument, block: ChartBlock): number {
  const layout = layoutChart(doc, block);
  return GAP_BEFORE + layout.drawHeight + layout.captionHeight + 8;
}

/**
 * A chart drawn as vectors (tagged Figure with the alt text) with its caption and text
 * description below.
 */
export function drawChart(context: PdfContext, block: ChartBlock): void {
  const { doc } = context;
  const { svg, size, scale, drawHeight, captionHeight, altHeight } = layoutChart(doc, block);
  const width = contentWidth(doc);
  space(doc, GAP_BEFORE);
  ensureSpace(doc, drawHeight + captionHeight + 8);
  const left = contentLeft(doc);
  const top = doc.y;
  tagged(
    context,
    'Figure',
    () => {
      doc.save();
      doc.translate(left, top).scale(scale);
      // One SVG unit is one point before scaling; the charts use only DejaVu Sans, regular and bold,
      // and only elements svg-to-pdfkit draws, so its console warnings are turned off.
      SVGtoPDF(doc, svg, 0, 0, {
        width: size.width,
        height: size.height,
        assumePt: true,
        fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
        warningCallback: () => undefined,
      });
      doc.restore();
    },
    { alt: block.altText },
  );
  doc.y = top + drawHeight + 6;
  tagged(context, 'Caption', () => useStyle(doc, 'caption').text(block.caption, left, doc.y, { width, lineGap: LINE_GAP }));
  doc.y += 2;
  ensureSpace(doc, Math.min(altHeight, 24));
  tagged(context, 'P', () => useStyle(doc, 'muted').text(block.altText, left, doc.y, { width, lineGap: LINE_GAP }));
}
