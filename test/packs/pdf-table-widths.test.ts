import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackDocument } from '../../core/packs/document';
import { renderPackPdf } from '../../core/packs/render/pdf';
import { poppler } from './poppler';
import { SAMPLE_HASH } from './sample-pack';

/** A wide indicator table like the packs' own: many short columns beside one long text column. */
const pack: PackDocument = {
  title: 'GMCA briefing',
  subtitle: 'Column widths',
  audience: 'gmca',
  periodLabel: '2026/27 Q2',
  organisation: 'Test Council',
  asOf: '2026-11-26T09:00:00.000Z',
  auditHeadHash: SAMPLE_HASH,
  sections: [
    {
      id: 'gmca_outcomes',
      heading: 'Outcomes',
      commentary: '',
      blocks: [
        {
          kind: 'table',
          caption: 'Indicators',
          columns: ['Code', 'Indicator', 'Period', 'Latest', 'Target', 'RAG', 'Direction', 'Data'],
          rows: [
            ['IS-AS-01', 'Adult learners achieving a qualification through the Adult Education Budget, counted in the academic year', '2025/26', '44,600.0', '44,667.0', 'Green', 'Improving', 'Current'],
            ['IS-HR-01', 'New homes delivered through the Brownfield Housing Fund (cumulative)', '2025/26 H2', '7,050.0', '7,000.0', 'Green', 'No change', 'Overdue'],
          ],
          numeric: [false, false, false, true, true, false, false, false],
        },
      ],
    },
  ],
};

describe('PDF table column widths', () => {
  it('never break a word or a figure when the minimum widths fit: only the long text column wraps', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pack-widths-')), 'pack.pdf');
    writeFileSync(file, await renderPackPdf(pack));
    const text = poppler('pdftotext', ['-layout', file, '-']);
    for (const whole of ['Direction', 'Improving', 'Current', 'Overdue', '44,600.0', '44,667.0', '7,050.0', 'IS-AS-01', '2025/26 H2'.split(' ')[0]!]) {
      expect(text, whole).toContain(whole);
    }
    expect(text).toMatch(/Adult learners achieving a\s/); // the long column wraps instead
  });
});
