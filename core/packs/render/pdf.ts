import PDFDocument from 'pdfkit';
import type { PackDocument } from '../document';
import { asOfDate, audienceLabel } from './pack-text';
import { contentsPageCount, drawContents, type ContentsEntry } from './pdf-contents';
import { drawPageFurniture } from './pdf-furniture';
import { drawSection } from './pdf-section';
import { FONT, PAGE } from './pdf-theme';
import { drawTitlePage } from './pdf-title-page';

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * The pack as a tagged A4 PDF: title page, contents with page numbers, then each section with its
 * commentary and blocks; running header and "Page X of Y" footer with the audit chain head.
 * Deterministic: the same document gives the same bytes (dates and the file ID come from `asOf`).
 */
export async function renderPackPdf(pack: PackDocument): Promise<Buffer> {
  const frozenAt = asOfDate(pack) ?? new Date(0);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    font: FONT.regular,
    info: {
      Title: pack.title,
      Author: pack.organisation,
      Subject: pack.subtitle || `${pack.periodLabel} briefing for ${audienceLabel(pack.audience)}`,
      Keywords: `${pack.periodLabel}; ${audienceLabel(pack.audience)}; audit chain head ${pack.auditHeadHash}`,
      Creator: 'Alignment Desk',
      Producer: 'Alignment Desk (PDFKit)',
      CreationDate: frozenAt,
      ModDate: frozenAt,
    },
  });
  const done = collect(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  drawTitlePage({ doc, parent: root }, pack);

  // The contents are written last, but their structure comes before the sections.
  const contents = { heading: doc.struct('H1'), toc: doc.struct('TOC') };
  root.add(contents.heading);
  root.add(contents.toc);
  const contentsPages = contentsPageCount(doc, pack.sections.length);
  for (let page = 0; page < contentsPages; page++) doc.addPage();
  const firstContentsPage = 1;

  const entries: ContentsEntry[] = [];
  if (pack.sections.length > 0) doc.addPage();
  pack.sections.forEach((section, index) => {
    const destination = `section-${index + 1}`;
    const page = drawSection(doc, root, section, destination);
    entries.push({ heading: section.heading, page, destination });
  });

  drawContents(doc, contents, firstContentsPage, entries);
  drawPageFurniture(doc, pack);
  root.end();
  doc.end();
  return done;
}
