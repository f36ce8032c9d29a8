import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nav, openAward } from './grants-pages';
import { signIn, startApp, type E2eApp } from './harness';
import { payAndApproveWithoutReload } from './live-flow';

/**
 * Live updates in Chromium (browser mode, bearer tokens): two people in two browser contexts, neither
 * reloading. The finance officer records a payment; the approver, already looking at the approvals
 * queue, sees it appear within a second and approves it; the officer's award page shows it approved.
 */
let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('live updates in Chromium', () => {
  it('a payment recorded by the officer appears in the approver’s queue within a second, and its approval on the officer’s page, without reloading', async () => {
    const officer = await app.newPage();
    await signIn(officer, 'finance');
    await openAward(officer, 'LWT-VCFSE-001');

    const approver = await app.newPage();
    await signIn(approver, 'approver');
    await nav(approver, 'Approvals').click();
    const delay = await payAndApproveWithoutReload(officer, approver, { reference: 'LWT-VCFSE-001/4', screenshots: ['90-live-approver-sees-payment', '91-live-officer-sees-approval'] });
    expect(delay).toBeLessThan(1000);
  });
});
