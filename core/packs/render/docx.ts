import { Document, HeadingLevel, Packer, PageBreak, Paragraph, TableOfContents, TextRun, type Table } from 'docx';
import type { PackDocument } from '../document';
import { sectionBookmark, wordSection, type DocumentIds } from './docx-blocks';
import { corePropertiesXml } from './docx-core-properties';
import { emptyFooter, emptyHeader, wordFooter, wordHeader } from './docx-furniture';
import { COLOUR, PAGE, STYLES } from './docx-theme';
import { asOfDate, audienceLabel, dataAsOfLine } from './pack-text';
import { withFixedTimestamps } from './zip-timestamps';

const CREATOR = 'Alignment Desk';

function titlePage(pack: PackDocument): Paragraph[] {
  const line = (text: string, options: { bold?: boolean; size?: number; colour?: string } = {}) =>
    new Paragraph({ children: [new TextRun({ text, bold: options.bold, size: options.size, color: options.colour })] });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: pack.organisation, bold: true, size: 30, color: COLOUR.muted })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(pack.title)] }),
    ...(pack.subtitle.trim() ? [line(pack.subtitle, { size: 30 })] : []),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun(`Prepared for: ${audienceLabel(pack.audience)}`)] }),
    line(`Period: ${pack.periodLabel}`),
    line(dataAsOfLine(pack)),
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: 'Audit chain head at the snapshot', bold: true, size: 18, color: COLOUR.muted })] }),
    line(pack.auditHeadHash, { size: 18, colour: COLOUR.muted }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The contents: a TOC field listing the section headings (linked to their bookmarks) until Word
 * updates it with page numbers on opening (`updateFields`).
 */
function contents(pack: PackDocument): Array<Paragraph | TableOfContents> {
  const cachedEntries = pack.sections.map((section, index) => ({ title: section.heading, level: 1, href: sectionBookmark(index) }));
  return [
    new Paragraph({ children: [new TextRun({ text: 'Contents', bold: true, size: 36, color: COLOUR.accent })] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1', cachedEntries }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The pack as a Word document: title page, a table of contents field (Word fills in the page
 * numbers when it opens the file), Heading 1 per section, Heading 2 subheadings, real tables with
 * repeating header rows, charts as PNG images with alt text, and a header and "Page X of Y"
 * footer with the audit chain head. The same document gives the same bytes.
 */
export async function renderPackDocx(pack: PackDocument): Promise<Buffer> {
  const when = asOfDate(pack) ?? new Date(0);
  const sections: Array<Paragraph | Table | TableOfContents> = [];
  const ids: DocumentIds = { drawings: 0 };
  for (const [index, section] of pack.sections.entries()) sections.push(...(await wordSection(section, index, ids)));
  const description = `${pack.subtitle ? `${pack.subtitle}. ` : ''}${dataAsOfLine(pack)}. Audit chain head ${pack.auditHeadHash}.`;
  const properties = {
    title: pack.title,
    subject: `${pack.periodLabel} briefing for ${audienceLabel(pack.audience)}`,
    creator: CREATOR,
    description,
    keywords: `${pack.organisation}; ${pack.periodLabel}`,
  };
  const document = new Document({
    ...properties,
    lastModifiedBy: CREATOR,
    styles: STYLES,
    features: { updateFields: true },
    sections: [
      {
        properties: { titlePage: true, page: { size: PAGE.size, margin: PAGE.margin } },
        headers: { default: wordHeader(pack), first: emptyHeader() },
        footers: { default: wordFooter(pack), first: emptyFooter() },
        children: [...titlePage(pack), ...contents(pack), ...sections],
      },
    ],
  });
  const core = corePropertiesXml({ ...properties, when });
  const zip = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]);
  return withFixedTimestamps(zip, when);
}
