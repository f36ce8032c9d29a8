/**
 * Before the desktop switches to a team server it asks `GET <server>/healthz`
 * through Electron's `net.fetch`, so Chromium verifies the certificate exactly
 * as it would for a web page. Nothing here can accept a certificate Chromium
 * refused: a failure becomes a plain message and the app stays where it was.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type ProbeResult = { ok: true } | { ok: false; message: string };

export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;

const ASK_IT = 'Ask your IT team';

/** Chromium's net error codes (net::ERR_…) and Node's TLS/socket codes, whichever the error carries. */
export function networkErrorCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && current !== undefined && !seen.has(current)) {
    seen.add(current);
    if (typeof current === 'object') {
      const { message, code, name } = current as { message?: unknown; code?: unknown; name?: unknown };
      if (typeof message === 'string') {
        const chromium = /net::(ERR_[A-Z0-9_]+)/.exec(message);
        if (chromium) return chromium[1] ?? null;
      }
      if (typeof code === 'string' && code !== '') return code;
      if (name === 'TimeoutError') return 'ERR_TIMED_OUT';
      current = (current as { cause?: unknown }).cause;
    } else {
      current = null;
    }
  }
  return null;
}

const NODE_CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** What to tell the user when the server at `url` could not be reached. */
export function describeNetworkFailure(url: string, error: unknown): string {
  const host = hostOf(url);
  const code = networkErrorCode(error);
  if (code !== null && (code.startsWith('ERR_CERT_') || code === 'ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN' || NODE_CERTIFICATE_CODES.has(code))) {
    return `The server’s certificate is not trusted by this computer (${code}). Alignment Desk will not connect to ${host} until it is. ${ASK_IT} to give the server a certificate this computer trusts, or to install the council’s certificate authority on this computer.`;
  }
  switch (code) {
    case 'ERR_NAME_NOT_RESOLVED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `No server called ${host} could be found. Check the address, and that this computer is on the council’s network (or its VPN).`;
    case 'ERR_CONNECTION_REFUSED':
    case 'ECONNREFUSED':
      return `${host} refused the connection. Check the address and port; the team server may not be running. ${ASK_IT} if it keeps happening.`;
    case 'ERR_TIMED_OUT':
    case 'ERR_CONNECTION_TIMED_OUT':
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `${host} did not answer in time. Check that this computer is on the council’s network (or its VPN), then try again.`;
    case 'ERR_INTERNET_DISCONNECTED':
    case 'ERR_NETWORK_CHANGED':
    case 'ERR_ADDRESS_UNREACHABLE':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `This computer cannot reach ${host} just now. Check its network connection, then try again.`;
    case 'ERR_SSL_PROTOCOL_ERROR':
    case 'ERR_SSL_VERSION_OR_CIPHER_MISMATCH':
    case 'EPROTO':
      return `${host} did not answer over HTTPS. Check the address (and port); ${ASK_IT} whether the server uses HTTPS there.`;
    default:
      return `Alignment Desk could not reach ${host}${code ? ` (${code})` : ''}. Check the address and your network, then try again.`;
  }
}

export function notADeskServer(url: string): string {
  return `${hostOf(url)} answered, but it is not an Alignment Desk team server. Check the address with your IT team.`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Asks `<url>/healthz`; ok only for a 200 JSON object from the server itself (no redirects). */
export async function probeServer(url: string, fetchImpl: FetchLike, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  let response: Response;
  try {
    response = await fetchImpl(`${url}/healthz`, {
      method: 'GET',
      headers: { accept: 'application/json' },
      redirect: 'error',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, message: describeNetworkFailure(url, error) };
  }
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('application/json')) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, message: notADeskServer(url) };
  }
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, message: notADeskServer(url) };
  } catch {
    return { ok: false, message: notADeskServer(url) };
  }
  return { ok: true };
}
