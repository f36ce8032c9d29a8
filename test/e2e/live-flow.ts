import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './harness';

/** Marks the page, so a reload (which would clear the mark) is caught. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((globalThis as unknown as { liveMark: string }).liveMark = 'not reloaded'));
}

async function stillTheSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { liveMark?: string }).liveMark === 'not reloaded');
}

/**
 * Two people, neither reloading: the officer (on award LWT-VCFSE-001's page) records a payment on
 * instalment 4; the approver (on the approvals queue) sees it appear and approves it; the officer's
 * page shows it approved. Returns how long after the officer's answer the row appeared (ms).
 */
export async function payAndApproveWithoutReload(officer: Page, approver: Page, options: { reference: string; screenshots: [string, string] }): Promise<number> {
  const REFERENCE = options.reference;
  const pending = approver.getByRole('table', { name: 'Payments waiting for approval' });
  await pending.waitFor();
  expect(await pending.getByRole('row', { name: new RegExp(REFERENCE) }).count()).toBe(0);
  // When the row first shows, by the page's own clock (the same machine's clock as the officer's page).
  await approver.evaluate((reference) => {
    const g = globalThis as unknown as { rowSeenAt?: number; document: { body: unknown; querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } };
    const look = () => {
      if (g.rowSeenAt) return;
      const rows = g.document.querySelectorAll('table tbody tr');
      for (let i = 0; i < rows.length; i++) if (rows[i]!.textContent?.includes(reference)) g.rowSeenAt = Date.now();
    };
    new (globalThis as unknown as { MutationObserver: new (cb: () => void) => { observe(node: unknown, options: object): void } }).MutationObserver(look).observe(g.document.body, { childList: true, subtree: true, characterData: true });
  }, REFERENCE);
  await markPage(officer);
  await markPage(approver);

  // The officer records the payment.
  await officer.getByRole('button', { name: 'Record payment against instalment 4' }).click();
  const form = officer.getByRole('region', { name: 'Record a payment against instalment 4' });
  await form.getByLabel('Amount (£)').fill('39000');
  await form.getByLabel('Payment reference').fill(REFERENCE);
  const answered = officer.waitForResponse((response) => response.url().includes('grants.recordPayment') && response.request().method() === 'POST');
  await form.getByRole('button', { name: 'Record payment', exact: true }).click();
  const response = await answered;
  expect(response.status()).toBe(200);
  const timing = response.request().timing();
  const answeredAt = timing.startTime + timing.responseEnd; // when the officer's browser had the answer
  await officer.getByRole('status').filter({ hasText: `Recorded payment ${REFERENCE} of £39,000.00 against instalment 4.` }).waitFor();

  // The approver's queue shows it, without a reload, within a second of that answer.
  const row = pending.getByRole('row', { name: new RegExp(REFERENCE) });
  await row.getByRole('button', { name: `Approve payment ${REFERENCE}` }).waitFor({ timeout: 5_000 });
  const seenAt = await approver.evaluate(() => (globalThis as unknown as { rowSeenAt?: number }).rowSeenAt ?? null);
  expect(seenAt).not.toBeNull();
  const delay = seenAt! - answeredAt;
  console.log(`The payment appeared in the approver's queue ${delay.toFixed(0)} ms after the officer's mutation was answered.`);
  expect(delay).toBeLessThan(1000);
  expect(await stillTheSamePage(approver)).toBe(true);
  await screenshot(approver, options.screenshots[0]);

  // The approver approves it; the officer's award page follows, again without a reload.
  await row.getByRole('button', { name: `Approve payment ${REFERENCE}` }).click();
  await approver.getByRole('dialog', { name: `Approve payment ${REFERENCE}?` }).getByRole('button', { name: 'Approve payment' }).click();
  await approver.getByRole('status').filter({ hasText: `Approved payment ${REFERENCE} of £39,000.00` }).waitFor();
  const paymentRow = officer.getByRole('table', { name: /Payments on this award/ }).getByRole('row', { name: new RegExp(REFERENCE) });
  await paymentRow.getByText('Approved, not released').waitFor({ timeout: 5_000 });
  await paymentRow.getByText(/^approver/).waitFor(); // approved by the approver (username), shown in its own column
  expect(await stillTheSamePage(officer)).toBe(true);
  // The officer's own flash message from before is still there: live refreshes do not disturb it.
  await officer.getByRole('status').filter({ hasText: `Recorded payment ${REFERENCE}` }).waitFor();
  await screenshot(officer, options.screenshots[1]);
  return delay;
}
