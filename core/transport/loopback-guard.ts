/**
 * DNS-rebinding and cross-site protection for the loopback server: the Host header must name
 * this server's own loopback address and port, and any Origin must be that same origin.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

/** Mutations must carry JSON, so an HTML form on another site cannot post to the API. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** Headers that must appear at most once: Node keeps only the first Host or Authorization and joins Origins. */
export const SINGLE_HEADERS = ['host', 'origin', 'authorization'] as const;

/** The first of SINGLE_HEADERS that a request sends more than once, from `req.rawHeaders` (name, value, name, value…). */
export function repeatedSingleHeader(rawHeaders: readonly string[]): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    if (!(SINGLE_HEADERS as readonly string[]).includes(name)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}
