import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodKeyOf } from '../../core/outcomes/status/periods';
import { expectNoSeriousA11yViolations, screenshot, signIn, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const count = (table: string) => app.workspace.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

/** "Residents who feel they belong" (PWU-10, annual, Wigan borough) and its latest figure in the demo. */
function belonging() {
  const id = app.workspace.sqlite
    .prepare(
      `select i.id from indicators i join indicator_identities ii on ii.id = i.identity_id join framework_versions v on v.id = i.version_id
       where ii.code = 'PWU-10' and v.status = 'published'`,
    )
    .pluck()
    .get() as number;
  const latest = app.workspace.sqlite
    .prepare(
      `select o.period, o.value, o.revision from observations o join indicator_identities ii on ii.id = o.identity_id
       where ii.code = 'PWU-10' and o.area_code = 'E08000010' order by o.period desc, o.revision desc limit 1`,
    )
    .get() as { period: string; value: number; revision: number };
  return { id, latest };
}

describe('observations in Chromium: only ended periods, and withdrawing a figure', () => {
  it('a strategy officer is told a future year has not ended, then withdraws a figure with a reason and sees it marked withdrawn', async () => {
    const { id, latest } = belonging();
    const page = await app.newPage();
    await signIn(page, 'strategy');
    await page.goto(`${app.server.url}#/indicators/${id}`);
    await page.getByRole('heading', { name: /PWU-10/, level: 1 }).waitFor();
    const figures = page.getByRole('table', { name: /^Figures for .* by period/ });
    const latestRow = new RegExp(`^${latest.period.replace('/', '\\/')} `);
    await figures.getByRole('row', { name: latestRow }).waitFor();
    expect(await figures.getByRole('row', { name: latestRow }).textContent()).toContain(`${latest.value}%`);
    expect(await page.getByRole('img', { name: /^Trend chart of/ }).getAttribute('aria-label')).toContain(`in ${latest.period}`);

    // The financial year we are in has not ended (the server's day is UTC, as here): refused at the field.
    const thisYear = periodKeyOf('annual', new Date().toISOString().slice(0, 10));
    const observations = count('observations');
    await page.getByRole('textbox', { name: 'Period' }).fill(thisYear);
    await page.getByRole('textbox', { name: 'Value' }).fill('99');
    await page.getByRole('button', { name: 'Save observation' }).click();
    await page.getByRole('alert').filter({ hasText: `${thisYear} has not ended yet` }).waitFor();
    const periodField = page.getByRole('textbox', { name: 'Period' });
    expect(await periodField.getAttribute('aria-invalid')).toBe('true');
    const described = (await periodField.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(described.map((d) => page.locator(`[id="${d}"]`).textContent()));
    expect(messages.join(' ')).toMatch(new RegExp(`${thisYear.replace('/', '\\/')} has not ended yet \\(it ends (on 31 March ${Number(thisYear.slice(0, 4)) + 1}|today)\\): figures can be recorded only for periods that have ended`));
    expect(count('observations')).toBe(observations);
    await screenshot(page, '40-observation-future-period');

    // Withdraw the latest figure: the dialog asks for the reason.
    const history = page.getByRole('table', { name: /Every recorded figure and revision/ });
    const withdrawButton = history.getByRole('button', { name: `Withdraw the figure for ${latest.period}, Wigan, revision ${latest.revision}` });
    await withdrawButton.click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this figure' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Withdraw the figure' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Enter the reason for withdrawing the figure' }).waitFor();
    expect(count('observation_withdrawals')).toBe(0);
    await dialog.getByRole('textbox', { name: 'Reason for withdrawing the figure' }).fill('Survey sample was not weighted; the council will republish');
    await expectNoSeriousA11yViolations(page, 'withdraw dialog');
    await screenshot(page, '41-observation-withdraw-dialog');
    await dialog.getByRole('button', { name: 'Withdraw the figure' }).click();
    await page.getByRole('status').filter({ hasText: `Withdrew the figure` }).waitFor();
    expect(await dialog.count()).toBe(0);

    // The history keeps it, marked withdrawn with the reason and who; the trend no longer has it.
    const withdrawnRow = history.getByRole('row', { name: new RegExp(`Withdrawn by strategy on .*: Survey sample was not weighted`) });
    await withdrawnRow.waitFor();
    expect(await withdrawnRow.getByRole('rowheader').textContent()).toBe(latest.period);
    const chart = page.getByRole('img', { name: /^Trend chart of/ });
    await expect.poll(() => chart.getAttribute('aria-label')).not.toContain(`in ${latest.period}`);
    expect(await chart.getAttribute('aria-label')).not.toContain(`${latest.value}%`);
    // The year keeps its target row in the table, with no figure.
    const rowsForYear = figures.getByRole('row', { name: latestRow });
    if (await rowsForYear.count()) expect(await rowsForYear.textContent()).not.toContain(`${latest.value}%`);
    expect(await history.getByRole('button', { name: new RegExp(`^Withdraw the figure for ${latest.period.replace('/', '\\/')},`) }).count()).toBe(0);
    expect(count('observation_withdrawals')).toBe(1);
    expect(count('observations')).toBe(observations);
    expect(app.workspace.sqlite.prepare("select action from audit_log order by id desc limit 1").pluck().get()).toBe('observation.withdraw');
    await expectNoSeriousA11yViolations(page, 'indicator page after a withdrawal');
    await screenshot(page, '42-observation-withdrawn');
  });

  it('a leader sees withdrawn figures but no Withdraw button', async () => {
    const { id } = belonging();
    const page = await app.newPage();
    await signIn(page, 'leader');
    await page.goto(`${app.server.url}#/indicators/${id}`);
    const history = page.getByRole('table', { name: /Every recorded figure and revision/ });
    await history.getByRole('row', { name: /Withdrawn by strategy/ }).waitFor();
    // The only button left in the table is the Period header's sort.
    expect(await history.getByRole('button', { name: /^Withdraw/ }).count()).toBe(0);
    expect(await history.getByRole('button').allTextContents()).toEqual(['Period▼']);
  });
});
