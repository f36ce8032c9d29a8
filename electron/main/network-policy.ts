/**
 * The renderer never needs the network: its data comes over IPC and its
 * files from `app://`. Any http(s)/ws(s)/ftp request a page still makes
 * (a stray image URL, an injected script) is cancelled at the session.
 */

export const BLOCKED_URL_PATTERNS: readonly string[] = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
];

export interface BlockableRequest {
  readonly url: string;
}

export type BeforeRequestListener = (
  details: BlockableRequest,
  callback: (response: { cancel: boolean }) => void,
) => void;

export interface NetworkSession {
  readonly webRequest: {
    onBeforeRequest(filter: { urls: string[] }, listener: BeforeRequestListener): void;
  };
}

export function installNetworkBlock(
  session: NetworkSession,
  onBlocked?: (url: string) => void,
): void {
  session.webRequest.onBeforeRequest({ urls: [...BLOCKED_URL_PATTERNS] }, (details, callback) => {
    onBlocked?.(details.url);
    callback({ cancel: true });
  });
}
