import { describe, expect, it, vi } from 'vitest';
import {
  installNavigationGuards,
  type GuardableWebContents,
  type NavigationListener,
  type PreventableEvent,
  type WindowOpenDetails,
} from '../../electron/main/navigation-guard';

function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  let windowOpenHandler: ((details: WindowOpenDetails) => { action: 'deny' }) | null = null;
  const contents = {
    on(event: string, listener: (...args: never[]) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
  } as GuardableWebContents;
  return {
    contents,
    navigate(kind: 'will-navigate' | 'will-redirect', url: string, withDetailsUrl = true) {
      const event = { preventDefault: vi.fn(), ...(withDetailsUrl ? { url } : {}) };
      (listeners.get(kind) as NavigationListener)(event, url);
      return event;
    },
    attachWebview() {
      const event = { preventDefault: vi.fn() };
      (listeners.get('will-attach-webview') as (event: PreventableEvent) => void)(event);
      return event;
    },
    openWindow(url: string) {
      if (windowOpenHandler === null) throw new Error('no window open handler');
      return windowOpenHandler({ url });
    },
  };
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function setup() {
  const openExternal = vi.fn(async () => undefined);
  const onBlocked = vi.fn();
  const fake = fakeContents();
  installNavigationGuards(fake.contents, { openExternal, onBlocked });
  return { ...fake, openExternal, onBlocked };
}

describe('will-navigate', () => {
  it('lets the app move between its own pages', () => {
    const { navigate, openExternal } = setup();
    expect(navigate('will-navigate', 'app://alignment-desk/index.html').preventDefault).not.toHaveBeenCalled();
    expect(navigate('will-navigate', 'app://alignment-desk/programmes/4').preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'https://www.gov.uk/',
    'https://evil.test/',
    'http://alignment-desk/',
    'app://alignment-desk.evil.test/index.html',
    'app://evil.test/app://alignment-desk/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
  ])('blocks %s', (url) => {
    const { navigate, onBlocked } = setup();
    expect(navigate('will-navigate', url).preventDefault).toHaveBeenCalledOnce();
    expect(onBlocked).toHaveBeenCalledWith('navigate', url);
  });

  it('sends an allow-listed https link to the browser instead', async () => {
    const { navigate, openExternal } = setup();
    navigate('will-navigate', 'https://www.wigan.gov.uk/Council/');
    await settle();
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.wigan.gov.uk/Council/');
  });

  it('does not open other blocked targets externally', async () => {
    const { navigate, openExternal } = setup();
    for (const url of ['https://www.gov.uk.evil.test/', 'file://server/share/x', 'smb://server/share', 'http://www.gov.uk/']) {
      navigate('will-navigate', url);
    }
    await settle();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('falls back to the url argument when the event carries none', () => {
    const { navigate } = setup();
    expect(navigate('will-navigate', 'https://evil.test/', false).preventDefault).toHaveBeenCalledOnce();
    expect(navigate('will-navigate', 'app://alignment-desk/x', false).preventDefault).not.toHaveBeenCalled();
  });
});

describe('will-redirect', () => {
  it('blocks redirects away from the app and never opens them', async () => {
    const { navigate, openExternal } = setup();
    expect(navigate('will-redirect', 'https://www.gov.uk/').preventDefault).toHaveBeenCalledOnce();
    expect(navigate('will-redirect', 'app://alignment-desk/index.html').preventDefault).not.toHaveBeenCalled();
    await settle();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('always denies a new window, even for the app origin', () => {
    const { openWindow } = setup();
    expect(openWindow('app://alignment-desk/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('https://evil.test/')).toEqual({ action: 'deny' });
    expect(openWindow('')).toEqual({ action: 'deny' });
  });

  it('opens allow-listed links in the browser and nothing else', async () => {
    const { openWindow, openExternal } = setup();
    openWindow('https://org-id.guide/list/GB-CHC');
    openWindow('https://org-id.guide.evil.test/');
    openWindow('javascript:alert(1)');
    openWindow('\\\\server\\share');
    await settle();
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://org-id.guide/list/GB-CHC');
  });
});

describe('webviews', () => {
  it('never attaches a <webview>', () => {
    const { attachWebview, onBlocked } = setup();
    expect(attachWebview().preventDefault).toHaveBeenCalledOnce();
    expect(onBlocked).toHaveBeenCalledWith('webview', '');
  });
});
