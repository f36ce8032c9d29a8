import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely } from '../../db/connection';
import { verifyAuditChain } from '../../core/audit/service';
import { tempDir } from '../helpers/raw-db';
import { expectNoSeriousA11yViolations, screenshot, signIn, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('backing up from the browser', () => {
  it('an administrator backs up from the Users screen: the screen says what was verified and the browser saves the file', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin');
    await page.goto(`${app.server.url}#/users`);
    const panel = page.getByRole('region', { name: 'Back up the workspace' });
    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Back up and download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^alignment-desk-backup-\d{4}-\d{2}-\d{2}\.sqlite$/);
    const saved = join(tempDir(), download.suggestedFilename());
    await download.saveAs(saved);

    const verified = panel.getByText(/^Backup verified: integrity ok, audit chain verified to head [0-9a-f]{12}… \(\d+ entries\), [\d.]+ (KB|MB)\.$/);
    await verified.waitFor();
    await panel.getByText(/^Saved alignment-desk-backup-.*SHA-256 [0-9a-f]{64}\.$/).waitFor();
    await expectNoSeriousA11yViolations(page, 'users backup');
    await screenshot(page, 'users-backup');

    const head = /head ([0-9a-f]{12})…/.exec((await verified.textContent()) ?? '')![1]!;
    const copy = new Database(saved, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(await verifyAuditChain(createKysely(copy))).toMatchObject({ ok: true });
      expect(String(copy.prepare('select hash from audit_log order by id desc limit 1').pluck().get())).toMatch(new RegExp(`^${head}`));
      expect(copy.prepare("select count(*) from ledger_entries").pluck().get()).toBe(app.workspace.sqlite.prepare('select count(*) from ledger_entries').pluck().get());
    } finally {
      copy.close();
    }
  });
});
