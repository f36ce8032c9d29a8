import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoWorkspace } from '../../core/workspace/service';
import { WorkspaceBackups } from '../../core/workspace/backup';
import { cookieSessions, PLAIN_SESSION_COOKIE } from '../../core/transport/cookie-sessions';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { SCREENSHOTS, screenshot, signIn, signOut } from './harness';

/**
 * The built renderer against a server with cookie sessions (as the team server runs them, here on
 * plain HTTP loopback, so the cookie is `alignment-desk-session` without Secure).
 */
let workspace: Workspace;
let backups: WorkspaceBackups;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-desk-e2e-cookie-'));
  workspace = await openWorkspaceDatabase(join(dir, 'workspace.sqlite'));
  await openDemoWorkspace(workspace.db, { actor: null, requestId: 'e2e-setup', channel: 'system' });
  backups = new WorkspaceBackups({ source: workspace.sqlite });
  let port = 0;
  server = await startHttpServer({
    db: workspace.db,
    backups,
    port: 0,
    staticDir: resolve(__dirname, '..', '..', 'renderer', 'dist'),
    sessions: cookieSessions({ secure: false, allowedOrigins: (origin) => origin === `http://127.0.0.1:${port}`, absoluteHours: 12 }),
    logError: (id, path, error) => console.error(id, path, error),
  });
  port = server.port;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  backups?.close();
  await workspace?.close();
});

describe('cookie sessions in Chromium', () => {
  it('signs in with an HttpOnly cookie, keeps a second tab signed in, and signing out ends both', async () => {
    const first = await context.newPage();
    first.on('pageerror', (error) => console.error('page error:', error.message));
    await first.goto(server.url);
    await signIn(first, 'admin');

    // The page holds no token: not in sessionStorage, and the cookie is out of its scripts' reach.
    type PageGlobals = { sessionStorage: { length: number; key(i: number): string | null; getItem(key: string): string | null }; document: { cookie: string } };
    const stored = await first.evaluate(() => {
      const storage = (globalThis as unknown as PageGlobals).sessionStorage;
      return Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!) ?? '');
    });
    expect(await first.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('alignment-desk.token'))).toBeNull();
    expect(stored.filter((value) => /[A-Za-z0-9_-]{43}/.test(value))).toEqual([]); // no session token anywhere in it
    expect(await first.evaluate(() => (globalThis as unknown as PageGlobals).document.cookie)).not.toContain(PLAIN_SESSION_COOKIE);
    const cookies = await context.cookies(server.url);
    expect(cookies).toEqual([expect.objectContaining({ name: PLAIN_SESSION_COOKIE, httpOnly: true, sameSite: 'Strict', secure: false, path: '/' })]);

    // Changes work (the renderer sends the CSRF header; Chromium sends Origin), and so does a backup download.
    await first.goto(`${server.url}#/users`);
    const panel = first.getByRole('region', { name: 'Back up the workspace' });
    const downloading = first.waitForEvent('download');
    await panel.getByRole('button', { name: 'Back up and download' }).click();
    expect((await downloading).suggestedFilename()).toMatch(/^alignment-desk-backup-\d{4}-\d{2}-\d{2}\.sqlite$/);
    await panel.getByText(/^Saved alignment-desk-backup-.*SHA-256 [0-9a-f]{64}\.$/).waitFor();
    await screenshot(first, 'cookie-session-01-signed-in');

    // A new tab in the same browser is signed in by the cookie, with no sign-in screen.
    const second = await context.newPage();
    second.on('pageerror', (error) => console.error('page error:', error.message));
    await second.goto(server.url);
    await second.getByRole('button', { name: /Sign out/ }).waitFor();
    expect(await second.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    await screenshot(second, 'cookie-session-02-second-tab');

    // Signing out in the first tab ends the session; the second tab's next action goes to sign-in.
    await signOut(first);
    expect(await context.cookies(server.url)).toEqual([]);
    await second.getByRole('link', { name: 'Your account' }).click();
    await second.getByRole('button', { name: 'Sign in' }).waitFor();
    await second.getByText('Your session has ended. Please sign in again.').waitFor();
    await screenshot(second, 'cookie-session-03-second-tab-ended');

    // Reloading the first tab asks once, finds no session, and shows sign-in without a notice.
    await first.reload();
    await first.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await first.getByText(/session has ended/).count()).toBe(0);
  });
});
