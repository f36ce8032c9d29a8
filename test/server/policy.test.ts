import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { normaliseAddress, proxyMatcher, teamPolicy } from '../../core/server/policy';

/** Just what the policy reads of a request: the socket's address and the headers. */
function request(remoteAddress: string, headers: Record<string, string | string[]> = {}): IncomingMessage {
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

const direct = teamPolicy({ publicUrls: ['https://alignment.example.gov.uk', 'https://desk.example.gov.uk:8443', 'http://localhost:4781'], behindProxy: null });
const proxied = teamPolicy({ publicUrls: ['https://alignment.example.gov.uk'], behindProxy: { trustedProxies: ['127.0.0.1', '10.0.0.0/24'] } });

describe('team server policy: Host and Origin', () => {
  it('allows each public URL host, with the default port left out as browsers send it', () => {
    for (const host of ['alignment.example.gov.uk', 'ALIGNMENT.example.gov.uk', 'desk.example.gov.uk:8443', 'localhost:4781']) {
      expect(direct.isAllowedHost(host, request('10.1.1.1')), host).toBe(true);
    }
    for (const host of [undefined, '', 'alignment.example.gov.uk:443', 'desk.example.gov.uk', 'evil.test', 'alignment.example.gov.uk.evil.test', '127.0.0.1:8443', 'localhost']) {
      expect(direct.isAllowedHost(host, request('10.1.1.1')), String(host)).toBe(false);
    }
  });

  it('allows only the public URL origins (or none)', () => {
    expect(direct.isAllowedOrigin(undefined)).toBe(true);
    expect(direct.isAllowedOrigin('https://alignment.example.gov.uk')).toBe(true);
    expect(direct.isAllowedOrigin('https://desk.example.gov.uk:8443')).toBe(true);
    for (const origin of ['null', 'http://alignment.example.gov.uk', 'https://desk.example.gov.uk', 'https://evil.test', 'https://alignment.example.gov.uk.evil.test']) {
      expect(direct.isAllowedOrigin(origin), origin).toBe(false);
    }
    expect(direct.hostRefusal).toBe('This server answers only at its public addresses (https://alignment.example.gov.uk, https://desk.example.gov.uk:8443, http://localhost:4781).');
  });

  it('believes X-Forwarded-Host and -Proto only from a trusted proxy', () => {
    const fromProxy = (headers: Record<string, string>) => proxied.isAllowedHost('127.0.0.1:4780', request('127.0.0.1', headers));
    expect(fromProxy({ 'x-forwarded-host': 'alignment.example.gov.uk', 'x-forwarded-proto': 'https' })).toBe(true);
    expect(fromProxy({ 'x-forwarded-host': 'alignment.example.gov.uk' })).toBe(true);
    expect(fromProxy({ 'x-forwarded-host': 'alignment.example.gov.uk', 'x-forwarded-proto': 'http' })).toBe(false); // the user typed http://
    expect(fromProxy({ 'x-forwarded-host': 'evil.test' })).toBe(false);
    expect(fromProxy({})).toBe(false); // the proxy passed on its upstream Host and no X-Forwarded-Host
    expect(proxied.isAllowedHost('alignment.example.gov.uk', request('127.0.0.1'))).toBe(true); // the proxy passed Host through
    // The same headers from anyone else are ignored: only Host counts.
    expect(proxied.isAllowedHost('127.0.0.1:4780', request('10.0.1.9', { 'x-forwarded-host': 'alignment.example.gov.uk' }))).toBe(false);
  });
});

describe('team server policy: the client address', () => {
  it('is the socket address when the server is not behind a proxy, whatever X-Forwarded-For says', () => {
    expect(direct.clientAddress(request('::ffff:192.0.2.7', { 'x-forwarded-for': '203.0.113.9' }))).toBe('192.0.2.7');
  });

  it('is the socket address when the connection is not from a trusted proxy', () => {
    expect(proxied.clientAddress(request('192.0.2.7', { 'x-forwarded-for': '203.0.113.9' }))).toBe('192.0.2.7');
  });

  it('is the right-most forwarded address that is not a trusted proxy, when the connection is from one', () => {
    // The client may write anything on the left; our proxies append on the right.
    expect(proxied.clientAddress(request('127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(proxied.clientAddress(request('::ffff:127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.0.0.17' }))).toBe('203.0.113.9');
    expect(proxied.clientAddress(request('10.0.0.3', { 'x-forwarded-for': ['198.51.100.1', '203.0.113.9:51234'] }))).toBe('203.0.113.9');
    expect(proxied.clientAddress(request('127.0.0.1', { 'x-forwarded-for': '[2001:db8::5]:443' }))).toBe('2001:db8::5');
    // Only proxies in the chain: the left-most; no header: the proxy itself.
    expect(proxied.clientAddress(request('127.0.0.1', { 'x-forwarded-for': '10.0.0.8, 10.0.0.9' }))).toBe('10.0.0.8');
    expect(proxied.clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('matches proxies by address or CIDR range, IPv4 and IPv6', () => {
    const trusted = proxyMatcher(['127.0.0.1', '10.0.0.0/24', '::1', '2001:db8:1::/48']);
    expect(['127.0.0.1', '::ffff:127.0.0.1', '10.0.0.255', '::1', '2001:db8:1:ffff::1'].every(trusted)).toBe(true);
    expect(['127.0.0.2', '10.0.1.0', '2001:db8:2::1', 'not-an-address', '', null].some(trusted)).toBe(false);
    expect(normaliseAddress('[::FFFF:10.0.0.5]:8080')).toBe('10.0.0.5');
  });
});
