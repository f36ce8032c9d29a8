import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHead } from '../../core/audit/service';
import { expectNoSeriousA11yViolations, screenshot, SCREENSHOTS, signIn, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const COMMENTARY = 'Wigan asks GMCA to keep the trailblazer funding whole in 2027/28.';

async function download(page: Page, button: string, file: string): Promise<Buffer> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(SCREENSHOTS, file);
  await event.saveAs(path);
  return readFileSync(path);
}

describe('GMCA briefing packs', () => {
  it('a leader composes a pack with a live preview, generates it and downloads the PDF and the Word file', async () => {
    const page = await app.newPage();
    await signIn(page, 'leader');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Briefing packs', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Briefing packs' }).waitFor();
    await page.getByRole('link', { name: 'Compose a new pack' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compose a briefing pack' }).waitFor();

    const preview = page.getByRole('region', { name: /Preview/ });
    await preview.getByText('Released to VCFSE partners to date').waitFor();
    await page.getByLabel('Period').fill('2026/27 Q2');
    await page.getByLabel('Commentary: Headline summary').fill(COMMENTARY);
    await preview.getByText(COMMENTARY).waitFor();
    await preview.getByText('Released to VCFSE partners in 2026/27 Q2').waitFor();
    // Charts in the preview are the same SVGs the PDF draws.
    const charts = preview.locator('figure img');
    expect(await charts.count()).toBeGreaterThan(3);
    expect(await charts.first().getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.getByRole('button', { name: 'Move down Headline summary' }).click();
    await expect.poll(async () => (await preview.locator('section h4').first().textContent())?.trim()).toBe('Progress on the council’s missions');
    await expectNoSeriousA11yViolations(page, 'pack composer');
    await screenshot(page, 'pack-composer');
    await page.screenshot({ path: join(SCREENSHOTS, 'pack-composer-top.png') });

    await page.getByRole('button', { name: 'Generate pack' }).click();
    await page.getByRole('heading', { level: 1, name: 'GMCA briefing — 2026/27 Q2' }).waitFor();
    await page.getByText('Matches the stored snapshot').waitFor();
    const headShown = (await page.locator('dt:has-text("Audit chain head") + dd code').textContent())!.trim();
    const generateEntry = await app.workspace.db.selectFrom('audit_log').select(['prev_hash']).where('action', '=', 'pack.generate').executeTakeFirstOrThrow();
    expect(headShown).toBe(generateEntry.prev_hash);
    expect((await chainHead(app.workspace.db)).headHash).not.toBe(headShown); // the generation itself was audited after the snapshot
    await expectNoSeriousA11yViolations(page, 'pack page');
    await screenshot(page, 'pack-page');
    await page.screenshot({ path: join(SCREENSHOTS, 'pack-page-top.png') });

    const pdf = await download(page, 'Download PDF', 'pack.pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(SCREENSHOTS, 'pack.pdf')]).toString())![1]);
    expect(pages).toBeGreaterThan(5);
    const text = execFileSync('pdftotext', [join(SCREENSHOTS, 'pack.pdf'), '-']).toString();
    expect(text).toContain(COMMENTARY);
    expect(text).toContain(headShown.slice(0, 16));
    expect(text.indexOf('Progress on the council’s missions', text.indexOf('Contents') + 10)).toBeLessThan(text.lastIndexOf('Headline summary'));

    const docx = await download(page, 'Download Word', 'pack.docx');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain(COMMENTARY);
    expect(xml).toContain('Heading1');

    await page.getByRole('link', { name: 'All briefing packs' }).click();
    await page.getByRole('table', { name: 'Pack history' }).getByRole('link', { name: /GMCA briefing — 2026\/27 Q2/ }).waitFor();

    // A second pack after a change in the register, then "what changed since the last pack".
    await app.workspace.db.updateTable('programmes').set({ status: 'paused' }).where('code', '=', 'WGN-TOC27').execute();
    await page.getByRole('link', { name: 'Compose a new pack' }).click();
    await page.getByRole('region', { name: /Preview/ }).getByText('Released to VCFSE partners to date').waitFor();
    await page.getByLabel('Period').fill('2026/27 Q2');
    await page.getByRole('button', { name: 'Generate pack' }).click();
    await page.getByText('Matches the stored snapshot').waitFor();
    await page.getByRole('link', { name: 'All briefing packs' }).click();
    const history = page.getByRole('table', { name: 'Pack history' });
    await expect.poll(() => history.getByRole('link').count()).toBe(2);
    await page.getByLabel('Earlier pack').selectOption({ index: 2 });
    await page.getByLabel('Later pack').selectOption({ index: 1 });
    const changes = page.getByRole('table', { name: 'Figures that changed' });
    await changes.getByRole('row', { name: /Active programmes\s*8\s*7/ }).waitFor();
    await page.getByRole('region', { name: /Changes from pack #1 to pack #2/ }).getByText(/GM Town of Culture 2027 bid/).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'pack history and comparison');
    await screenshot(page, 'pack-history');
  });
});
