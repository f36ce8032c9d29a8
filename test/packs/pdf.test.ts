import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackDocument } from '../../core/packs/document';
import { renderPackPdf } from '../../core/packs/render/pdf';
import { poppler, requirePoppler } from './poppler';
import { AWKWARD_LABEL, SAMPLE_HASH, samplePack } from './sample-pack';

let dir: string;
let pdf: Buffer;
let file: string;
let pageCount: number;
/** pdftotext of each page (index 0 is page 1). */
let pages: string[];

beforeAll(async () => {
  requirePoppler();
  dir = mkdtempSync(join(tmpdir(), 'pack-pdf-'));
  pdf = await renderPackPdf(samplePack);
  file = join(dir, 'pack.pdf');
  writeFileSync(file, pdf);
  pageCount = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]))?.[1]);
  pages = Array.from({ length: pageCount }, (_, index) => poppler('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-']));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (text: string) => text.split('\n').map((line) => line.trim());

describe('renderPackPdf', () => {
  it('renders every page (pdftoppm) and has more than three', () => {
    expect(pageCount).toBeGreaterThan(3);
    poppler('pdftoppm', ['-r', '50', '-png', file, join(dir, 'page')]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(pageCount);
  });

  it('numbers every page but the title page "Page X of Y", Y being the page count', () => {
    expect(pages[0]).not.toMatch(/Page \d+ of \d+/);
    pages.slice(1).forEach((text, index) => expect(text).toContain(`Page ${index + 2} of ${pageCount}`));
  });

  it('prints the running header and the audit chain head in every footer but the title page', () => {
    const provenance = `Audit chain head ${SAMPLE_HASH.slice(0, 16)}… · data as of 1 October 2025`;
    for (const text of pages.slice(1)) {
      expect(text).toContain(provenance);
      expect(text).toContain(`${samplePack.title} — ${samplePack.periodLabel}`);
    }
  });

  it('has a title page with the title, organisation, audience, period and snapshot time', () => {
    for (const expected of [samplePack.title.split(' and ')[0]!, samplePack.subtitle, samplePack.organisation, 'Greater Manchester Combined Authority', 'Period: 2025/26 Q2', 'Data as of 1 October 2025 at 09:30 (UTC)', SAMPLE_HASH]) {
      expect(pages[0]).toContain(expected);
    }
  });

  it('lists every section in the contents with the page its heading is on', () => {
    const contents = poppler('pdftotext', ['-layout', '-f', '2', '-l', '2', file, '-']);
    expect(contents).toContain('Contents');
    for (const section of samplePack.sections) {
      const entry = lines(contents).find((line) => line.startsWith(section.heading));
      expect(entry, `contents entry for ${section.heading}`).toBeDefined();
      const page = Number(/(\d+)$/.exec(entry!)?.[1]);
      // The first page after the contents with the heading on a line of its own.
      const first = pages.findIndex((text, index) => index > 1 && lines(text).includes(section.heading)) + 1;
      expect(page, section.heading).toBe(first);
      expect(lines(poppler('pdftotext', ['-f', String(page), '-l', String(page), file, '-']))).toContain(section.heading);
    }
  });

  it('keeps the text: headings, £ figures, escaped labels as written', () => {
    const all = pages.join('\n');
    for (const section of samplePack.sections) expect(all).toContain(section.heading);
    for (const money of ['£28,450,000.00', '£612,300.50', '£1,777,777.21', '£1,200,000.00', '£12,450,000.00']) expect(all).toContain(money);
    expect(all).toContain(AWKWARD_LABEL);
    expect(all).toContain('Good jobs and growth');
    expect(all).toContain('Figure 4. Programmes and money by mission and settlement theme.');
  });

  it('repeats the table header on every page the table continues on', () => {
    const tablePages = pages.filter((text) => /PRG-0\d\d/.test(text));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const text of tablePages) {
      const headerAt = lines(text).indexOf('Reference');
      const firstRowAt = lines(text).findIndex((line) => /^PRG-0\d\d$/.test(line));
      expect(headerAt).toBeGreaterThanOrEqual(0);
      expect(headerAt).toBeLessThan(firstRowAt);
    }
  });

  it('embeds DejaVu Sans and nothing else', () => {
    const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBe(2);
    for (const line of fonts) expect(line).toMatch(/DejaVuSans(-Bold)?\s.*\byes\s+yes\s+yes\b/);
  });

  it('is tagged, in British English, with metadata and dates from the snapshot', () => {
    const info = poppler('pdfinfo', ['-isodates', file]);
    expect(info).toMatch(/^Title:\s+Integrated Settlement and Missions Briefing$/m);
    expect(info).toMatch(/^Author:\s+Wigan Council$/m);
    expect(info).toMatch(/^Subject:\s+Quarterly position for the GMCA$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^CreationDate:\s+2025-10-01T09:30:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2025-10-01T09:30:00Z$/m);
    expect(info).toMatch(/^Page size:\s+595.28 x 841.89 pts \(A4\)$/m);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/Outlines');
    const structure = poppler('pdfinfo', ['-struct', file]);
    expect(structure.match(/^\s+H1\b/gm)!.length).toBeGreaterThanOrEqual(samplePack.sections.length);
    expect(structure).toMatch(/^\s+H2\b/m);
    expect(structure).toMatch(/^\s+Figure\b/m);
    expect(structure).toMatch(/^\s+Table\b/m);
    expect(structure).toMatch(/^\s+TOC\b/m);
  });

  it('gives the same bytes for the same document', async () => {
    expect((await renderPackPdf(structuredClone(samplePack))).equals(pdf)).toBe(true);
  });

  it('copes with an empty pack and empty blocks', async () => {
    const bare: PackDocument = {
      ...samplePack,
      subtitle: '',
      asOf: 'not a date',
      sections: [
        {
          id: 'headline',
          heading: 'Nothing yet',
          commentary: '',
          blocks: [
            { kind: 'table', caption: '', columns: ['A', 'B'], rows: [], numeric: [false, true] },
            { kind: 'figures', items: [] },
            { kind: 'chart', id: 'c', caption: 'Empty', altText: 'No data.', chart: { type: 'trend', title: 'Empty', unit: '', points: [] } },
          ],
        },
      ],
    };
    const out = join(dir, 'bare.pdf');
    writeFileSync(out, await renderPackPdf(bare));
    expect(poppler('pdfinfo', [out])).toMatch(/^Pages:\s+3$/m);
    expect(poppler('pdftotext', [out, '-'])).toContain('Data as of not a date (UTC)');
    writeFileSync(out, await renderPackPdf({ ...bare, sections: [] }));
    expect(poppler('pdfinfo', [out])).toMatch(/^Pages:\s+2$/m);
  });
});
