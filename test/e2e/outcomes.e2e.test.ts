import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, screenshot, signIn, signOut, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: /main/i }).getByRole('link', { name, exact: true });
}

/** "2025/26" for 2025. */
function financialYear(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * An observations file for "Residents who feel they belong" (PWU-10, annual, stale in the demo):
 * the next two years' survey results (one period given as a UK date), a revision of the latest
 * figure, and four bad rows. Built from the seeded data so it does not depend on the demo's years.
 */
function observationsCsv() {
  const latest = app.workspace.sqlite
    .prepare("select o.period, o.value from observations o join indicator_identities i on i.id = o.identity_id where i.code = 'PWU-10' and o.area_code = 'E08000010' order by o.period desc, o.revision desc limit 1")
    .get() as { period: string; value: number };
  const start = Number(latest.period.slice(0, 4));
  const revised = Math.round((latest.value + 0.4) * 10) / 10;
  const csv = [
    'framework,indicator,period,area_code,value,status,source_note,commentary',
    `WGN-PWU,PWU-10,${financialYear(start + 1)},E08000010,61.5,final,Residents’ survey,Survey restarted`,
    `wgn-pwu,PWU-10,15/02/${start + 3},E08000010,"59.9",provisional,Residents’ survey,Fewer say they belong`,
    `WGN-PWU,PWU-10,${latest.period},E08000010,${revised},final,Residents’ survey (reweighted),Reweighted to new population estimates`,
    'WGN-PWU,PWU-99,2025/26,E08000010,10,,,',
    'WGN-PWU,PWU-10,2025/26,E08000010,about sixty,,,',
    'WGN-PWU,PWU-10,31/02/2026,E08000010,60,,,',
    'WGN-PWU,PWU-10,2025/26,E05099999,60,,,',
  ].join('\r\n');
  return { buffer: Buffer.from(csv, 'utf8'), latest, revised, added: [financialYear(start + 1), financialYear(start + 2)] };
}

function observationCount(): number {
  return app.workspace.sqlite.prepare('select count(*) from observations').pluck().get() as number;
}

describe('outcome frameworks in Chromium', () => {
  it('a strategy officer imports observations with a preview and sees them on the indicator; a leader sees what is off track', async () => {
    const page = await app.newPage();
    await signIn(page, 'strategy');

    // The framework tree, with RAG in words.
    await nav(page, 'Outcomes').click();
    await page.getByRole('heading', { name: 'Outcomes', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Framework tree' }).waitFor();
    // The settlement's funding per pillar: pounds from pence, and "To be confirmed" where the source says TBC.
    const funding = page.locator('details.pillar-funding').first();
    await funding.locator('summary').click();
    await funding.getByText('To be confirmed').first().waitFor();
    expect(await funding.locator('tbody td.cell--numeric').first().textContent()).toMatch(/^£[\d,]+\.\d{2}$|^To be confirmed$/);
    await screenshot(page, '09-outcomes-gmca-funding');
    await page.getByLabel('Framework', { exact: true }).selectOption({ label: 'Progress with Unity (WGN-PWU)' });
    await page.getByRole('link', { name: 'Residents supported by Here for You' }).waitFor();
    expect(await page.locator('.outcome-tree .badge--rag').filter({ hasText: 'Red' }).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'outcomes tree');
    await screenshot(page, '10-outcomes-tree');

    // Filtering by RAG keeps only Red indicators.
    await page.getByLabel('RAG rating', { exact: true }).selectOption('red');
    await expect.poll(() => page.locator('.outcome-tree .badge--rag-green').count()).toBe(0);
    expect(await page.locator('.outcome-tree .badge--rag-red').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // A new draft version starts as a copy; comparing it with the published one shows no changes yet.
    await page.getByRole('button', { name: 'Start a new draft version' }).click();
    await page.getByRole('textbox', { name: 'Version label' }).fill('Refresh draft');
    await page.getByRole('button', { name: 'Start draft' }).click();
    await page.getByText('Progress with Unity, Refresh draft').waitFor();
    await page.locator('.outcomes-title .badge--version-draft').filter({ hasText: 'Draft' }).waitFor();
    await page.getByLabel('Compare with…').selectOption({ index: 1 });
    await page.getByRole('heading', { name: /^Changes from .* to Refresh draft$/ }).waitFor();
    await page.getByRole('heading', { name: 'Targets (0 new or changed)' }).waitFor();
    await page.getByRole('button', { name: 'Publish this version' }).waitFor();
    await screenshot(page, '10b-outcomes-draft-compare');

    // Import: a file over 20 MB is refused before it is read, and a file with the wrong columns is explained.
    await page.getByRole('link', { name: 'Import figures or definitions' }).click();
    await page.getByRole('heading', { name: 'Import outcome data' }).waitFor();
    const fileInput = page.getByLabel('Choose a .csv or .xlsx file');
    await fileInput.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 'a') });
    await page.getByRole('alert').filter({ hasText: 'Files are limited to 20 MB' }).waitFor();
    await fileInput.setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('framework,indicator,value\nWGN-PWU,PWU-05,1\n') });
    await page.getByRole('alert').filter({ hasText: /missing columns: period, area_code/ }).waitFor();
    await screenshot(page, '10c-import-bad-file');
    expect(observationCount()).toBeGreaterThan(0);
    const before = observationCount();

    // The real file: good and bad rows, previewed with a reason for each rejected row.
    const file = observationsCsv();
    await fileInput.setInputFiles({ name: 'belonging-survey.csv', mimeType: 'text/csv', buffer: file.buffer });
    await page.getByRole('heading', { name: /Check the preview of belonging-survey\.csv/ }).waitFor();
    await page.getByText('7 rows read: 2 to add, 1 to change, 0 already up to date and 4 rejected.').waitFor();
    const rejected = page.getByRole('table', { name: /Rows that will not be imported/ });
    const reasons = await rejected.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')?.textContent, row.querySelector('td')?.textContent]));
    expect(reasons).toEqual([
      ['5', 'No indicator PWU-99 in framework WGN-PWU.'],
      ['6', 'The value "about sixty" is not a number.'],
      ['7', '"31/02/2026" is not a real date.'],
      ['8', 'Unknown area code "E05099999".'],
    ]);
    const adds = page.getByRole('table', { name: /Observations the import will add/ });
    expect(await adds.locator('tbody tr td:nth-child(4)').allTextContents()).toEqual(file.added);
    const changes = page.getByRole('table', { name: /will revise, old value to new value/ });
    expect((await changes.locator('tbody tr').first().textContent())?.replace(/\s+/g, ' ')).toContain(`${file.latest.value} → to ${file.revised}`);
    expect(observationCount()).toBe(before);
    await expectNoSeriousA11yViolations(page, 'import preview');
    await screenshot(page, '11-import-preview');

    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    await page.getByText('Imported: 2 added, 1 changed. 4 rejected rows were skipped.').waitFor();
    expect(observationCount()).toBe(before + 3);
    await screenshot(page, '12-import-result');

    // The indicator's chart and data table show the new figures; the revision is in the history.
    await page.getByRole('link', { name: /^PWU-10 / }).click();
    await page.getByRole('heading', { name: /PWU-10/, level: 1 }).waitFor();
    const chart = page.getByRole('img', { name: /^Trend chart of/ });
    await expect.poll(() => chart.getAttribute('aria-label')).toContain(`Latest 59.9% in ${file.added[1]}`);
    const figures = page.getByRole('table', { name: /^Figures for .* by period/ });
    await figures.getByRole('row', { name: new RegExp(`^${file.added[0]!.replace('/', '\\/')} .*61\\.5%`) }).waitFor();
    await figures.getByRole('row', { name: new RegExp(`^${file.added[1]!.replace('/', '\\/')} .*59\\.9%.*Red`) }).waitFor();
    const history = page.getByRole('table', { name: /Every recorded figure and revision/ });
    await history.getByRole('row', { name: new RegExp(`${file.revised}% Final strategy`) }).waitFor();
    await expectNoSeriousA11yViolations(page, 'indicator page');
    await screenshot(page, '13-indicator');

    // Editors can record one figure (here a revision of the latest year); a bad period is explained against the field.
    const latestYear = file.added[1]!;
    await page.getByRole('textbox', { name: 'Period' }).fill('Q3 2025');
    await page.getByRole('textbox', { name: 'Value' }).fill('60.2');
    await page.getByRole('button', { name: 'Save observation' }).click();
    await page.getByRole('alert').filter({ hasText: /is not an? annual period/ }).waitFor();
    await page.getByRole('textbox', { name: 'Period' }).fill(latestYear);
    await page.getByRole('button', { name: 'Save observation' }).click();
    await page.getByText(`Saved as revision 2 of ${latestYear}.`).waitFor();
    await figures.getByRole('row', { name: new RegExp(`^${latestYear.replace('/', '\\/')} .*60\\.2%`) }).waitFor();

    // A ward-level indicator offers its wards.
    await nav(page, 'Outcomes').click();
    await page.getByRole('link', { name: 'Residents supported by Here for You' }).click();
    await page.getByLabel('Area', { exact: true }).first().selectOption({ label: 'Pemberton' });
    await page.getByRole('heading', { name: 'Trend for Pemberton' }).waitFor();
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/for Pemberton: \d+ periods/);
    await screenshot(page, '14-indicator-ward');

    // Indicator definitions go into the draft version.
    await nav(page, 'Outcomes').click();
    await page.getByRole('link', { name: 'Import figures or definitions' }).click();
    await page.getByRole('radio', { name: 'Indicator definitions' }).check();
    const definitions = [
      'framework,version,code,title,kind,unit,polarity,frequency,geography_level,outcome_code,tier,targets',
      'WGN-PWU,Refresh draft,PWU-11,Library visits per resident,accountable,count,higher_is_better,quarterly,borough,M2.3,2,2026/27 Q3=500; 2026/27 Q4=520',
      'WGN-PWU,Refresh draft,PWU-12,Bad targets,accountable,count,higher_is_better,quarterly,borough,M2.3,2,2026/27 Q3=lots',
    ].join('\n');
    await page.getByLabel('Choose a .csv or .xlsx file').setInputFiles({ name: 'definitions.csv', mimeType: 'text/csv', buffer: Buffer.from(definitions) });
    await page.getByText('2 rows read: 1 to add, 0 to change, 0 already up to date and 1 rejected.').waitFor();
    await page.getByRole('cell', { name: 'Targets are written "2025/26 Q1=12.5; 2025/26 Q2=13"; "2026/27 Q3=lots" is not.' }).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText('Imported: 1 added, 0 changed. 1 rejected row was skipped.').waitFor();
    await page.getByRole('link', { name: 'See the updated framework version' }).click();
    await page.getByRole('link', { name: 'Library visits per resident' }).waitFor();

    await signOut(page);
    await signIn(page, 'leader');
    await nav(page, 'Off track').click();
    await page.getByRole('heading', { name: 'Off track' }).waitFor();
    const offTrack = page.getByRole('table', { name: /rated Red or Amber/ });
    await offTrack.locator('tbody tr').first().waitFor();
    const firstRag = await offTrack.locator('tbody tr').first().locator('.badge--rag').textContent();
    expect(firstRag).toMatch(/Red/);
    expect(await offTrack.locator('tbody tr.row--rag-red').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'off-track list');
    await screenshot(page, '15-off-track-leader');

    // Leaders read but do not change: no import, no draft, no recording.
    await nav(page, 'Outcomes').click();
    await page.getByRole('list', { name: 'Framework tree' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import figures or definitions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start a new draft version' }).count()).toBe(0);
    await offTrackLinkWorks(page);
    expect(await page.getByRole('heading', { name: 'Record an observation' }).count()).toBe(0);
  });
});

/** From the off-track list a leader can open an indicator. */
async function offTrackLinkWorks(page: Page): Promise<void> {
  await nav(page, 'Off track').click();
  const link = page.getByRole('table', { name: /rated Red or Amber/ }).locator('tbody tr').first().getByRole('link');
  await link.click();
  await page.getByRole('img', { name: /^Trend chart of/ }).waitFor();
}
