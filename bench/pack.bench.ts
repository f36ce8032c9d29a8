import { composePack, type PackComposition } from '../core/packs/compose';
import { gatherPackData } from '../core/packs/gather';
import { contentHash } from '../core/packs/hash';
import { renderPackDocx } from '../core/packs/render/docx';
import { renderPackPdf } from '../core/packs/render/pdf';
import { openWorkspaceDatabase } from '../db/connection';
import { generateGmScaleWorkspace, GM_SCALE_TODAY } from './gm-scale';
import { GM_SCALE_FILE } from './alignment.bench';
import { median } from './stats';


/**
 * A GMCA pack of about twenty pages at this scale. The outcome, mission, risk and appendix sections
 * are left out: across ten councils' indicators and risks they alone run to 50+ pages.
 */
const PACK_SECTIONS: PackComposition['sections'][number]['id'][] = ['headline', 'programmes', 'grants', 'alignment'];

/** Pages in a PDF: pdfkit writes one "/Type /Page" object per page (and "/Type /Pages" for the tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page[^s]/g) ?? []).length;
}

/**
 * npm run bench: generating a briefing pack on the Greater Manchester–scale workspace — freezing the
 * figures (one read transaction), composing every section, hashing, and rendering the PDF and the
 * Word file. Prints medians of three runs after a warm-up.
 */
export async function benchPack(): Promise<void> {
  console.log(`Briefing pack on the Greater Manchester-scale workspace (sections: ${PACK_SECTIONS.join(', ')}; three programme highlights)`);
  const report = await generateGmScaleWorkspace(GM_SCALE_FILE, { seed: 1, scale: 1 });
  if (!report.reused) console.log(`  generated the workspace in ${(report.elapsedMs / 1000).toFixed(1)} s`);
  const workspace = await openWorkspaceDatabase(GM_SCALE_FILE);
  try {
    const highlights = (await workspace.db.selectFrom('programmes').select('code').where('status', '=', 'active').orderBy('code').limit(3).execute()).map((p) => p.code);
    const composition = {
      audience: 'gmca' as const,
      periodLabel: '2026/27 Q2',
      sections: PACK_SECTIONS.map((id) => ({ id, commentary: `Commentary for ${id}.` })),
      highlightProgrammes: highlights,
    };
    const asOf = `${GM_SCALE_TODAY}T09:00:00.000Z`;
    const times = { gather: [] as number[], compose: [] as number[], pdf: [] as number[], docx: [] as number[] };
    let pages = 0;
    let hash = '';
    let coldGather = 0;
    for (let run = 0; run < 4; run++) {
      let t = performance.now();
      const data = await workspace.db.transaction().execute((trx) => gatherPackData(trx, { periodLabel: composition.periodLabel, asOf }));
      const gather = performance.now() - t;
      t = performance.now();
      const document = composePack(data, composition);
      hash = contentHash(document);
      const compose = performance.now() - t;
      t = performance.now();
      const pdf = await renderPackPdf(document);
      const pdfMs = performance.now() - t;
      t = performance.now();
      await renderPackDocx(document);
      const docxMs = performance.now() - t;
      pages = pageCount(pdf);
      if (run === 0) {
        coldGather = gather; // the alignment check computed from nothing (this process has no cache yet)
        continue; // warm-up
      }
      times.gather.push(gather);
      times.compose.push(compose);
      times.pdf.push(pdfMs);
      times.docx.push(docxMs);
    }
    const total = median(times.gather) + median(times.compose) + median(times.pdf);
    console.log(`  freeze the figures (gather):   ${median(times.gather).toFixed(0)} ms with the alignment check cached, as on a warmed server (first, cold: ${coldGather.toFixed(0)} ms)`);
    console.log(`  compose and hash:              ${median(times.compose).toFixed(0)} ms (content hash ${hash.slice(0, 12)}…)`);
    console.log(`  render the PDF:                ${median(times.pdf).toFixed(0)} ms (${pages} pages)`);
    console.log(`  render the Word file:          ${median(times.docx).toFixed(0)} ms`);
    console.log(`  a ${pages}-page PDF pack from the register: ${total.toFixed(0)} ms (median of 3)`);
  } finally {
    await workspace.close();
  }
}
