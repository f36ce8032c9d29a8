import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieSessions, PLAIN_SESSION_COOKIE } from '../../core/transport/cookie-sessions';
import { startHttpServer, type RunningServer } from '../../core/transport/http-server';
import { loopbackPolicy, type ServerPolicy } from '../../core/transport/server-hooks';
import { rawRequest, type RawResponse } from '../helpers/http';
import { programmeInput } from '../helpers/programme-input';
import { TEST_PASSPHRASE, testWorkspace, type TestWorkspace } from '../helpers/workspace';

/**
 * Cookie sessions through the real HTTP server (plain HTTP on loopback, so the cookie is
 * `alignment-desk-session` without Secure). Two servers share one workspace: one with browser
 * mode's loopback policy, and one whose policy admits any Origin, so that the session transport's
 * own CSRF checks are shown to stand without the policy's help.
 */
let ws: TestWorkspace;
let server: RunningServer;
let lax: RunningServer;
const origin = (target: RunningServer) => `http://127.0.0.1:${target.port}`;

beforeAll(async () => {
  ws = await testWorkspace();
  await ws.actorFor('strategy_officer');
  let port = 0;
  server = await startHttpServer({
    db: ws.db,
    port: 0,
    logError: () => {},
    policy: loopbackPolicy(() => port),
    sessions: cookieSessions({ secure: false, allowedOrigins: (o) => o === `http://127.0.0.1:${port}`, absoluteHours: 12 }),
  });
  port = server.port;
  let laxPort = 0;
  const anyOrigin: ServerPolicy = { ...loopbackPolicy(() => laxPort), isAllowedOrigin: () => true };
  lax = await startHttpServer({
    db: ws.db,
    port: 0,
    logError: () => {},
    policy: anyOrigin,
    sessions: cookieSessions({ secure: false, allowedOrigins: (o) => o === `http://127.0.0.1:${laxPort}`, absoluteHours: 12 }),
  });
  laxPort = lax.port;
});
afterAll(async () => {
  await server.close();
  await lax.close();
  await ws.close();
});

const browser = (target: RunningServer) => ({ origin: origin(target), 'x-alignment-desk-csrf': '1', 'content-type': 'application/json' });
const credentials = JSON.stringify({ 0: { username: 'strategy-officer', passphrase: TEST_PASSPHRASE } });

/** Signs in as the renderer does (batched POST with Origin and the CSRF header); returns the cookie pair. */
async function browserSignIn(target: RunningServer = server): Promise<{ res: RawResponse; cookie: string }> {
  const res = await rawRequest(target.port, { method: 'POST', path: '/trpc/auth.signIn?batch=1', headers: browser(target), body: credentials });
  const set = String(res.headers['set-cookie'] ?? '');
  return { res, cookie: set.split(';')[0]! };
}

const programmes = () => ws.sqlite.prepare('select count(*) from programmes').pluck().get() as number;
const createProgramme = (target: RunningServer, headers: Record<string, string>, code: string) =>
  rawRequest(target.port, { method: 'POST', path: '/trpc/programmes.create?batch=1', headers, body: JSON.stringify({ 0: programmeInput({ code }) }) });
const me = (target: RunningServer, headers: Record<string, string>) => rawRequest(target.port, { path: `/trpc/auth.me?batch=1&input=${encodeURIComponent('{}')}`, headers });

describe('cookie sessions over HTTP', () => {
  it('sign-in sets an HttpOnly, SameSite=Strict cookie and the body carries no token', async () => {
    const { res, cookie } = await browserSignIn();
    expect(res.status).toBe(200);
    const set = String(res.headers['set-cookie']);
    expect(set).toMatch(new RegExp(`^${PLAIN_SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=/; HttpOnly; SameSite=Strict$`));
    const body = JSON.parse(res.body) as Array<{ result: { data: { token: unknown; user: { username: string } } } }>;
    expect(body[0]!.result.data.token).toBeNull();
    expect(body[0]!.result.data.user.username).toBe('strategy-officer');
    expect(res.body).not.toContain(cookie.split('=')[1]);
    if (res.headers['content-length'] !== undefined) expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
  });

  it('the cookie works for a query, and for a change with the CSRF header and an allowed Origin', async () => {
    const { cookie } = await browserSignIn();
    const who = await me(server, { cookie });
    expect(who.status).toBe(200);
    expect(JSON.parse(who.body)[0].result.data.username).toBe('strategy-officer');
    const before = programmes();
    const made = await createProgramme(server, { ...browser(server), cookie }, 'CK-001');
    expect(made.status).toBe(200);
    expect(programmes()).toBe(before + 1);
  });

  it('refuses a cookie change without the CSRF header, or without an Origin, writing nothing', async () => {
    const { cookie } = await browserSignIn();
    const before = programmes();
    const noHeader = await createProgramme(server, { origin: origin(server), 'content-type': 'application/json', cookie }, 'CK-002');
    expect(noHeader.status).toBe(403);
    expect(JSON.parse(noHeader.body)).toEqual({ error: { message: expect.stringMatching(/refused/) } });
    const noOrigin = await createProgramme(server, { 'x-alignment-desk-csrf': '1', 'content-type': 'application/json', cookie }, 'CK-003');
    expect(noOrigin.status).toBe(403);
    expect(programmes()).toBe(before);
  });

  it('refuses a cross-site form POST carrying the session cookie, and writes nothing', async () => {
    for (const target of [server, lax]) {
      const { cookie } = await browserSignIn(target);
      const before = programmes();
      const form = await rawRequest(target.port, {
        method: 'POST',
        path: '/trpc/programmes.create',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: `code=EVIL-1&name=${encodeURIComponent('Not ours')}`,
      });
      expect(form.status).toBe(403);
      // Even as JSON, from another site, with a guessed CSRF header: refused.
      const json = await createProgramme(target, { origin: 'https://evil.example', 'x-alignment-desk-csrf': '1', 'content-type': 'application/json', cookie }, 'EVIL-2');
      expect(json.status).toBe(403);
      expect(programmes()).toBe(before);
    }
  });

  it('sign-out clears the cookie and the session no longer works', async () => {
    const { cookie } = await browserSignIn();
    const out = await rawRequest(server.port, { method: 'POST', path: '/trpc/auth.signOut?batch=1', headers: { ...browser(server), cookie }, body: JSON.stringify({}) });
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toBe(`${PLAIN_SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict`);
    const after = await me(server, { cookie });
    expect(after.status).toBe(401);
    expect(JSON.parse(after.body)[0].error.message).toBe('Your session has ended. Please sign in again.');
    // The browser is told to drop the dead cookie.
    expect(String(after.headers['set-cookie'])).toMatch(new RegExp(`^${PLAIN_SESSION_COOKIE}=; Max-Age=0`));
  });

  it('bearer tokens still work for scripts: sign-in with no Origin returns the token, and no cookie', async () => {
    const res = await rawRequest(server.port, { method: 'POST', path: '/trpc/auth.signIn', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'strategy-officer', passphrase: TEST_PASSPHRASE }) });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const token = JSON.parse(res.body).result.data.token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const authorization = `Bearer ${token}`;
    expect((await me(server, { authorization })).status).toBe(200);
    // A bearer change needs no CSRF header; a stale cookie beside the header is ignored.
    const before = programmes();
    const made = await createProgramme(server, { authorization, 'content-type': 'application/json', cookie: `${PLAIN_SESSION_COOKIE}=${'x'.repeat(43)}` }, 'BR-001');
    expect(made.status).toBe(200);
    expect(programmes()).toBe(before + 1);
  });
});
