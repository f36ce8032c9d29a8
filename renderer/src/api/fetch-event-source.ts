/**
 * An EventSource built on `fetch`, for tRPC's httpSubscriptionLink (live updates). The browser's own
 * EventSource cannot send headers, and the session travels in `Authorization: Bearer …` (browser
 * mode, the desktop) alongside `x-alignment-desk-csrf: 1`; this one sends any headers it is given,
 * and on the desktop can run over a streaming IPC fetch.
 *
 * It behaves as the standard says (https://html.spec.whatwg.org/multipage/server-sent-events.html)
 * where tRPC relies on it: `readyState`; `open`, `message`, `error` and named events (tRPC listens
 * for `connected`, `ping`, `serialized-error` and `return`); `lastEventId` on each message, sent back
 * as `Last-Event-ID` when it reconnects. A dropped connection or a failed request is retried (the
 * `error` event fires with readyState CONNECTING), with the delay doubling up to a limit and reset
 * once a connection opens; an answer that is not a 200 `text/event-stream` fails for good (readyState
 * CLOSED, then `error`), as does `close()`.
 */

export interface FetchEventSourceInit {
  /** Sent with every (re)connection. */
  headers?: Record<string, string>;
  withCredentials?: boolean;
}

export interface FetchEventSourceOptions {
  /** First reconnection delay (default 1 s; the server's `retry:` field overrides it). */
  retryMs?: number;
  /** Longest reconnection delay after repeated failures (default 30 s). */
  maxRetryMs?: number;
}

export interface SourceEvent {
  type: string;
  target: unknown;
}

export interface SourceMessageEvent extends SourceEvent {
  data: string;
  lastEventId: string;
  origin: string;
}

export interface SourceErrorEvent extends SourceEvent {
  /** The HTTP status when the server refused the stream (readyState is then CLOSED). */
  status?: number;
  /** Why it failed, in words (not shown to users as is). */
  message?: string;
}

type Listener = (event: SourceEvent) => void;

export interface FetchEventSourceInstance {
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSED: 2;
  readonly url: string;
  readonly withCredentials: boolean;
  readyState: number;
  onopen: Listener | null;
  onmessage: ((event: SourceMessageEvent) => void) | null;
  onerror: ((event: SourceErrorEvent) => void) | null;
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
  close(): void;
}

export type FetchEventSourceClass = new (url: string, init?: FetchEventSourceInit) => FetchEventSourceInstance;

/** Splits SSE text into events (the parser the source uses; exported for tests). */
export class SseParser {
  private buffer = '';
  private started = false;
  private data: string[] = [];
  private eventType = '';
  /** The last event ID buffer: persists across events until an `id:` field changes it. */
  lastEventId = '';

  constructor(
    private readonly emit: (event: { type: string; data: string; lastEventId: string }) => void,
    private readonly onRetry: (ms: number) => void = () => undefined,
    private readonly onLastEventId: (id: string) => void = () => undefined,
  ) {}

  push(text: string): void {
    if (!this.started && text.length) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buffer += text;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) return;
      // A lone CR at the end may be the first half of CRLF: wait for the next chunk.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) return;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line);
    }
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return; // a comment
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventType = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') {
      if (!value.includes('\0')) this.lastEventId = value;
    } else if (field === 'retry') {
      if (/^\d+$/.test(value)) this.onRetry(Number(value));
    }
  }

  private dispatch(): void {
    this.onLastEventId(this.lastEventId); // even for an event with no data, as the standard says
    const type = this.eventType || 'message';
    const data = this.data;
    this.eventType = '';
    this.data = [];
    if (data.length === 0) return;
    this.emit({ type, data: data.join('\n'), lastEventId: this.lastEventId });
  }
}

const isEventStream = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'text/event-stream';

export function createFetchEventSource(fetchImpl: typeof fetch, options: FetchEventSourceOptions = {}): FetchEventSourceClass {
  const firstRetryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;

  return class FetchEventSource implements FetchEventSourceInstance {
    static readonly CONNECTING = 0 as const;
    static readonly OPEN = 1 as const;
    static readonly CLOSED = 2 as const;
    readonly CONNECTING = 0 as const;
    readonly OPEN = 1 as const;
    readonly CLOSED = 2 as const;
    readonly url: string;
    readonly withCredentials: boolean;
    readyState: number = 0;
    onopen: Listener | null = null;
    onmessage: ((event: SourceMessageEvent) => void) | null = null;
    onerror: ((event: SourceErrorEvent) => void) | null = null;

    private readonly headers: Record<string, string>;
    private readonly listeners = new Map<string, Set<Listener>>();
    private lastEventId = '';
    private retryMs = firstRetryMs;
    private failures = 0;
    private controller: AbortController | null = null;
    private timer: ReturnType<typeof setTimeout> | null = null;

    constructor(url: string, init: FetchEventSourceInit = {}) {
      this.url = url;
      this.withCredentials = init.withCredentials === true;
      this.headers = { ...(init.headers ?? {}) };
      // As the browser's does: connect once the constructor has returned and listeners are attached.
      this.timer = setTimeout(() => void this.connect(), 0);
    }

    addEventListener(type: string, listener: Listener): void {
      let set = this.listeners.get(type);
      if (!set) this.listeners.set(type, (set = new Set()));
      set.add(listener);
    }

    removeEventListener(type: string, listener: Listener): void {
      this.listeners.get(type)?.delete(listener);
    }

    close(): void {
      this.readyState = this.CLOSED;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.controller?.abort();
      this.controller = null;
    }

    private dispatch(event: SourceEvent): void {
      const handler = event.type === 'open' ? this.onopen : event.type === 'message' ? this.onmessage : event.type === 'error' ? this.onerror : null;
      if (handler) (handler as Listener).call(this, event);
      for (const listener of [...(this.listeners.get(event.type) ?? [])]) {
        if (this.readyState === this.CLOSED && event.type !== 'error') return; // closed by an earlier listener
        listener.call(this, event);
      }
    }

    /** The connection dropped or could not be made: try again later. */
    private reconnect(message: string): void {
      if (this.readyState === this.CLOSED) return;
      this.readyState = this.CONNECTING;
      this.dispatch({ type: 'error', target: this, message } as SourceErrorEvent);
      if (this.readyState === this.CLOSED) return; // a listener closed it
      const delay = Math.min(maxRetryMs, this.retryMs * 2 ** Math.min(this.failures, 10));
      this.failures += 1;
      this.timer = setTimeout(() => void this.connect(), delay);
    }

    /** The server refused the stream: give up, as the standard says. */
    private fail(status: number | undefined, message: string): void {
      if (this.readyState === this.CLOSED) return;
      this.close();
      this.dispatch({ type: 'error', target: this, status, message } as SourceErrorEvent);
    }

    private async connect(): Promise<void> {
      this.timer = null;
      if (this.readyState === this.CLOSED) return;
      const controller = new AbortController();
      this.controller = controller;
      const headers: Record<string, string> = { accept: 'text/event-stream', 'cache-control': 'no-store', ...this.headers };
      if (this.lastEventId) headers['last-event-id'] = this.lastEventId;
      let response: Response;
      try {
        response = await fetchImpl(this.url, { method: 'GET', headers, signal: controller.signal, credentials: this.withCredentials ? 'include' : 'same-origin' });
      } catch (error) {
        if (controller.signal.aborted) return;
        return this.reconnect(error instanceof Error ? error.message : 'The connection failed.');
      }
      if (controller.signal.aborted) return;
      if (response.status !== 200 || !isEventStream(response.headers.get('content-type')) || !response.body) {
        void response.body?.cancel().catch(() => undefined);
        return this.fail(response.status, `The server answered ${response.status} rather than an event stream.`);
      }
      this.readyState = this.OPEN;
      this.failures = 0;
      this.dispatch({ type: 'open', target: this });

      const origin = new URL(response.url || this.url, 'http://localhost').origin;
      const parser = new SseParser(
        (event) => {
          if (this.readyState === this.CLOSED) return;
          this.dispatch({ type: event.type, target: this, data: event.data, lastEventId: event.lastEventId, origin } as SourceMessageEvent);
        },
        (ms) => (this.retryMs = ms),
        (id) => (this.lastEventId = id),
      );
      parser.lastEventId = this.lastEventId;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) break;
          parser.push(decoder.decode(chunk.value, { stream: true }));
          if (this.readyState === this.CLOSED) break;
        }
      } catch {
        // A dropped connection: reconnect below.
      }
      if (this.readyState === this.CLOSED || controller.signal.aborted) {
        void reader.cancel().catch(() => undefined);
        return;
      }
      this.reconnect('The connection was closed.');
    }
  };
}
