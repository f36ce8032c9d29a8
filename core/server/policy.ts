import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { ServerPolicy } from '../transport/server-hooks';
import type { TeamServerConfig } from './config';

/**
 * The team server's answer to "which requests, from whom": the Host (DNS rebinding) and Origin
 * (cross-site) checks use the configured public URLs instead of loopback, and the client address
 * comes from X-Forwarded-For only when the connection itself comes from a trusted reverse proxy.
 */

/** `::ffff:10.0.0.5` (an IPv4 client on a dual-stack socket) → `10.0.0.5`; brackets and ports dropped. */
export function normaliseAddress(value: string): string {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return address.toLowerCase();
}

/** Matches addresses against the configured proxies (single addresses or CIDR ranges). */
export function proxyMatcher(trusted: readonly string[]): (address: string | null | undefined) => boolean {
  const list = new BlockList();
  for (const entry of trusted) {
    const [raw, bits] = entry.trim().split('/');
    const address = normaliseAddress(raw!);
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return (value) => {
    if (!value) return false;
    const address = normaliseAddress(value);
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/** The values of a list header (repeated headers arrive joined by ", "). */
function listHeader(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The origins of the public URLs (what browsers send in Origin), lower case. */
export function publicOrigins(config: Pick<TeamServerConfig, 'publicUrls'>): Set<string> {
  return new Set(config.publicUrls.map((url) => new URL(url).origin.toLowerCase()));
}

export function teamPolicy(config: Pick<TeamServerConfig, 'publicUrls' | 'behindProxy'>): ServerPolicy {
  const origins = config.publicUrls.map((url) => new URL(url));
  const allowedOrigins = publicOrigins(config);
  // URL#host leaves out the scheme's default port, as browsers do in the Host header.
  const allowedHosts = new Set(origins.map((url) => url.host.toLowerCase()));
  const allowedOriginsByHost = new Map(origins.map((url) => [url.host.toLowerCase(), url.protocol.slice(0, -1)]));
  const isTrusted = proxyMatcher(config.behindProxy?.trustedProxies ?? []);
  const fromTrustedProxy = (req: IncomingMessage | undefined) => req !== undefined && config.behindProxy !== null && isTrusted(req.socket.remoteAddress);

  return {
    isAllowedHost(host, req) {
      if (!fromTrustedProxy(req)) return host !== undefined && allowedHosts.has(host.toLowerCase());
      // Through the proxy: the host (and scheme) the user typed, as the proxy reports it.
      const forwardedHost = listHeader(req!.headers['x-forwarded-host']).at(-1) ?? host;
      if (forwardedHost === undefined || !allowedHosts.has(forwardedHost.toLowerCase())) return false;
      const proto = listHeader(req!.headers['x-forwarded-proto']).at(-1)?.toLowerCase();
      return proto === undefined || allowedOriginsByHost.get(forwardedHost.toLowerCase()) === proto;
    },
    isAllowedOrigin: (origin) => origin === undefined || allowedOrigins.has(origin.toLowerCase()),
    clientAddress(req) {
      const socketAddress = req.socket.remoteAddress ? normaliseAddress(req.socket.remoteAddress) : null;
      if (!fromTrustedProxy(req)) return socketAddress;
      // Each proxy appends the address it saw; the right-most one that is not our own proxy is the
      // client as far as we can trust (anything to its left the client could have written).
      const chain = listHeader(req.headers['x-forwarded-for']).map(normaliseAddress);
      for (let i = chain.length - 1; i >= 0; i--) {
        if (!isTrusted(chain[i])) return chain[i]!;
      }
      return chain[0] ?? socketAddress;
    },
    hostRefusal: `This server answers only at its public address${origins.length > 1 ? 'es' : ''} (${[...allowedOrigins].join(', ')}).`,
  };
}
