import { describe, expect, it } from 'vitest';
import { isTrustedIpcEvent, isTrustedSenderFrame, type SenderFrameLike } from '../../electron/main/trusted-sender';

const top: SenderFrameLike = { url: 'app://alignment-desk/index.html', parent: null };

describe('isTrustedSenderFrame', () => {
  it('accepts the top-level app page, on any route', () => {
    expect(isTrustedSenderFrame(top)).toBe(true);
    expect(isTrustedSenderFrame({ url: 'app://alignment-desk/programmes/12?tab=money#notes', parent: null })).toBe(true);
  });

  it('refuses an iframe, even one on the app origin', () => {
    expect(isTrustedSenderFrame({ url: 'app://alignment-desk/index.html', parent: top })).toBe(false);
  });

  it.each([
    'https://evil.test/',
    'https://alignment-desk/',
    'http://localhost:5173/',
    'file:///C:/app/index.html',
    'app://alignment-desk.evil.test/index.html',
    'app://evil.test/?app://alignment-desk/',
    'app://user@alignment-desk/index.html',
    'app://alignment-desk:444/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a top-level frame at %s', (url) => {
    expect(isTrustedSenderFrame({ url, parent: null })).toBe(false);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
  });

  it('refuses a frame whose properties throw (disposed)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSenderFrame(disposed)).toBe(false);
  });

  it('treats a parent of undefined as unknown, not as top-level', () => {
    expect(isTrustedSenderFrame({ url: top.url, parent: undefined })).toBe(false);
  });
});

describe('isTrustedIpcEvent', () => {
  it('checks the event.senderFrame', () => {
    expect(isTrustedIpcEvent({ senderFrame: top })).toBe(true);
    expect(isTrustedIpcEvent({ senderFrame: null })).toBe(false);
    expect(isTrustedIpcEvent({ senderFrame: { url: top.url, parent: top } })).toBe(false);
    expect(isTrustedIpcEvent(null)).toBe(false);
  });
});
