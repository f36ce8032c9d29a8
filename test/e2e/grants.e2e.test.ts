import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFund } from '../../core/grants/funds-service';
import { COST_LINE, FUND, nav, openAward, openFund, pence, statement } from './grants-pages';
import { expectNoSeriousA11yViolations, screenshot, SCREENSHOTS, signIn, signOut, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Gross pence of this fund's payments that have ever been released, straight from the database. */
function releasedInDatabase(): number {
  return app.workspace.sqlite
    .prepare(
      `select coalesce(sum(p.gross_pence), 0) from ledger_entries p join awards a on a.id = p.award_id join funds f on f.id = a.fund_id
       where f.code = 'LWT-VCFSE' and p.entry_type = 'payment' and exists (select 1 from ledger_entries r where r.payment_id = p.id and r.entry_type = 'release')`,
    )
    .pluck()
    .get() as number;
}

function paymentsWithReference(reference: string): Array<{ id: number; idempotency_key: string | null; gross_pence: number; fee_pence: number }> {
  return app.workspace.sqlite.prepare("select id, idempotency_key, gross_pence, fee_pence from ledger_entries where entry_type = 'payment' and reference = ?").all(reference) as never;
}

/** POSTs a tRPC mutation with this page's own session token, as a hand-made request would. */
async function callApi(page: Page, procedure: string, input: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ procedure, input }) => {
      const { sessionStorage } = globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } };
      const response = await fetch(`/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('alignment-desk.token')}` },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    },
    { procedure, input },
  );
}

describe('grants in Chromium', () => {
  it('a finance officer records a payment, an approver approves and releases it, and reversals correct mistakes', async () => {
    const page = await app.newPage();
    await signIn(page, 'finance');

    // The fund page: statement, the server's transaction-cost line, flow chart with its table, awards, ledger.
    await openFund(page);
    await page.getByText(COST_LINE, { exact: true }).waitFor();
    const before = await statement(page);
    expect(before.allocation).toBe(120_000_000);
    expect(before.awarded).toBe(120_000_000);
    expect(before.released).toBe(releasedInDatabase());
    const chart = page.getByRole('img', { name: /^Flow chart of the fund’s money/ });
    expect(await chart.getAttribute('aria-label')).toContain('Allocation £1,200,000.00; awarded £1,200,000.00 (100% of the allocation)');
    await page.getByRole('table', { name: 'Figures in the flow chart' }).getByRole('row', { name: /Pending approval £50,000\.00/ }).waitFor();
    expect(await page.getByRole('table', { name: 'Awards from this fund' }).locator('tbody tr').count()).toBe(11);
    await expectNoSeriousA11yViolations(page, 'fund page');
    await screenshot(page, '20-fund-page');
    await page.locator('.flow-chart').screenshot({ path: join(SCREENSHOTS, '20b-flow-chart.png') });

    // Record a payment on instalment 4 of LWT-VCFSE-001. Too much first: the server's refusal is shown word for word.
    await openAward(page, 'LWT-VCFSE-001');
    await page.getByRole('button', { name: 'Record payment against instalment 4' }).click();
    const form = page.getByRole('region', { name: 'Record a payment against instalment 4' });
    await form.getByLabel('Amount (£)').fill('39,250.00');
    await form.getByLabel('Payment reference').fill('LWT-VCFSE-001/4');
    await form.getByRole('button', { name: 'Record payment', exact: true }).click();
    await form.getByRole('alert').filter({ hasText: 'This payment would take the award £250.00 over its total of £175,000.00.' }).waitFor();
    await screenshot(page, '21-payment-refused');
    expect(paymentsWithReference('LWT-VCFSE-001/4')).toEqual([]);

    // Corrected and double-clicked: one payment, carrying the key the form minted when it opened.
    await form.getByLabel('Amount (£)').fill('39000');
    await form.getByRole('button', { name: 'Record payment', exact: true }).dblclick();
    await page.getByRole('status').filter({ hasText: 'Recorded payment LWT-VCFSE-001/4 of £39,000.00 against instalment 4.' }).waitFor();
    const recorded = paymentsWithReference('LWT-VCFSE-001/4');
    expect(recorded).toHaveLength(1);
    const payment = recorded[0]!;
    expect(payment.gross_pence).toBe(3_900_000);
    expect(payment.fee_pence).toBe(0);
    expect(payment.idempotency_key).toMatch(UUID);
    // Resending the same submission (as after a lost reply) is answered from the first one, not recorded again.
    const instalmentId = app.workspace.sqlite.prepare('select instalment_id from ledger_entries where id = ?').pluck().get(payment.id) as number;
    const resend = { idempotencyKey: payment.idempotency_key, instalmentId, amountPence: 3_900_000, paymentDate: app.workspace.sqlite.prepare('select entry_date from ledger_entries where id = ?').pluck().get(payment.id), reference: 'LWT-VCFSE-001/4' };
    const replay = await callApi(page, 'grants.recordPayment', resend);
    expect(replay.status).toBe(200);
    expect(replay.body.result.data).toEqual({ paymentId: payment.id, replayed: true });
    expect(paymentsWithReference('LWT-VCFSE-001/4')).toHaveLength(1);

    const payments = page.getByRole('table', { name: /Payments on this award/ });
    const paymentRow = payments.getByRole('row', { name: /LWT-VCFSE-001\/4/ });
    await paymentRow.getByText('Pending approval').waitFor();
    await paymentRow.getByText('finance (you)').waitFor();
    const instalments = page.getByRole('table', { name: /^Instalments/ });
    await instalments.getByRole('row', { name: /^Instalment 4 .*£39,000\.00 £39,000\.00 £0\.00 £0\.00/ }).waitFor();
    await expectNoSeriousA11yViolations(page, 'award page');
    await screenshot(page, '22-award-page');

    // A mistaken payment on another award (a zero dropped): the officer records its reversal, which waits for an approver.
    await openAward(page, 'LWT-VCFSE-004');
    await page.getByRole('button', { name: 'Record payment against instalment 2' }).click();
    const mistake = page.getByRole('region', { name: 'Record a payment against instalment 2' });
    await mistake.getByLabel('Amount (£)').fill('4,812.50');
    await mistake.getByLabel('Payment reference').fill('LWT-VCFSE-004/2');
    await mistake.getByRole('button', { name: 'Record payment', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded payment LWT-VCFSE-004/2 of £4,812.50' }).waitFor();
    await page.getByRole('button', { name: 'Reverse payment LWT-VCFSE-004/2' }).click();
    const reverse = page.getByRole('region', { name: 'Reverse payment LWT-VCFSE-004/2' });
    await reverse.getByRole('button', { name: 'Record reversal for approval' }).click();
    await reverse.getByRole('alert').getByRole('link', { name: /Reason for the reversal: Enter the reason/ }).waitFor();
    await reverse.getByLabel('Reason for the reversal').fill('Keyed as £4,812.50 instead of £48,125.00 (a zero was dropped).');
    await reverse.getByRole('button', { name: 'Record reversal for approval' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded a reversal of payment LWT-VCFSE-004/2 (£4,812.50). It waits for a finance approver' }).waitFor();
    await page.getByRole('table', { name: /Payments on this award/ }).getByRole('row', { name: /LWT-VCFSE-004\/2/ }).getByText('A reversal is waiting for approval').waitFor();
    await page.getByRole('table', { name: /Reversals and clawbacks on this award/ }).getByRole('row', { name: /Reversal.*LWT-VCFSE-004\/2.*Waiting for approval/ }).waitFor();
    await screenshot(page, '22b-award-reversal-waiting');
    await openFund(page);
    const afterMistake = await statement(page);
    expect(afterMistake.reversed).toBe(before.reversed); // nothing counts until a second person approves
    expect(afterMistake.pending - before.pending).toBe(3_900_000 + 481_250);
    expect(afterMistake.netReleased).toBe(before.netReleased);

    // The officer sees the queue, but no approve, release or return button, and cannot approve by a hand-made request.
    await nav(page, 'Approvals').click();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    const pendingTable = page.getByRole('table', { name: 'Payments waiting for approval' });
    const correctionsTable = page.getByRole('table', { name: 'Reversals and clawbacks waiting for approval' });
    await pendingTable.getByRole('row', { name: /LWT-VCFSE-001\/4/ }).getByText('You recorded this payment; another approver must approve it').waitFor();
    await correctionsTable.getByRole('row', { name: /Reversal LWT-VCFSE-004\/2/ }).getByText('You recorded this reversal; another approver must approve it').waitFor();
    expect(await page.getByRole('button', { name: /^(Approve|Release|Return)/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'approvals queue (finance officer)');
    await screenshot(page, '23-approvals-finance-officer');
    const refused = await callApi(page, 'grants.approvePayment', { paymentId: payment.id, date: resend.paymentDate });
    expect(refused.status).toBe(403);
    expect(refused.body.error.data.code).toBe('FORBIDDEN');
    expect(app.workspace.sqlite.prepare("select count(*) from ledger_entries where payment_id = ? and entry_type = 'approval'").pluck().get(payment.id)).toBe(0);

    // The approver approves, then releases, through the queue; each asks for confirmation with payee, award, amount and dates.
    await signOut(page);
    await signIn(page, 'approver');
    await nav(page, 'Approvals').click();
    const row = pendingTable.getByRole('row', { name: /LWT-VCFSE-001\/4/ });
    await row.getByRole('button', { name: 'Approve payment LWT-VCFSE-001/4' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'approvals queue (approver)');
    await screenshot(page, '24-approvals-approver');
    await row.getByRole('button', { name: 'Approve payment LWT-VCFSE-001/4' }).click();
    const approveDialog = page.getByRole('dialog', { name: 'Approve payment LWT-VCFSE-001/4?' });
    await approveDialog.waitFor();
    const summary = (await approveDialog.locator('.decision-summary').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(summary).toMatch(/^Payee.+\(fictional\)AwardLWT-VCFSE-001 \(LWT-VCFSE\)Amount£39,000\.00Payment date\d{1,2} \w{3} \d{4}Recorded byDemo Finance OfficerApproved on.+\(today\)$/);
    await expectNoSeriousA11yViolations(page, 'approve confirmation');
    await screenshot(page, '24b-approve-confirmation');
    // Cancel writes nothing; confirming approves.
    await approveDialog.getByRole('button', { name: 'Cancel' }).click();
    expect(app.workspace.sqlite.prepare("select count(*) from ledger_entries where payment_id = ? and entry_type = 'approval'").pluck().get(payment.id)).toBe(0);
    await row.getByRole('button', { name: 'Approve payment LWT-VCFSE-001/4' }).click();
    await approveDialog.getByRole('button', { name: 'Approve payment' }).click();
    await page.getByRole('status').filter({ hasText: 'Approved payment LWT-VCFSE-001/4 of £39,000.00' }).waitFor();
    const approvedTable = page.getByRole('table', { name: 'Payments approved and waiting for release' });
    await approvedTable.getByRole('button', { name: 'Release payment LWT-VCFSE-001/4' }).click();
    const releaseDialog = page.getByRole('dialog', { name: 'Release payment LWT-VCFSE-001/4?' });
    expect((await releaseDialog.locator('.decision-summary').textContent())?.replace(/\s+/g, ' ')).toMatch(/Amount£39,000\.00.*Approved on\d.*Released on.+\(today\)$/);
    await screenshot(page, '24c-release-confirmation');
    await releaseDialog.getByRole('button', { name: 'Release payment' }).click();
    await page.getByRole('status').filter({ hasText: 'Released payment LWT-VCFSE-001/4 of £39,000.00' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /LWT-VCFSE-001\/4/ }).count()).toBe(0);

    // The approver approves the officer's reversal of the mistaken payment: only now does it count.
    await correctionsTable.getByRole('row', { name: /Reversal LWT-VCFSE-004\/2/ }).getByRole('button', { name: 'Approve reversal of payment LWT-VCFSE-004/2' }).click();
    await page.getByRole('dialog', { name: 'Approve reversal of payment LWT-VCFSE-004/2?' }).getByRole('button', { name: 'Approve reversal' }).click();
    await page.getByRole('status').filter({ hasText: 'Approved reversal of payment LWT-VCFSE-004/2 of £4,812.50' }).waitFor();

    // The statement's released figure goes up by exactly that payment, on the page and in the database.
    await openFund(page);
    const released = await statement(page);
    expect(released.released - before.released).toBe(3_900_000);
    expect(released.netReleased - before.netReleased).toBe(3_900_000);
    expect(released.released).toBe(releasedInDatabase());
    expect(released.pending).toBe(before.pending);
    expect(released.reversed - before.reversed).toBe(481_250);
    await page.getByText(COST_LINE, { exact: true }).waitFor();
    const ledger = page.getByRole('table', { name: /Ledger entries/ });
    // Newest first: the latest entry on LWT-VCFSE-001 is its release.
    const releaseEntry = ledger.locator('tbody tr').filter({ hasText: 'LWT-VCFSE-001' }).first();
    expect((await releaseEntry.textContent())?.replace(/\s+/g, ' ')).toContain('Released');

    // It turns out to be a mistake (the partner's final claim was not yet in): the officer records a reversal, the approver approves it.
    await signOut(page);
    await signIn(page, 'finance');
    await openAward(page, 'LWT-VCFSE-001');
    await page.getByRole('button', { name: 'Reverse payment LWT-VCFSE-001/4' }).click();
    const reverseReleased = page.getByRole('region', { name: 'Reverse payment LWT-VCFSE-001/4' });
    await reverseReleased.getByLabel('Reason for the reversal').fill('Released before the final claim and report were received; the partner is returning it.');
    await reverseReleased.getByRole('button', { name: 'Record reversal for approval' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded a reversal of payment LWT-VCFSE-001/4 (£39,000.00)' }).waitFor();
    await openFund(page);
    expect((await statement(page)).netReleased).toBe(released.netReleased);
    await signOut(page);
    await signIn(page, 'approver');
    await nav(page, 'Approvals').click();
    await correctionsTable.getByRole('button', { name: 'Approve reversal of payment LWT-VCFSE-001/4' }).click();
    await page.getByRole('dialog', { name: 'Approve reversal of payment LWT-VCFSE-001/4?' }).getByRole('button', { name: 'Approve reversal' }).click();
    await page.getByRole('status').filter({ hasText: 'Approved reversal of payment LWT-VCFSE-001/4 of £39,000.00' }).waitFor();
    await openFund(page);
    const corrected = await statement(page);
    expect(corrected.released).toBe(released.released);
    expect(corrected.reversed - afterMistake.reversed).toBe(3_900_000 + 481_250);
    expect(corrected.netReleased).toBe(before.netReleased);
    const reversal = ledger.locator('tbody tr').first();
    expect((await reversal.textContent())?.replace(/\s+/g, ' ')).toMatch(/Reversal approved.*LWT-VCFSE-001.*−£39,000\.00/);
    expect(pence(await reversal.locator('td.cell--numeric').nth(2).textContent())).toBe(before.netReleased);
    await page.getByText(COST_LINE, { exact: true }).waitFor();
    await screenshot(page, '25-fund-after-reversal');
    // The ledger is paged by the server: the next page holds the older entries.
    const ledgerPages = page.getByRole('navigation', { name: 'Pages of ledger entries' });
    const ledgerTotal = Number(/of ([\d,]+) ledger entries/.exec((await ledgerPages.textContent()) ?? '')![1]!.replace(/,/g, ''));
    expect(ledgerTotal).toBeGreaterThan(50);
    await ledgerPages.getByRole('button', { name: 'Next ledger entries' }).click();
    await ledgerPages.getByText(`Showing 51–${Math.min(100, ledgerTotal)} of ${ledgerTotal} ledger entries`).waitFor();
    expect(await ledger.locator('tbody tr').count()).toBe(Math.min(100, ledgerTotal) - 50);
    await page.locator('.flow-chart').screenshot({ path: join(SCREENSHOTS, '25b-flow-chart-after-reversal.png') });
  });

  it('partners show their due diligence; a finance officer adds a partner, records a check and makes an award whose schedule adds up', async () => {
    const page = await app.newPage();
    await signIn(page, 'finance');
    await nav(page, 'Partners').click();
    await page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
    const partners = page.getByRole('table', { name: /^Partners, with/ });
    await partners.getByRole('row', { name: /Loomhouse Heritage Volunteers.*Expired on 12 Feb 2026/ }).waitFor();
    await partners.getByRole('row', { name: /Northmoss Tenants’ Forum.*Missing/ }).waitFor();
    await page.getByLabel('Due diligence', { exact: true }).selectOption('expired');
    await expect.poll(() => partners.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => partners.locator('tbody tr').count()).toBeGreaterThan(10);
    await expectNoSeriousA11yViolations(page, 'partners list');
    await screenshot(page, '26-partners');

    // Adding a partner: an org id already held is an error, a near-identical name a warning.
    await page.getByRole('link', { name: 'Add a partner' }).click();
    await page.getByRole('heading', { name: 'Add a partner', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Pennine Fold Community Kitchen');
    await page.getByText('Is this partner already in the register?').waitFor();
    await page.getByText(/Pennine Fold Community Kitchen \(fictional\) \(GB-CHC-9990102\) has a near-identical name/).waitFor();
    await page.getByLabel('Org id').fill('gb-chc-9990102');
    await page.getByText(/GB-CHC-9990102 already belongs to Pennine Fold Community Kitchen \(fictional\)/).waitFor();
    await expectNoSeriousA11yViolations(page, 'partner form');
    await screenshot(page, '27-partner-form-duplicates');
    await page.getByLabel('Name', { exact: true }).fill('Pemberton Allotment Society');
    await page.getByLabel('Org id').fill('');
    await expect.poll(() => page.getByText('Is this partner already in the register?').count()).toBe(0);
    await page.getByLabel('Organisation type').selectOption('community_group');
    await page.getByLabel('Ward', { exact: true }).selectOption({ label: 'Pemberton' });
    await page.getByLabel('Contact email').fill('not-an-email');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('alert').getByRole('link', { name: /^Contact email: Enter an email address/ }).waitFor();
    await page.getByLabel('Contact email').fill('plots@example.org');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('heading', { name: 'Pemberton Allotment Society', level: 1 }).waitFor();
    await page.locator('.badge--dd-missing').filter({ hasText: 'Missing' }).waitFor();
    expect(await page.locator('dd.cell--code').first().textContent()).toMatch(/^360G-wigan-/);

    // Finance records its due diligence, which makes it valid.
    const dd = page.getByRole('region', { name: 'Record due diligence' });
    await dd.getByRole('checkbox', { name: 'Governing document' }).check();
    await dd.getByRole('checkbox', { name: 'Bank details verified' }).check();
    await dd.getByLabel('Checked by').fill('Grants and Partnerships Team');
    await dd.getByRole('button', { name: 'Record the check' }).click();
    await dd.getByText('Recorded the check. Due diligence is now valid.').waitFor();
    await page.locator('.badge--dd-valid').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'partner page');
    await screenshot(page, '28-partner-page');

    // A new award from the Supporting Communities Fund: the schedule's total is checked as it is typed.
    await nav(page, 'Grants').click();
    await page.getByRole('table', { name: /^Funds with/ }).getByRole('row', { name: /Live Well Trailblazer VCFSE fund.*Transaction costs £0\.00/ }).waitFor();
    await expectNoSeriousA11yViolations(page, 'funds list');
    await screenshot(page, '29-funds');
    // The server filters and sorts the funds: by words in the code or name, and by a money figure.
    const fundsTable = page.getByRole('table', { name: /^Funds with/ });
    const fundNames = () => fundsTable.locator('tbody th a').allTextContents();
    await page.getByLabel('Code or name').fill('micro');
    await fundsTable.locator('tbody tr', { hasText: 'Live Well' }).waitFor({ state: 'detached' });
    expect(await fundNames()).toEqual(['Supporting Communities Fund micro-grants']);
    await page.getByLabel('Code or name').fill('no such fund');
    await fundsTable.getByText('No funds match.').waitFor();
    await page.getByLabel('Code or name').fill('');
    await page.getByLabel('Sort by').selectOption('awarded');
    await fundsTable.locator('tbody tr').first().filter({ hasText: FUND }).waitFor();
    const byAwarded = await fundNames();
    expect(byAwarded[0]).toBe(FUND);
    expect(byAwarded.length).toBeGreaterThan(1);
    await screenshot(page, '29c-funds-by-awarded');
    await page.getByRole('link', { name: 'Supporting Communities Fund micro-grants' }).click();
    // A fund that is mostly unallocated: the small awarded part is still drawn and labelled.
    await page.getByRole('img', { name: /Allocation £193,067\.07; awarded £3,850\.00 \(2% of the allocation\)/ }).waitFor();
    await page.locator('.flow-chart').screenshot({ path: join(SCREENSHOTS, '29b-flow-chart-small-fund.png') });
    await page.getByRole('link', { name: 'New award' }).click();
    await page.getByRole('heading', { name: 'New award from SCF-MICRO', level: 1 }).waitFor();
    // The fund ended on 31 March 2026 (the demo's "today" is later): the form says so, and the server refuses.
    await page.getByText('This fund ended on 31 Mar 2026: a new award will be refused.').waitFor();
    await page.getByText('Fund SCF-MICRO runs from 1 Apr 2024 to 31 Mar 2026.', { exact: false }).waitFor();
    // An award dated today, planned for the next six months with two instalments: after the fund ended.
    const today = new Date();
    const dayAfter = (months: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
    const [plannedStart, secondDue, plannedEnd] = [dayAfter(1), dayAfter(4), dayAfter(7)];
    const fillAward = async (partner: string | { label: string }) => {
      await page.getByLabel('Partner', { exact: true }).selectOption(partner);
      await page.getByLabel('Title', { exact: true }).fill('Allotment open days');
      await page.getByLabel('Purpose', { exact: true }).fill('Four open days with growing sessions for residents who are new to the area.');
      await page.getByLabel('Amount (£)').first().fill('1,500');
      await page.getByLabel('Planned start').fill(plannedStart);
      await page.getByLabel('Planned end').fill(plannedEnd);
      await page.getByRole('radio', { name: 'In advance' }).check();
      const schedule = page.getByRole('region', { name: 'Instalments' });
      await schedule.getByLabel('Due date').fill(plannedStart);
      await schedule.getByLabel('Amount (£)').fill('1,000');
      await schedule.getByText('The instalments add up to £1,000.00: £500.00 less than the award of £1,500.00.').waitFor();
      await schedule.getByRole('button', { name: 'Add instalment' }).click();
      const second = schedule.getByRole('group', { name: 'Instalment 2' });
      await second.getByLabel('Due date').fill(secondDue);
      await second.getByLabel('Amount (£)').fill('600');
      await schedule.getByText('The instalments add up to £1,600.00: £100.00 more than the award of £1,500.00.').waitFor();
      await schedule.getByRole('button', { name: 'Split the award evenly across the 2 instalments' }).click();
      await schedule.getByText('The instalments add up to £1,500.00, matching the award of £1,500.00.').waitFor();
      await page.getByRole('checkbox', { name: 'Pemberton' }).check();
    };
    const valid = await page.getByRole('option', { name: /^Pemberton Allotment Society \(due diligence: valid until / }).getAttribute('value');
    await fillAward(valid!);
    await page.getByRole('button', { name: 'Save award' }).click();
    await page.getByRole('alert').getByRole('link', { name: /^Why paid in advance: Say why/ }).waitFor();
    await page.getByLabel('Why paid in advance').fill('A volunteer group with no reserves: seeds and tools are bought before the first open day.');
    await page.getByRole('button', { name: 'Save award' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Fund: Fund SCF-MICRO ended on 31 March 2026: no new awards can be made from it' }).waitFor();
    await summary.getByRole('link', { name: 'Award date: The award date must be on or before 31 March 2026, when fund SCF-MICRO ends' }).waitFor();
    await summary.getByRole('link', { name: 'Planned start: The planned start must be on or before 31 March 2026, when fund SCF-MICRO ends' }).waitFor();
    await summary.getByRole('link', { name: 'Planned end: The planned end must be on or before 31 March 2026, when fund SCF-MICRO ends' }).waitFor();
    // Each message sits beside its own field, and the field is marked invalid.
    expect(await page.locator('#pf-awardDate-error').textContent()).toBe('Error: The award date must be on or before 31 March 2026, when fund SCF-MICRO ends');
    expect(await page.locator('#pf-plannedEnd-error').textContent()).toBe('Error: The planned end must be on or before 31 March 2026, when fund SCF-MICRO ends');
    expect(await page.getByLabel('Award date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pf-fundId .field__error').textContent()).toBe('Error: Fund SCF-MICRO ended on 31 March 2026: no new awards can be made from it');
    expect(Number(app.workspace.sqlite.prepare("select count(*) from awards a join funds f on f.id = a.fund_id where f.code = 'SCF-MICRO'").pluck().get())).toBe(2);
    await expectNoSeriousA11yViolations(page, 'award form refused for its dates');
    await screenshot(page, '30a-award-form-dates-refused');

    // This year's round of the same scheme, open for two financial years from the current one.
    const fyStart = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    const fy = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
    const scf = app.workspace.sqlite.prepare("select id from programmes where code = 'WGN-SCF'").pluck().get() as number;
    const round = await createFund(app.workspace.db, { actor: null, requestId: 'e2e-setup', channel: 'system' }, {
      programmeId: scf, code: 'SCF-NEXT', name: 'Supporting Communities Fund next round', source: 'Wigan Council revenue budget', allocationPence: 5_000_000,
      firstFinancialYear: fy(fyStart), lastFinancialYear: fy(fyStart + 1), endDate: `${fyStart + 2}-03-31`, zeroTransactionCost: false,
    });
    await page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, `#/grants/funds/${round.id}/awards/new`);
    await page.getByRole('heading', { name: 'New award from SCF-NEXT', level: 1 }).waitFor();
    await fillAward({ label: 'Northmoss Tenants’ Forum (fictional) (due diligence: missing)' });
    await page.getByText(/The award will be refused unless a new check is recorded first/).waitFor();
    await page.getByLabel('Why paid in advance').fill('A volunteer group with no reserves: seeds and tools are bought before the first open day.');
    // An instalment due after the planned end is refused at that instalment's due date.
    const secondDueDate = page.getByRole('region', { name: 'Instalments' }).getByRole('group', { name: 'Instalment 2' }).getByLabel('Due date');
    await secondDueDate.fill(dayAfter(8));
    await page.getByRole('button', { name: 'Save award' }).click();
    await page.getByRole('alert').getByRole('link', { name: /^Instalment 2 due date: The due date must be within the award's planned period, \d+ \w+ \d{4} to \d+ \w+ \d{4}$/ }).waitFor();
    expect(await page.locator('#pf-instalments-1-dueDate-error').textContent()).toMatch(/^Error: The due date must be within the award's planned period/);
    expect(await secondDueDate.getAttribute('aria-invalid')).toBe('true');
    await secondDueDate.fill(secondDue);
    await page.getByRole('button', { name: 'Save award' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Partner: No due diligence has been recorded for Northmoss Tenants’ Forum (fictional): record a check before making an award' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'award form');
    await screenshot(page, '30-award-form-refused');
    await page.getByLabel('Partner', { exact: true }).selectOption(valid!);
    await page.getByRole('button', { name: 'Save award' }).click();
    await page.getByRole('heading', { name: /^SCF-NEXT-001 Allotment open days$/, level: 1 }).waitFor();
    const award = app.workspace.sqlite.prepare("select id, amount_pence, payment_basis from awards where reference = 'SCF-NEXT-001'").get() as { id: number; amount_pence: number; payment_basis: string };
    expect(award).toMatchObject({ amount_pence: 150_000, payment_basis: 'advance' });
    expect(app.workspace.sqlite.prepare('select amount_pence from instalments where award_id = ? order by sequence').pluck().all(award.id)).toEqual([75_000, 75_000]);
    await page.getByRole('table', { name: /^Instalments/ }).getByRole('button', { name: 'Record payment against instalment 1' }).waitFor();
    await screenshot(page, '31-new-award');

    // Leaders read grants but see no approvals queue and no finance actions.
    await signOut(page);
    await signIn(page, 'leader');
    expect(await nav(page, 'Approvals').count()).toBe(0);
    await openAward(page, 'LWT-VCFSE-002');
    await page.getByRole('table', { name: /Payments on this award/ }).waitFor();
    expect(await page.getByRole('button', { name: /^(Record payment|Reverse|Record clawback|Approve|Release)/ }).count()).toBe(0);
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/approvals';
    });
    await page.getByRole('heading', { name: 'Approvals are for finance staff' }).waitFor();
  });
});
