import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeNetworkFailure, networkErrorCode, probeServer, type FetchLike } from '../../electron/main/server-probe';
import { makeSelfSignedCertificate, type SelfSigned } from '../helpers/self-signed';

const URL_OK = 'https://desk.example.gov.uk';

/** Electron's net.fetch rejects with Chromium's net error name in the message. */
const chromiumFailure = (code: string): FetchLike => async () => {
  throw new Error(`net::${code}`);
};

const answer = (status: number, body: string, contentType: string): FetchLike => async () => new Response(body, { status, headers: { 'content-type': contentType } });

describe('probeServer with fakes of net.fetch', () => {
  it('asks <server>/healthz once, with no redirects and no cookies', async () => {
    const fetch = vi.fn<FetchLike>(answer(200, '{"status":"ok"}', 'application/json; charset=utf-8'));
    expect(await probeServer(URL_OK, fetch)).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://desk.example.gov.uk/healthz');
    expect(init).toMatchObject({ method: 'GET', redirect: 'error', credentials: 'omit' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each(['ERR_CERT_AUTHORITY_INVALID', 'ERR_CERT_COMMON_NAME_INVALID', 'ERR_CERT_DATE_INVALID', 'ERR_CERT_REVOKED'])(
    'turns net::%s into the certificate message',
    async (code) => {
      const result = await probeServer(URL_OK, chromiumFailure(code));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toContain('The server’s certificate is not trusted by this computer');
      expect(result.message).toContain(`(${code})`);
      expect(result.message).toContain('Ask your IT team');
    },
  );

  it.each([
    ['ERR_NAME_NOT_RESOLVED', /No server called desk\.example\.gov\.uk could be found/],
    ['ERR_CONNECTION_REFUSED', /desk\.example\.gov\.uk refused the connection/],
    ['ERR_CONNECTION_TIMED_OUT', /did not answer in time/],
    ['ERR_INTERNET_DISCONNECTED', /cannot reach desk\.example\.gov\.uk/],
    ['ERR_SSL_PROTOCOL_ERROR', /did not answer over HTTPS/],
  ])('explains net::%s plainly', async (code, message) => {
    const result = await probeServer(URL_OK, chromiumFailure(code));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('gives up after the timeout and says so', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const result = await probeServer(URL_OK, hang, 20);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/did not answer in time/) });
  });

  it.each([
    ['a 404 page', answer(404, '<h1>Not found</h1>', 'text/html')],
    ['an HTML 200 page', answer(200, '<html>Intranet</html>', 'text/html')],
    ['JSON that is not an object', answer(200, '[1,2]', 'application/json')],
    ['broken JSON', answer(200, '{"status":', 'application/json')],
    ['a server error', answer(500, '{"error":{}}', 'application/json')],
  ])('refuses %s as not an Alignment Desk server', async (_label, fetch) => {
    const result = await probeServer(URL_OK, fetch);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/is not an Alignment Desk team server/) });
  });
});

describe('network error codes', () => {
  it('reads Chromium codes from the message and Node codes from the cause chain', () => {
    expect(networkErrorCode(new Error('net::ERR_CERT_AUTHORITY_INVALID'))).toBe('ERR_CERT_AUTHORITY_INVALID');
    expect(networkErrorCode(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }))).toBe('ECONNREFUSED');
    expect(networkErrorCode(new DOMException('late', 'TimeoutError'))).toBe('ERR_TIMED_OUT');
    expect(networkErrorCode('nonsense')).toBeNull();
  });

  it('never mentions more than the host and the code', () => {
    const message = describeNetworkFailure(URL_OK, new Error('net::ERR_FAILED at /home/user/secret/path.js:12'));
    expect(message).toBe('Alignment Desk could not reach desk.example.gov.uk (ERR_FAILED). Check the address and your network, then try again.');
  });
});

describe('probeServer against a real HTTPS server this computer does not trust', () => {
  let certificate: SelfSigned;
  let server: ReturnType<typeof createServer>;
  let url: string;
  const served: string[] = [];

  beforeAll(async () => {
    certificate = makeSelfSignedCertificate();
    server = createServer({ cert: certificate.cert, key: certificate.key }, (request, response) => {
      served.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    certificate.remove();
  });

  it('refuses the self-signed certificate with the certificate message, and the request never reaches the server', async () => {
    // Node's own fetch verifies like Chromium does; neither is told to accept anything.
    const result = await probeServer(url, (input, init) => fetch(input, init));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The server’s certificate is not trusted by this computer \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)/);
    expect(served).toEqual([]);
  });
});
