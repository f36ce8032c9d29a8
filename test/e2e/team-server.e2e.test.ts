import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/server/config';
import { startTeamServer, type TeamServer } from '../../core/server/team-server';
import { openDemoWorkspace } from '../../core/workspace/service';
import { openWorkspaceDatabase } from '../../db/connection';
import { makeSelfSignedCertificate, type SelfSigned } from '../helpers/self-signed';
import { nav, openAward } from './grants-pages';
import { screenshot, signIn, SCREENSHOTS } from './harness';
import { payAndApproveWithoutReload } from './live-flow';
import { freePort } from '../helpers/free-port';

/**
 * The team server over HTTPS in Chromium: a certificate made for this run, which the browser is
 * told to trust by its public-key hash (and nothing else), cookie sessions, live updates. A finance
 * officer and an approver in two browser contexts (two people on two computers).
 */
let dir: string;
let cert: SelfSigned;
let server: TeamServer;
let browser: Browser;
let url: string;

/** The base64 SHA-256 of the certificate's public key, as Chromium's --ignore-certificate-errors-spki-list wants it. */
function spkiHash(certFile: string): string {
  const publicKey = execFileSync('openssl', ['x509', '-in', certFile, '-pubkey', '-noout']);
  const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: publicKey });
  return execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der }).toString('base64');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alignment-desk-team-e2e-'));
  const workspace = join(dir, 'workspace.sqlite');
  const setup = await openWorkspaceDatabase(workspace);
  await openDemoWorkspace(setup.db, { actor: null, requestId: 'e2e-setup', channel: 'system' });
  await setup.close();
  mkdirSync(join(dir, 'backups'));
  cert = makeSelfSignedCertificate();
  const port = await freePort();
  url = `https://localhost:${port}`;
  const config = loadConfig({
    env: {
      ALIGNMENT_DESK_HOST: '127.0.0.1',
      ALIGNMENT_DESK_PORT: String(port),
      ALIGNMENT_DESK_PUBLIC_URLS: url,
      ALIGNMENT_DESK_TLS_CERT: cert.certFile,
      ALIGNMENT_DESK_TLS_KEY: cert.keyFile,
      ALIGNMENT_DESK_WORKSPACE: workspace,
      ALIGNMENT_DESK_BACKUP_DIR: join(dir, 'backups'),
      ALIGNMENT_DESK_LOG_LEVEL: 'warn',
    },
  });
  server = await startTeamServer(config);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--ignore-certificate-errors-spki-list=${spkiHash(cert.certFile)}`],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cert?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One person's browser: its own cookies, as on their own computer. */
async function person(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${url}/`);
  return { context, page };
}

async function newTabIsSignedIn(context: BrowserContext, name: string): Promise<void> {
  const tab = await context.newPage();
  await tab.goto(`${url}/`);
  await tab.getByRole('button', { name: /Sign out/ }).waitFor();
  expect(await tab.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
  await screenshot(tab, name);
  await tab.close();
}

describe('the team server over HTTPS in Chromium', () => {
  it('officer records, approver sees it live and approves, officer sees it approved; sessions are HttpOnly, Secure, SameSite=Strict cookies and new tabs stay signed in', async () => {
    const officer = await person();
    expect(officer.page.url()).toBe(`${url}/`);
    await signIn(officer.page, 'finance');
    const cookies = await officer.context.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite, path: c.path }))).toEqual([
      { name: '__Host-alignment-desk-session', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' },
    ]);
    // The page itself never holds the session.
    expect(await officer.page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');
    expect(await officer.page.evaluate(() => Object.keys((globalThis as unknown as { sessionStorage: object }).sessionStorage).length)).toBe(0);
    await openAward(officer.page, 'LWT-VCFSE-001');

    const approver = await person();
    await signIn(approver.page, 'approver');
    await nav(approver.page, 'Approvals').click();

    const delay = await payAndApproveWithoutReload(officer.page, approver.page, { reference: 'LWT-VCFSE-001/4', screenshots: ['95-team-approver-sees-payment', '96-team-officer-sees-approval'] });
    expect(delay).toBeLessThan(1000);

    await newTabIsSignedIn(officer.context, '97-team-officer-new-tab');
    await newTabIsSignedIn(approver.context, '98-team-approver-new-tab');
    await officer.context.close();
    await approver.context.close();
  });
});
