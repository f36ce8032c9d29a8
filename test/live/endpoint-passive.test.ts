import { describe, expect, it } from 'vitest';
import { createLiveEndpoint } from '../../core/live/endpoint';
import type { ChangeSource } from '../../core/live/types';
import type { DatabaseService, PlainRequest } from '../../core/host/protocol';
import { PASSIVE_HEADER } from '../../core/transport/fetch-handler';

describe('the live endpoint checking a session', () => {
  it('asks as a passive request, so watching for changes never keeps an idle session alive', async () => {
    const seen: PlainRequest[] = [];
    const database: DatabaseService = {
      async handle(request) {
        seen.push(request);
        return { status: 401, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { message: 'Your session has ended after 30 minutes without activity. Please sign in again.' } }) };
      },
      takeBackup: () => Promise.resolve({ ok: false, status: 404, message: 'Not found.' }),
    };
    const changes: ChangeSource = { subscribe: () => () => {}, since: () => Promise.resolve(null) };
    const live = createLiveEndpoint({ changes, database });
    try {
      const answer = await live.handle(new Request('http://127.0.0.1/trpc/live.changes?input=%7B%7D', { headers: { authorization: 'Bearer abcdefghijklmnopqrstuvwxyz' } }));
      expect(answer.status).toBe(401);
      expect(seen).toHaveLength(1);
      expect(new URL(seen[0]!.url).pathname).toBe('/trpc/auth.me');
      expect(seen[0]!.headers[PASSIVE_HEADER]).toBe('1');
    } finally {
      live.close();
    }
  });
});
