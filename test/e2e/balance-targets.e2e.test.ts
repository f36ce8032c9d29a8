import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, screenshot, signIn, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('funding balance targets', () => {
  it('a strategy officer records a mission target and the funding-balance finding follows it; a leader only reads', async () => {
    const page = await app.newPage();
    await signIn(page, 'strategy');
    await page.goto(`${app.server.url}#/alignment`);
    const section = page.getByRole('region', { name: 'Funding balance targets' });
    await section.getByRole('row', { name: /M1 Fair opportunities for everyone/ }).waitFor();
    await section.getByRole('button', { name: 'Save target' }).click();
    await section.getByText('Choose a mission or a pillar').waitFor();
    await section.getByLabel('Mission or pillar').selectOption({ label: 'M1 Fair opportunities for everyone' });
    await section.getByLabel('Target share (%)').fill('80');
    await section.getByLabel('Tolerance (points)').fill('5');
    await section.getByRole('button', { name: 'Save target' }).click();
    await section.getByRole('status').filter({ hasText: 'Target saved for M1 Fair opportunities for everyone.' }).waitFor();
    const row = section.getByRole('row', { name: /M1 Fair opportunities for everyone/ });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('75% to 85%');
    await expectNoSeriousA11yViolations(page, 'balance targets');
    await screenshot(page, 'balance-targets');

    await page.goto(`${app.server.url}#/alignment/findings`);
    await page.getByText(/Mission M1 ‘Fair opportunities for everyone’ receives .* below the council’s target of 80% ± 5 points/).waitFor();
    const audit = await app.workspace.db.selectFrom('audit_log').select('after_json').where('action', '=', 'alignment.balance_target').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ code: 'M1', target_share: 0.8, tolerance: 0.05 });

    const leaderPage = await app.newPage();
    await signIn(leaderPage, 'leader');
    await leaderPage.goto(`${app.server.url}#/alignment`);
    await leaderPage.getByRole('region', { name: 'Funding balance targets' }).getByRole('row', { name: /M1/ }).waitFor();
    expect(await leaderPage.getByRole('button', { name: 'Save target' }).count()).toBe(0);
  });
});
