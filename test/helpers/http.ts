import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request that lets tests set any Host, Origin or Content-Type (fetch would not). */
export function rawRequest(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        agent: false,
        setHost: false,
        method: options.method ?? 'GET',
        path: options.path,
        headers: Object.fromEntries(Object.entries({ host: `127.0.0.1:${port}`, ...options.headers }).filter(([, value]) => value !== '')),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close the socket early on an oversized body; report what it answered.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: -1, headers: {}, body: error.code });
      else reject(error);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
