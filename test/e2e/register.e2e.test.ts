import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/service';
import { openWorkspaceDatabase } from '../../db/connection';
import { expectNoSeriousA11yViolations, screenshot, signIn, signOut, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('programme register in Chromium', () => {
  it('a strategy officer creates a programme, finds it by search and sees its history; a leader cannot edit', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'sign-in page');
    await screenshot(page, '01-sign-in');

    await signIn(page, 'strategy');
    await page.getByRole('heading', { name: 'Programme register' }).waitFor();
    await page.getByRole('link', { name: /Live Well/ }).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'register');
    await screenshot(page, '02-register');

    await page.getByRole('button', { name: 'New programme' }).click();
    await page.getByLabel('Code', { exact: true }).fill('E2E-001');
    await page.getByLabel('Name', { exact: true }).fill('Pemberton pocket parks');
    await page.getByLabel('Start date').fill('2026-04-01');
    await page.getByLabel('End date').fill('2028-03-31');

    await page.getByRole('button', { name: 'Add funding line' }).click();
    const funding = page.getByRole('group', { name: /Funding line 1/ });
    await funding.getByLabel('Source').selectOption('council');
    await funding.getByLabel('Financial year').fill('2026/27');
    await funding.getByLabel('Amount (£)').fill('250,000.50');

    await page.getByRole('button', { name: 'Add milestone' }).click();
    const milestone = page.getByRole('group', { name: /Milestone 1/ });
    await milestone.getByLabel('Title').fill('Three parks open');
    await milestone.getByLabel('Due date').fill('2027-09-30');

    await page.getByRole('checkbox', { name: /^Pemberton/ }).check();
    await page.getByRole('checkbox', { name: /^Winstanley/ }).check();
    await screenshot(page, '03-new-programme-form');
    await page.getByRole('button', { name: 'Save programme' }).click();

    await page.getByRole('heading', { name: /Pemberton pocket parks/ }).waitFor();
    await expectNoSeriousA11yViolations(page, 'programme page');
    await screenshot(page, '04-programme-page');

    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Programme register' }).click();
    await page.getByLabel('Search programmes').fill('pocket parks');
    await expect.poll(() => page.getByRole('link', { name: 'Pemberton pocket parks' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /Live Well/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Pemberton pocket parks' }).click();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('programme.create').or(page.getByText(/Created/)).first().waitFor();
    await screenshot(page, '05-history');

    const stored = app.workspace.sqlite.prepare("select * from programmes where code = 'E2E-001'").get() as { id: number };
    const line = app.workspace.sqlite.prepare('select amount_pence from programme_funding_lines where programme_id = ?').pluck().get(stored.id);
    expect(line).toBe(25_000_050);
    const wards = app.workspace.sqlite.prepare('select area_code from programme_areas where programme_id = ? order by area_code').pluck().all(stored.id);
    expect(wards).toEqual(['E05015006', 'E05015012']);
    const audit = app.workspace.sqlite.prepare("select action, actor_username from audit_log where entity_type = 'programme' and entity_id = ?").all(String(stored.id));
    expect(audit).toEqual([{ action: 'programme.create', actor_username: 'strategy' }]);

    await signOut(page);
    await signIn(page, 'leader');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Programme register' }).click();
    await page.getByLabel('Search programmes').fill('pocket parks');
    await page.getByRole('link', { name: 'Pemberton pocket parks' }).click();
    await page.getByRole('heading', { name: /Pemberton pocket parks/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Archive/ }).count()).toBe(0);
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Programme register' }).click();
    expect(await page.getByRole('button', { name: 'New programme' }).count()).toBe(0);
    await screenshot(page, '06-leader-register');

    // A direct API edit with the leader's own session token is refused.
    const response = await page.evaluate(async (id) => {
      const token = (globalThis as any).sessionStorage.getItem('alignment-desk.token') as string;
      const res = await fetch('/trpc/programmes.archive', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ id, reason: 'Leader tries to archive' }),
      });
      return { status: res.status, body: (await res.json()) as { error: { data: { code: string } } } };
    }, stored.id);
    expect(response.status).toBe(403);
    expect(response.body.error.data.code).toBe('FORBIDDEN');
    expect(app.workspace.sqlite.prepare('select archived_at from programmes where id = ?').pluck().get(stored.id)).toBeNull();
  });

  it('the audit chain verifies after the run, and a changed byte in the file is named', async () => {
    const verdict = await verifyAuditChain(app.workspace.db);
    expect(verdict.ok).toBe(true);
    await app.close();

    const sqlite = new Database(app.dbFile);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const target = sqlite.prepare("select id, after_json from audit_log where action = 'programme.create' and after_json like '%Pemberton pocket parks%'").get() as { id: number; after_json: string };
    sqlite.close();

    // Change one byte of that entry's stored JSON (every copy of it in the file, in case a stale
    // copy of the page also exists), as someone editing the file directly would.
    const bytes = readFileSync(app.dbFile);
    const needle = Buffer.from('"name":"Pemberton pocket parks"');
    let at = bytes.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    while (at >= 0) {
      bytes[at + needle.indexOf('P')] = 'Q'.charCodeAt(0);
      at = bytes.indexOf(needle, at + 1);
    }
    writeFileSync(app.dbFile, bytes);

    const reopened = await openWorkspaceDatabase(app.dbFile);
    try {
      const broken = await verifyAuditChain(reopened.db);
      expect(broken).toMatchObject({ ok: false, brokenEntryId: target.id });
    } finally {
      await reopened.close();
    }
    app = undefined as unknown as E2eApp;
  });
});
