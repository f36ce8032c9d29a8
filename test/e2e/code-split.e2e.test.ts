import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Every script the page fetches: file name, status, content type and size. */
function recordScripts(page: Page) {
  const scripts: Array<{ name: string; status: number; type: string; bytes: number }> = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ name: url.pathname.split('/').pop()!, status: response.status(), type: response.headers()['content-type'] ?? '', bytes: body.length });
  });
  return scripts;
}

const screenChunks = (scripts: ReadonlyArray<{ name: string }>) => scripts.map((s) => s.name).filter((n) => /Screen-|SignedInApp-/.test(n));

describe('the renderer is split by screen', () => {
  it('sign-in loads no screen of the signed-in app; each screen is fetched (as JavaScript, under the CSP) when first shown', async () => {
    const page = await app.newPage();
    const scripts = recordScripts(page);
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(screenChunks(scripts)).toEqual([]);
    const atSignIn = scripts.reduce((n, s) => n + s.bytes, 0);

    await signIn(page, 'strategy');
    await page.getByRole('heading', { name: 'Programme register' }).waitFor();
    expect(screenChunks(scripts).some((n) => n.startsWith('SignedInApp-'))).toBe(true);
    expect(screenChunks(scripts).some((n) => n.startsWith('RegisterScreen-'))).toBe(true);
    expect(screenChunks(scripts).some((n) => n.startsWith('GrantsScreen-'))).toBe(false);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Grants' }).click();
    await page.getByRole('heading', { name: 'Grants', level: 1 }).waitFor();
    expect(screenChunks(scripts).some((n) => n.startsWith('GrantsScreen-'))).toBe(true);

    for (const script of scripts) {
      expect(script.status, script.name).toBe(200);
      expect(script.type, script.name).toMatch(/^text\/javascript/);
    }
    // The signed-in screens are more than the sign-in page ever fetched.
    expect(scripts.reduce((n, s) => n + s.bytes, 0)).toBeGreaterThan(atSignIn);
  });
});
