import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchEventSource, SseParser, type SourceErrorEvent, type SourceEvent, type SourceMessageEvent } from '../../renderer/src/api/fetch-event-source';

describe('SseParser', () => {
  function parse(chunks: string[]) {
    const events: Array<{ type: string; data: string; lastEventId: string }> = [];
    const retries: number[] = [];
    const ids: string[] = [];
    const parser = new SseParser((event) => events.push(event), (ms) => retries.push(ms), (id) => ids.push(id));
    for (const chunk of chunks) parser.push(chunk);
    return { events, retries, ids };
  }

  it('reads events however the text is cut into chunks, with any line ending', () => {
    const text = '\uFEFFevent: connected\r\ndata: {"a":1}\r\n\r\n: a comment\n\ndata: one\ndata:two\nid: 7\n\nevent: ping\rdata\r\rretry: 2500\nid: 8\n\n';
    const whole = parse([text]);
    expect(whole.events).toEqual([
      { type: 'connected', data: '{"a":1}', lastEventId: '' },
      { type: 'message', data: 'one\ntwo', lastEventId: '7' },
      { type: 'ping', data: '', lastEventId: '7' },
    ]);
    expect(whole.retries).toEqual([2500]);
    expect(whole.ids.at(-1)).toBe('8'); // an id with no data still moves the last event id
    // One character at a time (a CRLF split across chunks is one line ending, not two).
    expect(parse([...text]).events).toEqual(whole.events);
    for (let cut = 1; cut < text.length; cut++) expect(parse([text.slice(0, cut), text.slice(cut)]).events, `cut at ${cut}`).toEqual(whole.events);
  });

  it('keeps the last id across events until one sets it again, and ignores an id with NUL', () => {
    const { events } = parse(['id: 3\ndata: a\n\ndata: b\n\nid: \0x\ndata: c\n\nid:\ndata: d\n\n']);
    expect(events.map((e) => e.lastEventId)).toEqual(['3', '3', '3', '']);
  });
});

/** A fake fetch: each call gets a stream the test writes into. */
function fakeServer() {
  const calls: Array<{ url: string; headers: Record<string, string>; signal: AbortSignal; push(text: string): void; end(): void }> = [];
  let answer: () => { status: number; contentType: string } = () => ({ status: 200, contentType: 'text/event-stream' });
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const encoder = new TextEncoder();
    const signal = init!.signal!;
    signal.addEventListener('abort', () => {
      try {
        controller.error(new DOMException('aborted', 'AbortError'));
      } catch {
        // already closed
      }
    });
    calls.push({ url: String(url), headers: init!.headers as Record<string, string>, signal, push: (text) => controller.enqueue(encoder.encode(text)), end: () => controller.close() });
    const { status, contentType } = answer();
    return new Response(body, { status, headers: { 'content-type': contentType } });
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, calls, answerWith: (next: typeof answer) => (answer = next) };
}

const sources: Array<{ close(): void }> = [];
afterEach(() => {
  for (const source of sources.splice(0)) source.close();
});

describe('createFetchEventSource', () => {
  it('connects with the given headers, opens, and delivers messages and named events', async () => {
    const server = fakeServer();
    const EventSource = createFetchEventSource(server.fetchImpl);
    const source = new EventSource('/trpc/live.changes?input=x', { headers: { authorization: 'Bearer t0k', 'x-alignment-desk-csrf': '1' } });
    sources.push(source);
    expect(source.readyState).toBe(source.CONNECTING);
    const seen: string[] = [];
    source.onopen = () => seen.push('open');
    source.onmessage = (event) => seen.push(`message ${event.data} #${event.lastEventId}`);
    const connected = (event: SourceEvent) => seen.push(`connected ${(event as SourceMessageEvent).data}`);
    source.addEventListener('connected', connected);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    expect(server.calls[0]!.url).toBe('/trpc/live.changes?input=x');
    expect(server.calls[0]!.headers).toMatchObject({ authorization: 'Bearer t0k', 'x-alignment-desk-csrf': '1', accept: 'text/event-stream' });
    expect(server.calls[0]!.headers).not.toHaveProperty('last-event-id');
    await vi.waitFor(() => expect(source.readyState).toBe(source.OPEN));
    server.calls[0]!.push('event: connected\ndata: {}\n\ndata: {"n":1}\nid: 41\n\n');
    await vi.waitFor(() => expect(seen).toEqual(['open', 'connected {}', 'message {"n":1} #41']));
    source.removeEventListener('connected', connected);
    server.calls[0]!.push('event: connected\ndata: {"again":true}\n\n');
    server.calls[0]!.push('data: {"n":2}\n\n');
    await vi.waitFor(() => expect(seen.at(-1)).toBe('message {"n":2} #41'));
    expect(seen.filter((s) => s.startsWith('connected'))).toHaveLength(1);
  });

  it('reconnects when the stream drops, sending Last-Event-ID, after an error event in CONNECTING', async () => {
    const server = fakeServer();
    const EventSource = createFetchEventSource(server.fetchImpl, { retryMs: 10 });
    const source = new EventSource('/s', { headers: { authorization: 'Bearer a' } });
    sources.push(source);
    const errors: number[] = [];
    source.addEventListener('error', () => errors.push(source.readyState));
    await vi.waitFor(() => expect(source.readyState).toBe(source.OPEN));
    server.calls[0]!.push('data: x\nid: 9\n\n');
    server.calls[0]!.end();
    await vi.waitFor(() => expect(server.calls).toHaveLength(2));
    expect(errors).toEqual([source.CONNECTING]);
    expect(server.calls[1]!.headers).toMatchObject({ authorization: 'Bearer a', 'last-event-id': '9' });
    await vi.waitFor(() => expect(source.readyState).toBe(source.OPEN));
  });

  it('retries a failed connection with a growing delay, and resets it once connected', async () => {
    let attempts = 0;
    const times: number[] = [];
    const fetchImpl = (async () => {
      times.push(performance.now());
      attempts += 1;
      if (attempts <= 3) throw new TypeError('fetch failed');
      return new Response(new ReadableStream(), { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
    }) as unknown as typeof fetch;
    const source = new (createFetchEventSource(fetchImpl, { retryMs: 20, maxRetryMs: 1000 }))('/s');
    sources.push(source);
    await vi.waitFor(() => expect(source.readyState).toBe(source.OPEN), { timeout: 2000 });
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(15);
    expect(gaps[1]).toBeGreaterThanOrEqual(35);
    expect(gaps[2]).toBeGreaterThanOrEqual(75);
  });

  it('gives up on a refusal (not 200, or not an event stream): CLOSED, then one error event with the status', async () => {
    for (const [status, contentType] of [
      [401, 'application/json'],
      [200, 'application/json'],
    ] as const) {
      const server = fakeServer();
      server.answerWith(() => ({ status, contentType }));
      const source = new (createFetchEventSource(server.fetchImpl, { retryMs: 5 }))('/s');
      sources.push(source);
      const errors: Array<{ state: number; status: number | undefined }> = [];
      source.onerror = (event: SourceErrorEvent) => errors.push({ state: source.readyState, status: event.status });
      await vi.waitFor(() => expect(errors).toHaveLength(1));
      expect(errors[0]).toEqual({ state: source.CLOSED, status });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.calls).toHaveLength(1);
    }
  });

  it('close() aborts the request and nothing is delivered or retried afterwards', async () => {
    const server = fakeServer();
    const source = new (createFetchEventSource(server.fetchImpl, { retryMs: 5 }))('/s');
    const seen: string[] = [];
    source.onmessage = (event) => seen.push(event.data);
    source.onerror = () => seen.push('error');
    await vi.waitFor(() => expect(source.readyState).toBe(source.OPEN));
    source.close();
    expect(source.readyState).toBe(source.CLOSED);
    expect(server.calls[0]!.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
    expect(server.calls).toHaveLength(1);
  });
});
