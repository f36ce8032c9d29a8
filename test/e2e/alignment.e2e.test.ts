import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, screenshot, signIn, signOut, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const CODE = 'E2E-ALIGN';
const NAME = 'Ince skills bridge';

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: /main/i }).getByRole('link', { name, exact: true });
}

function subnav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Alignment views' }).getByRole('link', { name });
}

async function openMatrix(page: Page): Promise<void> {
  await nav(page, 'Alignment').click();
  await subnav(page, 'Matrix and coverage').click();
  await page.getByRole('heading', { name: 'Alignment matrix', level: 1 }).waitFor();
  await page.getByRole('table', { name: /Active programmes by council mission or priority/ }).waitFor();
}

async function openFindings(page: Page): Promise<void> {
  await nav(page, 'Alignment').click();
  await subnav(page, 'Findings').click();
  await page.getByRole('heading', { name: 'Alignment findings', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Open findings' }).waitFor();
}

/** The number of programmes the matrix shows for a row × column (0 for an empty cell). */
async function cellCount(page: Page, row: string, column: string): Promise<number> {
  const cell = page.locator(`td[data-row="${row}"][data-column="${column}"]`);
  await cell.waitFor();
  const count = cell.locator('.matrix__count');
  if ((await count.count()) === 0) return 0;
  return Number.parseInt((await count.textContent()) ?? '', 10);
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

function openList(page: Page): Locator {
  return page.getByRole('region', { name: 'Open findings' });
}

function acknowledgedList(page: Page): Locator {
  return page.getByRole('region', { name: 'Acknowledged' });
}

describe('alignment screens in Chromium', () => {
  it('a new programme shows up as findings, linking it clears them and fills the matrix; a finding is acknowledged with a reason', async () => {
    const page = await app.newPage();
    await signIn(page, 'strategy');

    // The matrix: coverage with formulas beside the figures, a key, and cells that list their programmes.
    await openMatrix(page);
    const missions = page.getByRole('table', { name: 'Council missions: priorities covered' });
    await missions.getByRole('row', { name: /M1 Fair opportunities for everyone 75% priorities of this mission .* ÷ all its priorities = 3 ÷ 4 = 75%/ }).waitFor();
    const pillars = page.getByRole('table', { name: /GMCA pillars/ });
    expect(await pillars.locator('tbody tr').count()).toBe(6);
    expect(await pillars.locator('tbody tr').first().locator('.coverage__formula').textContent()).toMatch(/÷/);
    await page.getByRole('heading', { name: 'Key' }).waitFor();
    const before = await cellCount(page, 'M1.1', 'O-ES-1');
    expect(before).toBe(1);
    expect(await page.locator('td[data-row="M1.1"][data-column="O-ES-1"]').getAttribute('class')).toContain('matrix__cell--primary');
    await expectNoSeriousA11yViolations(page, 'alignment matrix');
    await screenshot(page, '40-alignment-matrix');
    const matrixCsv = await download(page, 'Export CSV of Alignment matrix');
    expect(matrixCsv.name).toMatch(/^alignment-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(matrixCsv.text).toMatch(/priority,M1\.1,Routes into good work,outcome,O-ES-1,.*,1,[\d.]+,primary,WGN-LWT/);

    await page.getByRole('button', { name: /M1\.1 × O-ES-1$/ }).click();
    const dialog = page.getByRole('dialog', { name: /M1\.1 Routes into good work × O-ES-1/ });
    await dialog.getByRole('link', { name: 'WGN-LWT Live Well: Economic Inactivity Trailblazer' }).waitFor();
    await dialog.getByText(/1 active programme with confirmed funding of £[\d,]+\.\d{2} in total; strongest link: primary/).waitFor();
    await screenshot(page, '41-alignment-matrix-cell');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A new active programme, through the register's form.
    await nav(page, 'Programme register').click();
    await page.getByRole('button', { name: 'New programme' }).click();
    await page.getByLabel('Code', { exact: true }).fill(CODE);
    await page.getByLabel('Name', { exact: true }).fill(NAME);
    await page.getByLabel('Status', { exact: true }).selectOption('active');
    await page.getByLabel('Lead officer').fill('Skills and Employment Manager');
    await page.getByRole('button', { name: 'Save programme' }).click();
    await page.getByRole('heading', { name: new RegExp(NAME) }).waitFor();

    // It is listed twice: no council mission, no GMCA outcome.
    await openFindings(page);
    const ours = openList(page).getByRole('article').filter({ hasText: CODE });
    await expect.poll(() => ours.count()).toBe(2);
    await ours.filter({ hasText: 'is not linked to any council mission or priority' }).getByText('High').waitFor();
    await ours.filter({ hasText: 'is not linked to any GMCA outcome or indicator' }).getByText('Medium').waitFor();
    await ours.first().getByText('Skills and Employment Manager').waitFor();
    await expectNoSeriousA11yViolations(page, 'alignment findings');
    await screenshot(page, '42-alignment-findings');

    // The finding leads to the programme; link it to priority M1.1 and GMCA outcome O-ES-1 there.
    await ours.first().getByRole('link', { name: `${CODE} ${NAME}` }).click();
    await page.getByRole('heading', { name: new RegExp(NAME), level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Alignment' }).click();
    await page.getByText('This programme is not linked to anything yet.').waitFor();
    const form = page.getByRole('form', { name: 'Add link' });

    // Nothing chosen: the server's messages appear against the fields.
    await form.getByRole('button', { name: 'Add link' }).click();
    await form.getByText('Choose a mission, priority, outcome or indicator').waitFor();
    await form.getByText('Say why this link holds (one or two sentences)').waitFor();

    await form.getByLabel('Links to a').selectOption({ label: 'Council priority' });
    await form.getByLabel('Target').selectOption({ label: 'M1.1 Routes into good work' });
    await form.getByRole('radio', { name: 'Primary' }).check();
    await form.getByLabel('Rationale').fill('Bridges residents from Ince into skills courses and then work.');
    await form.getByLabel('Evidence (optional)').fill('Cabinet report, illustrative');
    await form.getByRole('button', { name: 'Add link' }).click();
    await form.getByText('Linked to M1.1 Routes into good work.').waitFor();

    await form.getByLabel('Links to a').selectOption({ label: 'GMCA outcome' });
    await form.getByLabel('Target').selectOption({ label: 'O-ES-1 Residents move into work, closer to work, or stay in work' });
    await form.getByRole('radio', { name: 'Primary' }).check();
    await form.getByLabel('Rationale').fill('Employment support for residents furthest from work.');
    await form.getByRole('button', { name: 'Add link' }).click();
    await form.getByText('Linked to O-ES-1 Residents move into work, closer to work, or stay in work.').waitFor();

    const links = page.getByRole('table', { name: 'Live links of this programme' });
    await expect.poll(() => links.locator('tbody tr').count()).toBe(2);
    await links.getByRole('row', { name: /M1\.1 Routes into good work.*Primary.*Bridges residents.*Evidence: Cabinet report, illustrative.*strategy/ }).waitFor();
    await links.getByRole('row', { name: /O-ES-1 Residents move into work.*Primary.*Employment support for residents.*No evidence recorded/ }).waitFor();
    // Its own two findings are gone; it is now named among the contributors to a Red employment indicator.
    await page.getByRole('article', { name: 'Red indicator with no milestone progress in the period' }).filter({ hasText: CODE }).waitFor();
    expect(await page.getByRole('article', { name: /^Active programme not linked/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'programme alignment tab');
    await screenshot(page, '43-programme-alignment');

    // A duplicate is refused with the server's reason.
    await form.getByLabel('Links to a').selectOption({ label: 'Council priority' });
    await form.getByLabel('Target').selectOption({ label: 'M1.1 Routes into good work' });
    await form.getByRole('radio', { name: 'Secondary' }).check();
    await form.getByLabel('Rationale').fill('Again.');
    await form.getByRole('button', { name: 'Add link' }).click();
    await form.getByRole('alert').filter({ hasText: `${CODE} is already linked to M1.1` }).waitFor();

    // Both findings are gone, and the M1.1 × O-ES-1 cell counts one more programme.
    await openFindings(page);
    await expect.poll(() => openList(page).getByRole('article', { name: /^Active programme not linked/ }).filter({ hasText: CODE }).count()).toBe(0);
    await openMatrix(page);
    await expect.poll(() => cellCount(page, 'M1.1', 'O-ES-1')).toBe(before + 1);
    await page.getByRole('button', { name: /M1\.1 × O-ES-1$/ }).click();
    await page.getByRole('dialog').getByRole('link', { name: `${CODE} ${NAME}` }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Acknowledge the Town of Culture bid's "no GMCA outcome" finding: a reason is required.
    await openFindings(page);
    const toc = () => openList(page).getByRole('article', { name: 'Active programme not linked to a GMCA outcome' }).filter({ hasText: 'WGN-TOC27' });
    await toc().getByRole('button', { name: /^Acknowledge/ }).click();
    await toc().getByRole('button', { name: 'Acknowledge finding' }).click();
    await toc().getByText('Give the reason this finding is accepted for now').waitFor();
    await screenshot(page, '44-alignment-acknowledge-reason');
    const reason = 'The bid is cultural and sits outside the Integrated Settlement; reviewed at the alignment board.';
    await toc().getByLabel('Why is this accepted for now?').fill(reason);
    await toc().getByRole('button', { name: 'Acknowledge finding' }).click();
    const acknowledged = acknowledgedList(page).getByRole('article').filter({ hasText: 'WGN-TOC27' });
    await acknowledged.waitFor();
    await acknowledged.getByText(reason).waitFor();
    await acknowledged.getByText(/Acknowledged by strategy on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/).waitFor();
    await expect.poll(() => toc().count()).toBe(0);
    // The other finding naming WGN-TOC27 (its footfall indicator) stays open.
    expect(await openList(page).getByRole('article').filter({ hasText: 'WGN-TOC27' }).count()).toBeGreaterThan(0);

    // Filters: acknowledged only; then high severity only.
    await page.getByLabel('Status', { exact: true }).selectOption('acknowledged');
    await expect.poll(() => page.getByRole('region', { name: 'Open findings' }).count()).toBe(0);
    await acknowledgedList(page).getByText(reason).waitFor();
    // The export follows the filters: just the acknowledged finding, with its reason.
    const findingsCsv = await download(page, 'Export CSV of Findings as filtered');
    expect(findingsCsv.name).toMatch(/^alignment-findings-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvLines = findingsCsv.text.trim().split(/\r?\n/);
    expect(csvLines).toHaveLength(2);
    expect(csvLines[1]).toContain('WGN-TOC27');
    expect(csvLines[1]).toContain(reason);
    await page.getByLabel('Status', { exact: true }).selectOption('all');
    await page.getByRole('checkbox', { name: 'High' }).check();
    await expect.poll(() => openList(page).locator('.badge--severity-medium').count()).toBe(0);
    expect(await openList(page).locator('.badge--severity-high').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectNoSeriousA11yViolations(page, 'alignment findings after acknowledging');
    await screenshot(page, '45-alignment-findings-acknowledged');

    const stored = app.workspace.sqlite.prepare("select reason from finding_acknowledgements where finding_key like 'programme-without-gmca-outcome:%'").pluck().all();
    expect(stored).toEqual([reason]);

    // From the outcome's side: link the new programme to O-AS-1 (which had no active programme).
    await nav(page, 'Outcomes').click();
    await page.getByRole('list', { name: 'Framework tree' }).waitFor();
    await page.getByRole('button', { name: 'Linked programmes (0) for O-AS-1' }).click();
    const outcomeForm = page.getByRole('form', { name: 'Link a programme to O-AS-1' });
    await outcomeForm.getByLabel('Programme').selectOption({ label: `${CODE} ${NAME}` });
    await outcomeForm.getByRole('radio', { name: 'Secondary' }).check();
    await outcomeForm.getByLabel('Rationale').fill('Residents on the bridge take adult skills courses.');
    await outcomeForm.getByRole('button', { name: 'Link programme' }).click();
    await page.getByRole('button', { name: 'Linked programmes (1) for O-AS-1' }).waitFor();
    await page.locator('.outcome-programmes__panel').getByRole('link', { name: `${CODE} ${NAME}` }).waitFor();
    await expectNoSeriousA11yViolations(page, 'outcomes tree with linked programmes');
    await screenshot(page, '46-outcome-linked-programmes');
    await openFindings(page);
    await expect.poll(() => openList(page).getByRole('article').filter({ hasText: 'O-AS-1' }).count()).toBe(0);

    // A leader reads the matrix and the findings but cannot acknowledge or link.
    await signOut(page);
    await signIn(page, 'leader');
    await openMatrix(page);
    expect(await cellCount(page, 'M1.1', 'O-ES-1')).toBe(before + 1);
    await openFindings(page);
    await openList(page).getByRole('article').first().waitFor();
    await acknowledgedList(page).getByText(reason).waitFor();
    expect(await page.getByRole('button', { name: /^Acknowledge/ }).count()).toBe(0);
    await screenshot(page, '47-alignment-findings-leader');
    await nav(page, 'Programme register').click();
    await page.getByLabel('Search programmes').fill('skills bridge');
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('tab', { name: 'Alignment' }).click();
    await page.getByRole('table', { name: 'Live links of this programme' }).waitFor();
    expect(await page.getByRole('form', { name: 'Add link' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await nav(page, 'Outcomes').click();
    await page.getByRole('button', { name: 'Linked programmes (1) for O-AS-1' }).click();
    await page.locator('.outcome-programmes__panel').getByRole('link', { name: `${CODE} ${NAME}` }).waitFor();
    expect(await page.getByRole('form', { name: /Link a programme/ }).count()).toBe(0);
  });

  it('an editor removes a link with a reason, and the finding comes back', async () => {
    const page = await app.newPage();
    await signIn(page, 'strategy');
    await nav(page, 'Programme register').click();
    await page.getByLabel('Search programmes').fill('skills bridge');
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('tab', { name: 'Alignment' }).click();
    const links = page.getByRole('table', { name: 'Live links of this programme' });
    await links.getByRole('button', { name: 'Remove link to M1.1 Routes into good work' }).click();
    const removeForm = page.getByRole('form', { name: 'Remove the link to M1.1 Routes into good work' });
    await removeForm.getByRole('button', { name: 'Remove link' }).click();
    await removeForm.getByText('Say why the link is being removed').waitFor();
    await removeForm.getByLabel(/Why remove the link/).fill('Recorded against the wrong priority.');
    await removeForm.getByRole('button', { name: 'Remove link' }).click();
    await expect.poll(() => links.locator('tbody tr').count()).toBe(2);
    await page.getByRole('article', { name: 'Active programme not linked to a council mission' }).filter({ hasText: CODE }).waitFor();
    const removed = app.workspace.sqlite.prepare("select count(*) from audit_log where action = 'alignment.unlink' and after_json like '%Recorded against the wrong priority.%'").pluck().get();
    expect(removed).toBe(1);
  });

  it('a finding whose data changed since it was acknowledged is open again, and says so', async () => {
    // An acknowledgement recorded against different data (an older fingerprint) no longer applies.
    const db = app.workspace.sqlite;
    const falls = db.prepare("select id from programmes where code = 'WGN-FALLS'").pluck().get() as number;
    const admin = db.prepare("select id from users where username = 'admin'").pluck().get() as number;
    db.prepare('insert into finding_acknowledgements (finding_key, fingerprint, reason, acknowledged_by, acknowledged_at) values (?, ?, ?, ?, ?)').run(
      `programme-without-gmca-outcome:programme:${falls}`,
      'fp1-older-data',
      'Health sits outside the settlement.',
      admin,
      '2026-01-05T10:00:00.000Z',
    );
    const page = await app.newPage();
    await signIn(page, 'finance');
    await openFindings(page);
    const reopened = openList(page).getByRole('article', { name: 'Active programme not linked to a GMCA outcome' }).filter({ hasText: 'WGN-FALLS' });
    await reopened.getByText('Reopened', { exact: true }).waitFor();
    await reopened.getByText('Reopened: data changed since admin acknowledged it on 5 Jan 2026, 10:00 (“Health sits outside the settlement.”).').waitFor();
    // Finance officers may acknowledge findings too.
    await reopened.getByRole('button', { name: /^Acknowledge/ }).waitFor();
  });
  it('pages the findings and the programmes in a matrix cell on the server', async () => {
    // Sixty active programmes linked to M1.1 and O-ES-1, and sixty linked to nothing: 120 more open findings.
    const db = app.workspace.sqlite;
    const strategy = db.prepare("select id from users where username = 'strategy'").pluck().get() as number;
    const programme = db.prepare("insert into programmes (code, name, programme_type, status, lead_officer, created_at, updated_at) values (?, ?, 'other', 'active', 'Paging lead', 't', 't')");
    const link = db.prepare("insert into alignment_links (programme_id, target_type, target_framework_code, target_code, strength, rationale, created_by, created_at) values (?, ?, ?, ?, 'secondary', 'Paging test.', ?, 't')");
    db.transaction(() => {
      for (let i = 1; i <= 120; i++) {
        const id = programme.run(`PG-${String(i).padStart(3, '0')}`, `Paging programme ${i}`).lastInsertRowid;
        if (i > 60) continue;
        link.run(id, 'priority', 'WGN-PWU', 'M1.1', strategy);
        link.run(id, 'outcome', 'GMCA-IS', 'O-ES-1', strategy);
      }
    })();

    const page = await app.newPage();
    await signIn(page, 'leader');
    await openFindings(page);
    const pager = page.getByRole('navigation', { name: 'Pages of open findings' });
    await pager.getByText(/^Showing 1–50 of \d+ open findings$/).waitFor();
    expect(await openList(page).getByRole('article').count()).toBe(50);
    const total = Number.parseInt(/of (\d+)/.exec((await pager.textContent()) ?? '')![1]!, 10);
    expect(total).toBeGreaterThan(120);
    await pager.getByRole('button', { name: 'Next open findings' }).click();
    await pager.getByText(`Showing 51–100 of ${total} open findings`).waitFor();
    await expectNoSeriousA11yViolations(page, 'findings, second page');
    await screenshot(page, '48-alignment-findings-second-page');

    await openMatrix(page);
    await page.getByRole('button', { name: /M1\.1 × O-ES-1$/ }).click();
    const dialog = page.getByRole('dialog', { name: /M1\.1 Routes into good work × O-ES-1/ });
    const cellPager = dialog.getByRole('navigation', { name: 'Pages of programmes' });
    await cellPager.getByText(/^Showing 1–50 of 6\d programmes$/).waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(50);
    await cellPager.getByRole('button', { name: 'Next programmes' }).click();
    await cellPager.getByText(/^Showing 51–6\d of 6\d programmes$/).waitFor();
    await dialog.getByRole('link', { name: 'PG-060 Paging programme 60' }).waitFor();
    await screenshot(page, '49-alignment-matrix-cell-second-page');
  });
});
