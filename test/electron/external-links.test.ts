import { describe, expect, it, vi } from 'vitest';
import {
  EXTERNAL_LINK_HOSTS,
  isAllowedExternalUrl,
  openExternalIfAllowed,
  toAllowedExternalUrl,
} from '../../electron/main/external-links';

describe('external link allow-list', () => {
  it.each([
    'https://www.gov.uk/government/publications/integrated-settlement',
    'https://www.greatermanchester-ca.gov.uk/what-we-do/',
    'https://www.wigan.gov.uk/Council/index.aspx',
    'https://www.threesixtygiving.org/data/',
    'https://org-id.guide/list/GB-COH',
    'https://WWW.GOV.UK/browse',
    'https://www.gov.uk:443/browse',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http (not https)', 'http://www.gov.uk/'],
    ['lookalike suffix', 'https://www.gov.uk.evil.test/'],
    ['lookalike prefix', 'https://evil-www.gov.uk/'],
    ['unlisted subdomain', 'https://phishing.www.gov.uk/'],
    ['bare parent domain', 'https://gov.uk/'],
    ['trailing-dot host', 'https://www.gov.uk./'],
    ['credentials', 'https://www.gov.uk@evil.test/'],
    ['user info on allowed host', 'https://user:pw@www.gov.uk/'],
    ['non-default port', 'https://www.gov.uk:8443/'],
    ['file URL', 'file:///C:/Windows/System32/calc.exe'],
    ['file URL to a share', 'file://server/share/budget.xlsx'],
    ['smb URL', 'smb://server/share'],
    ['UNC path', '\\\\server\\share\\budget.xlsx'],
    ['javascript URL', 'javascript:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['ms-msdt handler', 'ms-msdt:/id PCWDiagnostic'],
    ['backslash trick', 'https:\\\\www.gov.uk\\path'],
    ['leading whitespace', ' https://www.gov.uk/'],
    ['embedded newline', 'https://www.gov.uk/\nfoo'],
    ['relative URL', '/programmes'],
    ['app URL', 'app://alignment-desk/index.html'],
    ['empty', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings and over-long URLs', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ href: 'https://www.gov.uk/' })).toBe(false);
    expect(isAllowedExternalUrl(`https://www.gov.uk/${'a'.repeat(3000)}`)).toBe(false);
  });

  it('returns the normalised URL', () => {
    expect(toAllowedExternalUrl('https://WWW.GOV.UK:443/a%20b')).toBe('https://www.gov.uk/a%20b');
  });

  it('lists only exact https host names', () => {
    for (const host of EXTERNAL_LINK_HOSTS) {
      expect(host).toMatch(/^[a-z0-9.-]+$/);
      expect(host).not.toMatch(/^\.|\.$|\*/);
    }
  });
});

describe('openExternalIfAllowed', () => {
  it('opens an allowed link through the injected function', async () => {
    const openExternal = vi.fn(async () => undefined);
    await expect(openExternalIfAllowed('https://www.gov.uk/x', openExternal)).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.uk/x');
  });

  it('does not call it for a refused link', async () => {
    const openExternal = vi.fn(async () => undefined);
    await expect(openExternalIfAllowed('file:///etc/passwd', openExternal)).resolves.toBe(false);
    await expect(openExternalIfAllowed('https://www.gov.uk.evil.test/', openExternal)).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('resolves false instead of rejecting when the OS call fails', async () => {
    const openExternal = vi.fn(async () => {
      throw new Error('no browser');
    });
    await expect(openExternalIfAllowed('https://www.gov.uk/', openExternal)).resolves.toBe(false);
  });

  it('honours a custom allow-list', async () => {
    const openExternal = vi.fn(async () => undefined);
    const hosts = new Set(['example.org']);
    await expect(openExternalIfAllowed('https://example.org/', openExternal, hosts)).resolves.toBe(true);
    await expect(openExternalIfAllowed('https://www.gov.uk/', openExternal, hosts)).resolves.toBe(false);
  });
});
