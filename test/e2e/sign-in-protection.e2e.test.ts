import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, screenshot, signIn, signOut, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const RESET_TO = 'given out by the admin';
const CHOSEN = 'kettle on at quarter past four';

describe('sign-in protection in Chromium', () => {
  it('after an admin reset the user must choose their own passphrase (a common one refused) before reaching the app', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'Reset passphrase for leader' }).click();
    const field = page.getByLabel('New passphrase for leader');
    await field.fill('password1234');
    await page.getByRole('button', { name: 'Save passphrase' }).click();
    await page.getByText(/one of the most commonly used passwords/).waitFor();
    await field.fill(RESET_TO);
    await page.getByRole('button', { name: 'Save passphrase' }).click();
    await page.getByText('Passphrase reset for leader. Their sessions have ended.').waitFor();
    await page.getByText('Must choose a new passphrase').waitFor();
    await screenshot(page, 'sign-in-protection-01-admin-reset');
    await signOut(page);

    await signIn(page, 'leader', RESET_TO);
    await page.getByRole('heading', { name: 'Choose a new passphrase' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await page.getByLabel('Current passphrase').fill(RESET_TO);
    await page.getByLabel('New passphrase', { exact: true }).fill('password1234');
    await page.getByLabel('Confirm new passphrase').fill('password1234');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('alert').getByText(/one of the most commonly used passwords/).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'choose a new passphrase');
    await screenshot(page, 'sign-in-protection-02-common-refused');

    await page.getByLabel('New passphrase', { exact: true }).fill(CHOSEN);
    await page.getByLabel('Confirm new passphrase').fill(CHOSEN);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programme register' }).click();
    await page.getByRole('heading', { name: 'Programme register' }).waitFor();

    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByText('This session').waitFor();
    await expectNoSeriousA11yViolations(page, 'your account');
    await screenshot(page, 'sign-in-protection-03-account');

    await signOut(page);
    await signIn(page, 'leader', CHOSEN);
    await page.getByRole('heading', { name: 'Your account' }).waitFor(); // straight back where they were, no detour
    const audit = app.workspace.sqlite.prepare("select action from audit_log where action in ('user.reset_passphrase', 'auth.change_passphrase') order by id").pluck().all();
    expect(audit).toEqual(['user.reset_passphrase', 'auth.change_passphrase']);
    await signOut(page);
  });

  it('repeated wrong passphrases are slowed down, with a message saying when to try again', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Username').fill('strategy');
      await page.getByLabel('Passphrase', { exact: true }).fill(`not it ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').getByText(/do not match an active account/).waitFor();
    }
    await page.getByLabel('Passphrase', { exact: true }).fill('demo-passphrase-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText(/Too many failed sign-ins for this username\. Try again after \d\d:\d\d:\d\d UK time/).waitFor();
    await screenshot(page, 'sign-in-protection-04-throttled');
  });
});
