import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request to a test server over HTTPS (trusting the test's own certificate through `ca`, never by
 * turning verification off) or plain HTTP, with any Host, Origin or forwarding headers.
 */
export function send(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; ca?: string; servername?: string },
): Promise<Answer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(
      {
        host: target.hostname,
        port: Number(target.port),
        method: options.method ?? 'GET',
        path: options.path,
        agent: false,
        headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
        ...(secure ? { ca: options.ca, servername: options.servername ?? 'localhost' } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
