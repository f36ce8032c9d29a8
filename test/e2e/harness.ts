import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openWorkspaceDatabase, type Workspace } from '../../db/connection';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { openDemoWorkspace } from '../../core/workspace/service';
import { openDatabasePool } from '../../core/host/pool';
import { createLiveEndpoint } from '../../core/live/endpoint';
import { DEMO_PASSPHRASE } from '../../core/demo/data';

export const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots');

export interface E2eApp {
  workspace: Workspace;
  server: RunningServer;
  browser: Browser;
  dbFile: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Serves the built renderer against a fresh workspace (demo data unless `empty`) and opens Chromium. */
export async function startApp(options: { demo?: boolean } = {}): Promise<E2eApp> {
  const dir = mkdtempSync(join(tmpdir(), 'alignment-desk-e2e-'));
  const dbFile = join(dir, 'workspace.sqlite');
  const workspace = await openWorkspaceDatabase(dbFile);
  if (options.demo !== false) await openDemoWorkspace(workspace.db, { actor: null, requestId: 'e2e-setup', channel: 'system' });
  const staticDir = resolve(__dirname, '..', '..', 'renderer', 'dist');
  // As in browser mode: the API is answered by a pool of database threads (writer and two readers);
  // `workspace` stays open beside them for the tests' own checks.
  const pool = await openDatabasePool({ file: dbFile, channel: 'http', backups: true });
  // Live updates as in browser mode (scripts/browser-mode.ts).
  const live = createLiveEndpoint({ changes: pool.changes, database: pool });
  const server = await startHttpServer({ database: pool, port: 0, staticDir, routes: [live.route] });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    workspace,
    server,
    browser,
    dbFile,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(server.url);
      return page;
    },
    async close() {
      await browser.close();
      live.close();
      await server.close();
      await pool.close();
      await workspace.close();
    },
  };
}

export async function signIn(page: Page, username: string, passphrase = DEMO_PASSPHRASE): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /Sign out/ }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Sign out/ }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and fails on any serious or critical violation, naming them. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
