import path from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';
import { applyContentSecurityPolicy } from './content-security-policy';
import { contentTypeFor } from './mime-types';

/**
 * Serves the built renderer folder as `app://alignment-desk/…`.
 * `resolveAppFile` is the pure part: URL in, file path (or refusal) out.
 */

/** Argument for `protocol.registerSchemesAsPrivileged`, before app `ready`. */
export const APP_SCHEME_PRIVILEGES = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  },
] as const;

export const INDEX_FILE = 'index.html';

export type PathApi = Pick<path.PlatformPath, 'join' | 'relative' | 'isAbsolute' | 'extname'>;

export type AppFileResolution =
  | { readonly ok: true; readonly filePath: string; readonly isFallback: boolean }
  | { readonly ok: false; readonly status: 400 | 403; readonly reason: string };

// `.` or `..` as a whole path segment, literally or percent-encoded. The URL
// parser would quietly collapse these, so they are refused before parsing.
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?:[/\\]|$)/i;
// After decoding, a segment must be a plain file or folder name.
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[/\\:%\u0000-\u001f\u007f]/;

function refuse(status: 400 | 403, reason: string): AppFileResolution {
  return { ok: false, status, reason };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function resolveAppFile(
  rootDir: string,
  requestUrl: string,
  pathApi: PathApi = path,
): AppFileResolution {
  if (typeof requestUrl !== 'string') return refuse(400, 'not a URL');
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\')) return refuse(400, 'backslash in path');
  if (DOT_SEGMENT.test(rawPath)) return refuse(400, 'dot segment in path');

  const url = parseUrl(requestUrl);
  if (url === null) return refuse(400, 'not a URL');
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return refuse(403, 'not the app origin');
  }
  if (url.username !== '' || url.password !== '') return refuse(403, 'credentials in URL');

  const pathname = url.pathname === '' ? '/' : url.pathname;
  if (!pathname.startsWith('/')) return refuse(400, 'relative path');
  const rawSegments = pathname.slice(1).split('/');
  // A trailing slash (including the bare root) means "a route", not a file.
  const endsWithSlash = rawSegments[rawSegments.length - 1] === '';
  if (endsWithSlash) rawSegments.pop();

  const segments: string[] = [];
  for (const raw of rawSegments) {
    if (raw === '') return refuse(400, 'empty path segment');
    const decoded = decodeSegment(raw);
    if (decoded === null) return refuse(400, 'malformed percent-encoding');
    if (UNSAFE_SEGMENT.test(decoded) || decoded.startsWith('.')) {
      return refuse(400, 'unsafe path segment');
    }
    segments.push(decoded);
  }

  const last = segments[segments.length - 1];
  const isRoute = endsWithSlash || last === undefined || pathApi.extname(last) === '';
  const filePath = isRoute ? pathApi.join(rootDir, INDEX_FILE) : pathApi.join(rootDir, ...segments);

  const relative = pathApi.relative(rootDir, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) {
    return refuse(403, 'outside the app folder');
  }
  return { ok: true, filePath, isFallback: isRoute };
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (`out/renderer`). */
  readonly rootDir: string;
  /** Reads a whole file; Electron's `fs` also reads inside app.asar. */
  readFile(filePath: string): Promise<Uint8Array>;
  readonly pathApi?: PathApi;
}

function textResponse(status: number, text: string): Response {
  const headers = new Headers({
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  return new Response(text, { status, headers: applyContentSecurityPolicy(headers) });
}

/** The function to hand to `protocol.handle('app', …)`. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const pathApi = options.pathApi ?? path;
  if (!pathApi.isAbsolute(options.rootDir)) {
    throw new Error('The renderer folder must be an absolute path');
  }
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const resolved = resolveAppFile(options.rootDir, request.url, pathApi);
    if (!resolved.ok) return textResponse(resolved.status, 'Refused');

    let content: Uint8Array;
    try {
      content = await options.readFile(resolved.filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = new Headers({
      'Content-Type': contentTypeFor(pathApi.extname(resolved.filePath)),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    applyContentSecurityPolicy(headers);
    const body = request.method === 'HEAD' ? null : new Uint8Array(content);
    return new Response(body, { status: 200, headers });
  };
}
