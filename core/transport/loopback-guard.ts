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
