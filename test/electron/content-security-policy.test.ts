import { describe, expect, it } from 'vitest';
import {
  applyContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  CSP_HEADER_NAME,
} from '../../electron/main/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('never allows eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });

  it("limits everything to the app's own origin by default", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('allows inline styles but not inline scripts', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shuts plugins, base tags, framing and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote host or wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('applyContentSecurityPolicy', () => {
  it('adds the header to a Headers object', () => {
    const headers = applyContentSecurityPolicy(new Headers({ 'Content-Type': 'text/html' }));
    expect(headers.get(CSP_HEADER_NAME)).toBe(CONTENT_SECURITY_POLICY);
    expect(headers.get('content-type')).toBe('text/html');
  });

  it('replaces a weaker policy that was already there', () => {
    const headers = new Headers({ 'content-security-policy': "script-src 'unsafe-eval'" });
    applyContentSecurityPolicy(headers);
    expect(headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
