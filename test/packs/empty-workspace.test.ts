import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_ORDER } from '../../core/packs/compose';
import { testWorkspace } from '../helpers/workspace';

describe('an empty register', () => {
  it('has no findings, an empty matrix, and still makes a pack that says what is missing', async () => {
    const ws = await testWorkspace();
    try {
      const admin = await ws.as('admin');
      const report = await admin.alignment.report();
      expect(report.findings).toEqual({ all: 0, open: 0, acknowledged: 0 });
      expect(report.matrix.rows).toEqual([]);
      const pack = await admin.packs.generate({ audience: 'scrutiny', periodLabel: '2025/26 Q4', sections: SECTION_ORDER.map((id) => ({ id, commentary: '' })), highlightProgrammes: [] });
      const opened = await admin.packs.get({ id: pack.id });
      expect(opened.verified).toBe(true);
      const text = JSON.stringify(opened.document);
      expect(text).toContain('No council missions are recorded in a published framework.');
      expect(text).toContain('No GMCA framework is published in this workspace.');
      expect(text).toContain('No programmes were chosen for highlights.');
      const pdf = await admin.packs.download({ id: pack.id, format: 'pdf' });
      const file = join(mkdtempSync(join(tmpdir(), 'empty-pack-')), 'pack.pdf');
      writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
      expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('Scrutiny briefing');
    } finally {
      await ws.close();
    }
  });
});
