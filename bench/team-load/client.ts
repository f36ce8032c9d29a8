import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';

/** One answer of the server: HTTP status and the parsed body (or the text when it is not JSON). */
export interface RawAnswer {
  status: number;
  body: unknown;
  bytes: number;
}

/** Thrown for an answer that is not a success: the procedure label, the status and the server's message. */
export class CallError extends Error {
  constructor(
    readonly label: string,
    readonly status: number,
    message: string,
    /** The request never got an HTTP answer (refused, reset): the server was down. */
    readonly network = false,
  ) {
    super(`${label}: ${status ? `HTTP ${status} ` : ''}${message}`);
    this.name = 'CallError';
  }
}

class StaleSocketError extends Error {
  constructor() {
    super('a kept-alive connection had been closed by the server');
  }
}

/**
 * A keep-alive HTTPS (or HTTP) connection pool to one server that trusts exactly the certificate it
 * is given (`ca`), never "any certificate". One per simulated office: each user's calls share it.
 */
export class Connection {
  private readonly agent: HttpsAgent | HttpAgent;
  private readonly base: URL;

  constructor(url: string, ca: string | null, maxSockets = 64) {
    this.base = new URL(url);
    this.agent = this.base.protocol === 'https:' ? new HttpsAgent({ keepAlive: true, maxSockets, ...(ca ? { ca } : {}) }) : new HttpAgent({ keepAlive: true, maxSockets });
  }

  /**
   * One request. A kept-alive socket the server closed just as it was reused fails with ECONNRESET
   * before the request reached the server; that one case is sent again on a fresh socket (as
   * browsers do), following Node's documented `reusedSocket` pattern.
   */
  async send(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body: string | null, label: string): Promise<RawAnswer> {
    // After a server restart every pooled socket is dead: each is found out once, then a fresh one is used.
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        return await this.sendOnce(method, path, headers, body, label);
      } catch (error) {
        if (!(error instanceof StaleSocketError)) throw error;
      }
    }
    throw new CallError(label, 0, 'the connection was reset', true);
  }

  private sendOnce(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body: string | null, label: string): Promise<RawAnswer> {
    const url = new URL(path, this.base);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(url, { method, agent: this.agent, headers: { ...headers, ...(body !== null ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(new CallError(label, 0, error.message, true)));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text for the message
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, bytes: Buffer.byteLength(text) });
        });
      });
      req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
      req.on('error', (error: NodeJS.ErrnoException) => reject(req.reusedSocket && error.code === 'ECONNRESET' ? new StaleSocketError() : new CallError(label, 0, error.message, true)));
      if (body !== null) req.write(body);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

type TrpcItem = { result?: { data: unknown }; error?: { message: string; data?: { httpStatus?: number; fieldErrors?: Record<string, string[]> | null } } };

const messageOf = (error: NonNullable<TrpcItem['error']>) => (error.data?.fieldErrors ? `${error.message} ${JSON.stringify(error.data.fieldErrors)}` : error.message);

/** A signed-in user's tRPC calls, shaped as the renderer's httpBatchLink sends them (bearer token). */
export class UserClient {
  constructor(
    readonly connection: Connection,
    readonly token: string,
  ) {}

  static async signIn(connection: Connection, username: string, passphrase: string): Promise<UserClient> {
    const data = (await new UserClient(connection, '').mutate('auth.signIn', { username, passphrase })) as { token: string };
    return new UserClient(connection, data.token);
  }

  private headers(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  /** One batched GET of queries. */
  async batch(calls: ReadonlyArray<{ path: string; input: unknown }>): Promise<unknown[]> {
    const label = calls.map((c) => c.path).join(',');
    const input = JSON.stringify(Object.fromEntries(calls.map((c, i) => [i, c.input])));
    const answer = await this.connection.send('GET', `/trpc/${label}?batch=1&input=${encodeURIComponent(input)}`, this.headers(), null, label);
    if (!Array.isArray(answer.body)) throw new CallError(label, answer.status, String(JSON.stringify(answer.body)).slice(0, 200));
    const items = answer.body as TrpcItem[];
    const failed = items.find((item) => item.error);
    if (failed?.error) throw new CallError(label, failed.error.data?.httpStatus ?? answer.status, messageOf(failed.error));
    return items.map((item) => item.result!.data);
  }

  async mutate(path: string, input: unknown): Promise<unknown> {
    const answer = await this.connection.send('POST', `/trpc/${path}`, { 'content-type': 'application/json', ...this.headers() }, JSON.stringify(input), path);
    const body = answer.body as TrpcItem;
    if (answer.status !== 200 || !body || typeof body !== 'object' || body.error) throw new CallError(path, answer.status, body?.error ? messageOf(body.error) : String(answer.body).slice(0, 200));
    return body.result!.data;
  }
}
