import { isAppUrl } from './app-origin';
import { openExternalIfAllowed, type OpenExternal } from './external-links';

/**
 * Keeps every web contents on the app origin: navigation away is cancelled
 * (allow-listed https links go to the user's browser instead), new windows
 * are never created, and `<webview>` tags are never attached.
 */

export interface PreventableEvent {
  preventDefault(): void;
}

/** Electron passes the target in `event.url` (newer) and as an argument (older). */
export interface NavigationEvent extends PreventableEvent {
  readonly url?: string;
}

export type NavigationListener = (event: NavigationEvent, url: string) => void;

export interface WindowOpenDetails {
  readonly url: string;
}

export interface GuardableWebContents {
  on(event: 'will-navigate', listener: NavigationListener): unknown;
  on(event: 'will-redirect', listener: NavigationListener): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void;
}

export interface NavigationGuardOptions {
  readonly openExternal: OpenExternal;
  readonly allowedHosts?: ReadonlySet<string>;
  /** Told about every blocked attempt (for logging). */
  readonly onBlocked?: (kind: 'navigate' | 'redirect' | 'window-open' | 'webview', url: string) => void;
}

function targetOf(event: NavigationEvent, url: unknown): string {
  if (typeof event.url === 'string') return event.url;
  return typeof url === 'string' ? url : '';
}

/** Listener for `will-navigate`: stays put unless the target is the app itself. */
export function createNavigationListener(
  options: NavigationGuardOptions,
  kind: 'navigate' | 'redirect' = 'navigate',
): NavigationListener {
  return (event, url) => {
    const target = targetOf(event, url);
    if (isAppUrl(target)) return;
    event.preventDefault();
    options.onBlocked?.(kind, target);
    // Only a user-followed link may leave for the browser; redirects never do.
    if (kind === 'navigate') void openExternalIfAllowed(target, options.openExternal, options.allowedHosts);
  };
}

/** Handler for `setWindowOpenHandler`: always deny, maybe open in the browser. */
export function createWindowOpenHandler(
  options: NavigationGuardOptions,
): (details: WindowOpenDetails) => { action: 'deny' } {
  return (details) => {
    const target = typeof details?.url === 'string' ? details.url : '';
    options.onBlocked?.('window-open', target);
    void openExternalIfAllowed(target, options.openExternal, options.allowedHosts);
    return { action: 'deny' };
  };
}

export function installNavigationGuards(
  contents: GuardableWebContents,
  options: NavigationGuardOptions,
): void {
  contents.on('will-navigate', createNavigationListener(options, 'navigate'));
  contents.on('will-redirect', createNavigationListener(options, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.onBlocked?.('webview', '');
  });
  contents.setWindowOpenHandler(createWindowOpenHandler(options));
}
