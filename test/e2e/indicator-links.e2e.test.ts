import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, screenshot, signIn, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function indicatorPageId(frameworkCode: string, code: string): Promise<number> {
  const row = await app.workspace.db
    .selectFrom('indicators as i')
    .innerJoin('indicator_identities as ii', 'ii.id', 'i.identity_id')
    .innerJoin('frameworks as f', 'f.id', 'ii.framework_id')
    .innerJoin('framework_versions as v', 'v.id', 'i.version_id')
    .select('i.id')
    .where('f.code', '=', frameworkCode)
    .where('ii.code', '=', code)
    .where('v.status', '=', 'published')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('local indicator → GMCA indicator links', () => {
  it('a strategy officer links a council indicator to a GMCA indicator; both indicator pages show it', async () => {
    const page = await app.newPage();
    await signIn(page, 'strategy');
    await page.goto(`${app.server.url}#/indicators/${await indicatorPageId('WGN-PWU', 'PWU-05')}`);
    const panel = page.getByRole('region', { name: 'Linked GMCA indicators' });
    await panel.getByText('No indicator links yet.').waitFor();
    await panel.getByRole('button', { name: 'Link indicators' }).click();
    await panel.getByText(/Say why this link holds/).waitFor();
    await panel.getByLabel('GMCA indicator', { exact: true }).selectOption({ label: 'IS-ES-01 Residents starting employment support' });
    await panel.getByLabel('Contributes to').check();
    await panel.getByLabel('Rationale', { exact: true }).fill('Benefit take-up advice often leads to employment support.');
    await panel.getByRole('button', { name: 'Link indicators' }).click();
    await panel.getByRole('status').filter({ hasText: 'Linked to IS-ES-01.' }).waitFor();
    const row = panel.getByRole('row', { name: /IS-ES-01/ });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Contributes to');
    await expectNoSeriousA11yViolations(page, 'indicator links');
    await screenshot(page, 'indicator-links');

    await page.goto(`${app.server.url}#/indicators/${await indicatorPageId('GMCA-IS', 'IS-ES-01')}`);
    const gmcaPanel = page.getByRole('region', { name: 'Council indicators linked to this one' });
    await gmcaPanel.getByRole('row', { name: /PWU-05/ }).waitFor();
    expect(await gmcaPanel.getByRole('button', { name: 'Link indicators' }).count()).toBe(0);

    await gmcaPanel.getByRole('button', { name: 'Remove link from PWU-05 to IS-ES-01' }).click();
    await gmcaPanel.getByRole('button', { name: 'Remove link', exact: true }).click();
    await gmcaPanel.getByText('Say why the link is being removed').waitFor();
    await gmcaPanel.getByLabel(/Why remove the link/).fill('Recorded against the wrong indicator.');
    await gmcaPanel.getByRole('button', { name: 'Remove link', exact: true }).click();
    await expect.poll(() => gmcaPanel.getByRole('row', { name: /PWU-05/ }).count()).toBe(0);
    const removed = await app.workspace.db.selectFrom('audit_log').select('after_json').where('action', '=', 'alignment.unlink').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(removed.after_json!)).toMatchObject({ reason: 'Recorded against the wrong indicator.' });
  });
});
