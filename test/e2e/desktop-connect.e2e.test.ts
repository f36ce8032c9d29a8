import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopConnection } from '../../electron/preload/bridge-types';
import { createConnectionManager, type Backend } from '../../electron/main/connection';
import { probeServer, type FetchLike } from '../../electron/main/server-probe';
import { expectNoSeriousA11yViolations, screenshot, signIn, startApp, type E2eApp } from './harness';

/**
 * The renderer's side of File → Connect to a team server, in Chromium. The desktop bridge is
 * replaced by a page script that carries tRPC to the test server, while connecting runs the real
 * main-process connection manager in Node (address check, /healthz probe with a fake net.fetch, the
 * switch): a bad address or an untrusted certificate is refused, a good one switches and the page
 * starts afresh, signed out, showing which server it is connected to.
 */

/** What the page scripts below touch (this file is type-checked without the DOM library). */
interface PageGlobals {
  __desktopChanged(connection: unknown): void;
  __desktopRequestConnect(): void;
  __mainConnection(): Promise<unknown>;
  __mainConnect(address: string): Promise<unknown>;
  alignmentDesk?: unknown;
  location: { origin: string };
  document: { activeElement: unknown };
  sessionStorage: { getItem(key: string): string | null };
}

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Stands in for Electron's net.fetch: one trusted server, one with a certificate this computer does not trust. */
const serverFetch: FetchLike = async (url) => {
  if (url.startsWith('https://untrusted.example.org/')) throw new Error('net::ERR_CERT_AUTHORITY_INVALID');
  if (url === 'https://desk.example.gov.uk/healthz') return Response.json({ status: 'ok' });
  throw new Error('net::ERR_NAME_NOT_RESOLVED');
};

function fakeBackend(connection: DesktopConnection): Backend {
  const unused = async () => new Response(null, { status: 501 });
  return { connection, handle: unused, stream: unused, close: async () => undefined };
}

async function desktopPage(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const manager = createConnectionManager({
    openLocal: async (file) => fakeBackend({ kind: 'local', file }),
    openServer: (url) => fakeBackend({ kind: 'server', url }),
    probe: (url) => probeServer(url, serverFetch),
    onChange: (connection) => void page.evaluate((c) => (globalThis as unknown as PageGlobals).__desktopChanged(c), connection).catch(() => undefined),
  });
  await manager.openLocal('/home/officer/workspace.sqlite');
  await page.exposeFunction('__mainConnection', () => manager.current());
  await page.exposeFunction('__mainConnect', (address: string) => manager.connectToServer(address));
  await page.addInitScript(() => {
    const changed: Array<(c: unknown) => void> = [];
    const requested: Array<() => void> = [];
    const w = globalThis as unknown as PageGlobals;
    w.__desktopChanged = (c: unknown) => changed.forEach((listener) => listener(c));
    w.__desktopRequestConnect = () => requested.forEach((listener) => listener());
    w.alignmentDesk = {
      platform: 'desktop',
      async trpcFetch(request: { url: string; method: string; headers: Record<string, string>; body: string | null }) {
        const response = await fetch(request.url.replace('http://alignment-desk.ipc', w.location.origin), { method: request.method, headers: request.headers, body: request.body });
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        return { status: response.status, headers, body: await response.text() };
      },
      trpcStream: () => Promise.reject(new Error('not in this test')),
      cancelStream: async () => undefined,
      connection: () => w.__mainConnection(),
      connectToServer: (address: string) => w.__mainConnect(address),
      onConnectionChanged: (listener: (c: unknown) => void) => (changed.push(listener), () => undefined),
      onConnectRequested: (listener: () => void) => (requested.push(listener), () => undefined),
    };
  });
  await page.goto(app.server.url);
  return page;
}

const requestConnect = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).__desktopRequestConnect());

describe('desktop: connect to a team server (renderer, Chromium)', () => {
  it('refuses http and an untrusted certificate in the dialog, then connects, signs out and shows the server', async () => {
    const page = await desktopPage();
    await signIn(page, 'admin');
    expect(await page.locator('.app-header__connection').count()).toBe(0);

    await requestConnect(page);
    const dialog = page.getByRole('dialog', { name: 'Connect to a team server' });
    await dialog.waitFor();
    const field = dialog.getByLabel('Server address');
    expect(await field.evaluate((input) => input === (globalThis as unknown as PageGlobals).document.activeElement)).toBe(true);
    await expectNoSeriousA11yViolations(page, 'connect dialog');

    await field.fill('http://desk.example.gov.uk');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByText(/connects to a team server only over HTTPS/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill('https://untrusted.example.org');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByText(/certificate is not trusted by this computer \(ERR_CERT_AUTHORITY_INVALID\)/).waitFor();
    await screenshot(page, 'desktop-connect-01-certificate-refused');
    await expectNoSeriousA11yViolations(page, 'connect dialog with an error');
    // Still signed in to the local file: nothing switched.
    await page.getByRole('button', { name: /Sign out/ }).waitFor();

    await field.fill('https://desk.example.gov.uk/');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    // The page starts afresh for the server: signed out, the header says where it is connected.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByText('Connected to https://desk.example.gov.uk').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('alignment-desk.token'))).toBeNull();
    await screenshot(page, 'desktop-connect-02-sign-in-to-server');

    await signIn(page, 'admin');
    await page.locator('.app-header').getByText('Connected to https://desk.example.gov.uk').waitFor();
    await screenshot(page, 'desktop-connect-03-connected-shell');
    await page.context().close();
  });

  it('Cancel and Escape close the dialog without connecting', async () => {
    const page = await desktopPage();
    // The app has rendered (and so listens for the menu's request) once the sign-in form shows.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await requestConnect(page);
    const dialog = page.getByRole('dialog', { name: 'Connect to a team server' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await requestConnect(page);
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.app-header__connection').count()).toBe(0);
    await page.context().close();
  });
});
