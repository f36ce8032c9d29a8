import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPackDocx } from '../../core/packs/render/docx';
import { AWKWARD_LABEL, SAMPLE_HASH, samplePack } from './sample-pack';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each paragraph of a WordprocessingML part: its style id and its text. */
function paragraphs(xml: string): Array<{ style: string | null; text: string; xml: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: unescape([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')),
    xml: paragraph,
  }));
}

let docx: Buffer;
let zip: JSZip;
let documentXml: string;

beforeAll(async () => {
  docx = await renderPackDocx(samplePack);
  zip = await JSZip.loadAsync(docx);
  documentXml = await zip.file('word/document.xml')!.async('string');
});

const part = (path: string) => zip.file(path)!.async('string');

describe('renderPackDocx', () => {
  it('uses Word heading styles: Title, Heading 1 per section, Heading 2 for subheadings', () => {
    const all = paragraphs(documentXml);
    expect(all.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([samplePack.title]);
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(samplePack.sections.map((section) => section.heading));
    const subheadings = samplePack.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'subheading' ? [block.text] : [])));
    expect(all.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(subheadings);
  });

  it('has a table of contents field that Word updates on opening, linked to the headings', async () => {
    expect(documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    for (const [index] of samplePack.sections.entries()) {
      expect(documentXml).toContain(`w:anchor="_TocPackSection${index + 1}"`);
      expect(documentXml).toContain(`<w:bookmarkStart w:name="_TocPackSection${index + 1}" w:id="${index + 1}"/>`);
    }
    expect(await part('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('writes tables as Word tables with a repeating header row and right-aligned numbers', () => {
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
    expect(tables.length).toBe(3); // the figures grid and two data tables
    const programmes = tables.find((table) => table.includes('PRG-064'))!;
    const rows = [...programmes.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows).toHaveLength(65);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(paragraphs(rows[0]!).map((p) => p.text)).toEqual(['Reference', 'Programme', 'Status', 'Funding', 'Spent']);
    const money = paragraphs(programmes).find((p) => p.text === '£1,777,777.21')!;
    expect(money.xml).toContain('<w:jc w:val="right"/>');
    const name = paragraphs(programmes).find((p) => p.text === 'Programme 64: Retrofit pilot')!;
    expect(name.xml).not.toContain('<w:jc w:val="right"/>');
    expect(paragraphs(documentXml).some((p) => p.style === 'Caption' && p.text === 'Table 1. Programmes, status and funding')).toBe(true);
    const figures = tables.find((table) => table.includes('Programmes in the register'))!;
    expect(paragraphs(figures).map((p) => p.text)).toContain('£28,450,000.00');
  });

  it('puts each chart in as a PNG with its alt text', async () => {
    const media = Object.keys(zip.files).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(4);
    for (const path of media) {
      expect(path).toMatch(/\.png$/);
      const bytes = await zip.file(path)!.async('nodebuffer');
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(bytes.readUInt32BE(16)).toBe(1280); // 640 px laid out, at 2×
    }
    const drawings = [...documentXml.matchAll(/<wp:docPr ([^>]*)\/>/g)].map((match) => match[1]!);
    expect(drawings).toHaveLength(4);
    const charts = samplePack.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'chart' ? [block] : [])));
    charts.forEach((chart, index) => {
      expect(drawings[index]).toContain(`id="${index + 1}"`);
      expect(unescape(/descr="([^"]*)"/.exec(drawings[index]!)![1]!)).toBe(chart.altText);
      expect(unescape(/title="([^"]*)"/.exec(drawings[index]!)![1]!)).toBe(chart.chart.title);
    });
  });

  it('prints statements in bold', () => {
    const statement = paragraphs(documentXml).find((p) => p.text.startsWith('Every penny of the Community Wealth Fund'))!;
    expect(statement.xml).toContain('<w:b/>');
  });

  it('has a running header and a footer with page fields and the audit chain head', async () => {
    const footers = await Promise.all(Object.keys(zip.files).filter((path) => /^word\/footer\d+\.xml$/.test(path)).map(part));
    const footer = footers.find((xml) => xml.includes(SAMPLE_HASH.slice(0, 16)));
    expect(footer).toBeDefined();
    expect(footer).toContain(`Audit chain head ${SAMPLE_HASH.slice(0, 16)}… · data as of 1 October 2025`);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    const headers = await Promise.all(Object.keys(zip.files).filter((path) => /^word\/header\d+\.xml$/.test(path)).map(part));
    expect(headers.some((xml) => xml.includes(`${samplePack.title} — ${samplePack.periodLabel}`))).toBe(true);
    expect(documentXml).toContain('<w:titlePg/>');
  });

  it('escapes text and keeps it as written', () => {
    expect(documentXml).not.toContain('<pilot>');
    expect(paragraphs(documentXml).some((p) => p.text === AWKWARD_LABEL)).toBe(true);
  });

  it('sets the document properties, with the snapshot time as created and modified', async () => {
    const core = await part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${samplePack.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Alignment Desk</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Alignment Desk</cp:lastModifiedBy>');
    expect(core).toMatch(/<dc:description>[^<]*Data as of 1 October 2025 at 09:30 \(UTC\)/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-01T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-01T09:30:00Z</dcterms:modified>');
    for (const file of Object.values(zip.files)) expect(file.date.toISOString().slice(0, 10)).toBe('2025-10-01');
  });

  it('gives the same bytes for the same document, however many packs the process has written', async () => {
    expect((await renderPackDocx(structuredClone(samplePack))).equals(docx)).toBe(true);
  });
});
