import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  resolveAppFile,
} from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';

const ROOT = '/opt/alignment-desk/out/renderer';

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app: as a standard, secure scheme that supports fetch', () => {
    expect(APP_SCHEME_PRIVILEGES).toHaveLength(1);
    const [entry] = APP_SCHEME_PRIVILEGES;
    expect(entry.scheme).toBe('app');
    expect(entry.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(entry.privileges).not.toHaveProperty('bypassCSP');
    expect(entry.privileges).not.toHaveProperty('corsEnabled');
  });
});

describe('resolveAppFile', () => {
  it('maps files under the app origin into the renderer folder', () => {
    expect(resolveAppFile(ROOT, 'app://alignment-desk/index.html')).toEqual({
      ok: true,
      filePath: `${ROOT}/index.html`,
      isFallback: false,
    });
    expect(resolveAppFile(ROOT, 'app://alignment-desk/assets/index-4f2a.js?v=1#x')).toEqual({
      ok: true,
      filePath: `${ROOT}/assets/index-4f2a.js`,
      isFallback: false,
    });
  });

  it('decodes ordinary percent-encoded names', () => {
    const result = resolveAppFile(ROOT, 'app://alignment-desk/assets/council%20logo.svg');
    expect(result).toMatchObject({ ok: true, filePath: `${ROOT}/assets/council logo.svg` });
  });

  it.each([
    'app://alignment-desk/',
    'app://alignment-desk',
    'app://alignment-desk/programmes',
    'app://alignment-desk/programmes/42/edit',
    'app://alignment-desk/audit/?page=2',
  ])('falls back to index.html for the route %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toEqual({ ok: true, filePath: `${ROOT}/index.html`, isFallback: true });
  });

  it.each([
    ['parent segment', 'app://alignment-desk/../../etc/passwd'],
    ['parent segment mid-path', 'app://alignment-desk/assets/../../../etc/passwd'],
    ['trailing parent segment', 'app://alignment-desk/assets/..'],
    ['current segment', 'app://alignment-desk/./index.html'],
    ['encoded dots', 'app://alignment-desk/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://alignment-desk/%2E%2E/secret.txt'],
    ['mixed dots', 'app://alignment-desk/.%2e/secret.txt'],
    ['encoded slash', 'app://alignment-desk/..%2f..%2fetc%2fpasswd'],
    ['encoded slash in a name', 'app://alignment-desk/assets%2F..%2F..%2Fsecret.txt'],
    ['encoded backslash', 'app://alignment-desk/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://alignment-desk/..\\..\\windows\\win.ini'],
    ['absolute path via empty segment', 'app://alignment-desk//etc/passwd'],
    ['encoded absolute path', 'app://alignment-desk/%2Fetc%2Fpasswd'],
    ['drive letter', 'app://alignment-desk/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://alignment-desk/C%3A%5CWindows%5Cwin.ini'],
    ['double encoding', 'app://alignment-desk/%252e%252e/secret.txt'],
    ['NUL byte', 'app://alignment-desk/index.html%00.png'],
    ['dot file', 'app://alignment-desk/.env'],
    ['malformed encoding', 'app://alignment-desk/%E0%A4%A.js'],
  ])('refuses %s', (_label, url) => {
    const result = resolveAppFile(ROOT, url);
    expect(result.ok).toBe(false);
  });

  it.each([
    ['another host', 'app://evil.test/index.html'],
    ['a lookalike host', 'app://alignment-desk.evil.test/index.html'],
    ['a port', 'app://alignment-desk:8080/index.html'],
    ['credentials', 'app://user:pw@alignment-desk/index.html'],
    ['no host', 'app:///etc/passwd'],
    ['file scheme', 'file:///etc/passwd'],
    ['https scheme', 'https://alignment-desk/index.html'],
  ])('refuses %s with 403', (_label, url) => {
    expect(resolveAppFile(ROOT, url)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses strings that are not URLs', () => {
    expect(resolveAppFile(ROOT, 'not a url')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppFile(ROOT, '')).toMatchObject({ ok: false });
  });

  it('keeps Windows paths inside the folder too', () => {
    const winRoot = 'C:\\Program Files\\Alignment Desk\\resources\\app.asar\\out\\renderer';
    expect(resolveAppFile(winRoot, 'app://alignment-desk/assets/app.js', path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\app.js`,
      isFallback: false,
    });
    expect(resolveAppFile(winRoot, 'app://alignment-desk/..%5C..%5Csecret.txt', path.win32).ok).toBe(false);
    expect(resolveAppFile(winRoot, 'app://alignment-desk/D:%5Csecret.txt', path.win32).ok).toBe(false);
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [`${ROOT}/index.html`, '<!doctype html><title>Alignment Desk</title>'],
    [`${ROOT}/assets/app.js`, 'console.log(1)'],
  ]);
  const readFile = vi.fn(async (filePath: string) => {
    const text = files.get(filePath);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  });
  const handler = createAppProtocolHandler({ rootDir: ROOT, readFile });

  it('serves a file with its type, nosniff and the CSP', async () => {
    const response = await handler(new Request('app://alignment-desk/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves index.html for routes, with the CSP', async () => {
    const response = await handler(new Request('app://alignment-desk/programmes/7'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Alignment Desk</title>');
  });

  it('answers 404 for a missing file', async () => {
    const response = await handler(new Request('app://alignment-desk/assets/missing.js'));
    expect(response.status).toBe(404);
  });

  it('refuses encoded traversal without touching the file system', async () => {
    readFile.mockClear();
    const response = await handler(new Request('app://alignment-desk/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('never reads outside the folder when dot segments were already collapsed', async () => {
    // Request (like Chromium) folds `..` and `%2e%2e` away before the handler
    // sees the URL; whatever is left must still resolve inside ROOT.
    readFile.mockClear();
    for (const url of ['app://alignment-desk/%2e%2e/%2e%2e/etc/passwd', 'app://alignment-desk/../secret.txt']) {
      await handler(new Request(url));
    }
    expect(readFile.mock.calls.length).toBeGreaterThan(0);
    for (const [filePath] of readFile.mock.calls) {
      expect(filePath.startsWith(`${ROOT}/`)).toBe(true);
    }
  });

  it('refuses other methods', async () => {
    const response = await handler(new Request('app://alignment-desk/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('needs an absolute root folder', () => {
    expect(() => createAppProtocolHandler({ rootDir: 'out/renderer', readFile })).toThrow(/absolute/);
  });
});
