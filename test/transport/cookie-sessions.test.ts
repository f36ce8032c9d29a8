import { describe, expect, it } from 'vitest';
import type { PlainResponse } from '../../core/host/protocol';
import { cookieSessions, cookieValues, CSRF_HEADER_REFUSAL, CSRF_ORIGIN_REFUSAL, PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE } from '../../core/transport/cookie-sessions';

const ORIGIN = 'https://desk.council.example';
const TOKEN = 'A'.repeat(20) + '_-' + 'b'.repeat(21); // 43 characters, like randomBytes(32) in base64url
const secure = cookieSessions({ secure: true, allowedOrigins: new Set([ORIGIN]), absoluteHours: 12 });
const plain = cookieSessions({ secure: false, allowedOrigins: (origin) => origin === 'http://127.0.0.1:4000', absoluteHours: 2 });
const cookie = (value = TOKEN) => `theme=dark; ${SECURE_SESSION_COOKIE}=${value}`;

const request = (method: string, headers: Record<string, string>, pathname = '/trpc/programmes.create') => ({ method, pathname, headers });
const csrf = { origin: ORIGIN, 'x-alignment-desk-csrf': '1' };

describe('cookie sessions: admit', () => {
  it('lets a bearer request through unchanged and ignores its cookie, with no CSRF checks', () => {
    const admitted = secure.admit(request('POST', { authorization: 'Bearer from-the-header-xxxxxxxxxxxx', cookie: cookie(), origin: 'https://evil.example' }));
    expect(admitted).toEqual({ ok: true, authorization: 'Bearer from-the-header-xxxxxxxxxxxx', cookieMode: false });
  });

  it('turns the cookie into the Authorization header for a GET, without the CSRF header', () => {
    expect(secure.admit(request('GET', { cookie: cookie() }, '/trpc/auth.me'))).toEqual({ ok: true, authorization: `Bearer ${TOKEN}`, cookieMode: true });
    expect(secure.admit(request('HEAD', { cookie: cookie() }, '/'))).toMatchObject({ ok: true, cookieMode: true });
  });

  it('needs an allowed Origin and the CSRF header for a cookie-mode change', () => {
    expect(secure.admit(request('POST', { cookie: cookie(), ...csrf }))).toEqual({ ok: true, authorization: `Bearer ${TOKEN}`, cookieMode: true });
    expect(secure.admit(request('POST', { cookie: cookie(), origin: ORIGIN }))).toEqual({ ok: false, status: 403, message: CSRF_HEADER_REFUSAL });
    expect(secure.admit(request('POST', { cookie: cookie(), origin: ORIGIN, 'x-alignment-desk-csrf': 'yes' }))).toEqual({ ok: false, status: 403, message: CSRF_HEADER_REFUSAL });
    expect(secure.admit(request('POST', { cookie: cookie(), 'x-alignment-desk-csrf': '1' }))).toEqual({ ok: false, status: 403, message: CSRF_ORIGIN_REFUSAL });
    expect(secure.admit(request('POST', { cookie: cookie(), 'x-alignment-desk-csrf': '1', origin: 'https://evil.example' }))).toEqual({ ok: false, status: 403, message: CSRF_ORIGIN_REFUSAL });
    expect(secure.admit(request('POST', { cookie: cookie(), 'x-alignment-desk-csrf': '1', origin: 'null' }))).toMatchObject({ ok: false, status: 403 });
    expect(plain.admit(request('POST', { cookie: `${PLAIN_SESSION_COOKIE}=${TOKEN}`, origin: 'http://127.0.0.1:4000', 'x-alignment-desk-csrf': '1' }))).toMatchObject({ ok: true });
  });

  it('checks a browser sign-in (Origin, no cookie) but not a script’s (neither)', () => {
    const signIn = (headers: Record<string, string>) => secure.admit(request('POST', { 'content-type': 'application/json', ...headers }, '/trpc/auth.signIn'));
    expect(signIn(csrf)).toEqual({ ok: true, authorization: null, cookieMode: true });
    expect(signIn({ origin: ORIGIN })).toMatchObject({ ok: false, status: 403 });
    expect(signIn({ origin: 'https://evil.example', 'x-alignment-desk-csrf': '1' })).toMatchObject({ ok: false, status: 403 });
    expect(signIn({})).toEqual({ ok: true, authorization: null, cookieMode: false });
  });

  it('treats a malformed cookie as no session (still in cookie mode, so still checked)', () => {
    for (const bad of ['short', 'x'.repeat(129), `${'a'.repeat(30)}.drop`, `${'a'.repeat(30)}%20`, '']) {
      expect(secure.admit(request('GET', { cookie: cookie(bad) }))).toEqual({ ok: true, authorization: null, cookieMode: true });
    }
    expect(secure.admit(request('POST', { cookie: cookie('short') }))).toMatchObject({ ok: false, status: 403 });
    // The other name (plain HTTP's) means nothing to a secure server.
    expect(secure.admit(request('GET', { cookie: `${PLAIN_SESSION_COOKIE}=${TOKEN}` }))).toEqual({ ok: true, authorization: null, cookieMode: false });
    expect(cookieValues(`a=1; ${SECURE_SESSION_COOKIE}=x; ${SECURE_SESSION_COOKIE}=${TOKEN}`, SECURE_SESSION_COOKIE)).toEqual(['x', TOKEN]);
    expect(secure.admit(request('GET', { cookie: `${SECURE_SESSION_COOKIE}=x; ${SECURE_SESSION_COOKIE}=${TOKEN}` }))).toMatchObject({ authorization: `Bearer ${TOKEN}` });
  });
});

const signInData = { token: TOKEN, expiresAt: '2026-03-02T21:00:00.000Z', user: { id: 1, username: 'ada' } };
const json = (body: unknown, status = 200, extra: Record<string, string> = {}): PlainResponse => {
  const text = JSON.stringify(body);
  return { status, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...extra }, body: text };
};
const finishing = (pathname: string, cookieMode = true, headers: Record<string, string> = {}) => ({ method: 'POST', pathname, headers, cookieMode });

describe('cookie sessions: finish', () => {
  it('moves a cookie-mode sign-in’s token into an HttpOnly cookie, batched or not, keeping content-length right', () => {
    const single = secure.finish(finishing('/trpc/auth.signIn'), json({ result: { data: signInData } }));
    expect(single.headers['set-cookie']).toBe(`${SECURE_SESSION_COOKIE}=${TOKEN}; Max-Age=43200; Path=/; HttpOnly; SameSite=Strict; Secure`);
    expect(JSON.parse(single.body)).toEqual({ result: { data: { ...signInData, token: null } } });
    expect(single.body).not.toContain(TOKEN);
    expect(single.headers['content-length']).toBe(String(Buffer.byteLength(single.body)));

    const batch = plain.finish(finishing('/trpc/auth.signIn'), json([{ result: { data: signInData } }]));
    expect(batch.headers['set-cookie']).toBe(`${PLAIN_SESSION_COOKIE}=${TOKEN}; Max-Age=7200; Path=/; HttpOnly; SameSite=Strict`);
    expect(JSON.parse(batch.body)).toEqual([{ result: { data: { ...signInData, token: null } } }]);

    const noLength = plain.finish(finishing('/trpc/workspace.status,auth.signIn'), { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ result: { data: { initialised: true } } }, { result: { data: signInData } }]) });
    expect(noLength.headers).not.toHaveProperty('content-length');
    expect(JSON.parse(noLength.body)[1].result.data.token).toBeNull();
  });

  it('leaves a bearer sign-in and a failed sign-in alone', () => {
    const response = json({ result: { data: signInData } });
    expect(secure.finish(finishing('/trpc/auth.signIn', false), response)).toBe(response);
    const refused = json({ error: { message: 'That username and passphrase do not match an active account.', data: { code: 'UNAUTHORIZED' } } }, 401);
    expect(secure.finish(finishing('/trpc/auth.signIn', true, { cookie: cookie() }), refused)).toEqual(refused);
  });

  it('clears the cookie on sign-out and when the cookie’s session has ended', () => {
    const clear = `${SECURE_SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure`;
    const signedOut = secure.finish(finishing('/trpc/auth.signOut', true, { cookie: cookie() }), json([{ result: { data: null } }]));
    expect(signedOut.headers['set-cookie']).toBe(clear);
    const ended = json([{ result: { data: { ok: 1 } } }, { error: { message: 'Your session has ended.', data: { code: 'UNAUTHORIZED' } } }], 207);
    expect(secure.finish(finishing('/trpc/workspace.status,auth.me', true, { cookie: cookie() }), ended).headers['set-cookie']).toBe(clear);
    // No cookie sent (a browser that is not signed in): nothing to clear.
    expect(secure.finish(finishing('/trpc/auth.me', true, { origin: ORIGIN }), ended).headers).not.toHaveProperty('set-cookie');
    // Other paths and unreadable bodies pass through.
    const other = { status: 200, headers: {}, body: 'not json' };
    expect(secure.finish(finishing('/trpc/auth.signOut'), other)).toBe(other);
    expect(secure.finish(finishing('/backup/abc'), json({ result: { data: signInData } }))).toEqual(json({ result: { data: signInData } }));
  });
});
