import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nav, openAward, openFund, statement } from './grants-pages';
import { expectNoSeriousA11yViolations, screenshot, signIn, signOut, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('returning an entry in Chromium', () => {
  it('an approver returns a payment to the officer with a reason; the officer sees why, and it counts in no total', async () => {
    const page = await app.newPage();
    await signIn(page, 'finance');
    await openFund(page);
    const before = await statement(page);
    await openAward(page, 'LWT-VCFSE-004');
    await page.getByRole('button', { name: 'Record payment against instalment 2' }).click();
    const form = page.getByRole('region', { name: 'Record a payment against instalment 2' });
    await form.getByLabel('Amount (£)').fill('100.00');
    await form.getByLabel('Payment reference').fill('INV-WRONG-7');
    await form.getByRole('button', { name: 'Record payment', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded payment INV-WRONG-7 of £100.00' }).waitFor();

    await signOut(page);
    await signIn(page, 'approver');
    await nav(page, 'Approvals').click();
    const row = page.getByRole('table', { name: 'Payments waiting for approval' }).getByRole('row', { name: /INV-WRONG-7/ });
    await row.getByRole('button', { name: 'Return payment INV-WRONG-7' }).click();
    const dialog = page.getByRole('dialog', { name: /^Return payment INV-WRONG-7 to / });
    await dialog.getByRole('button', { name: /^Return to / }).click();
    await dialog.getByText('Enter why you are returning it').waitFor();
    await dialog.getByLabel('Why are you returning it?').fill('The invoice number is INV-1007, not INV-WRONG-7; please record it again.');
    await expectNoSeriousA11yViolations(page, 'return dialog');
    await screenshot(page, '25c-return-dialog');
    await dialog.getByRole('button', { name: /^Return to / }).click();
    await page.getByRole('status').filter({ hasText: 'Returned payment INV-WRONG-7 of £100.00' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /INV-WRONG-7/ }).count()).toBe(0);

    await signOut(page);
    await signIn(page, 'finance');
    await nav(page, 'Approvals').click();
    const returned = page.getByRole('table', { name: /returned to you/ }).getByRole('row', { name: /INV-WRONG-7/ });
    await returned.getByText('The invoice number is INV-1007, not INV-WRONG-7; please record it again.').waitFor();
    await screenshot(page, '25d-returned-to-officer');
    await openAward(page, 'LWT-VCFSE-004');
    const paymentRow = page.getByRole('table', { name: /Payments on this award/ }).getByRole('row', { name: /INV-WRONG-7/ });
    await paymentRow.getByText('Returned to recorder').waitFor();
    await paymentRow.getByText(/Returned by .* The invoice number is INV-1007/).waitFor();
    await openFund(page);
    expect(await statement(page)).toEqual(before);
  });
});
