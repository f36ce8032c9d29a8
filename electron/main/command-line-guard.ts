/**
 * Switches that would let another program drive or inspect the app (remote
 * debugging and the Node inspector) or accept untrusted certificates. Electron fuses switch off some of them in
 * packaged builds, but not `--remote-debugging-port`, so a packaged app looks
 * for all of them itself and refuses to start.
 */

export const FORBIDDEN_SWITCHES: ReadonlySet<string> = new Set([
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'js-flags',
  // A team server's certificate is checked by Chromium; nothing may switch that off.
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
  'allow-insecure-localhost',
]);

/**
 * Chromium accepts `--name`, `-name` and (on Windows) `/name`, with an
 * optional `=value`, and compares names case-insensitively on Windows.
 */
function switchName(argument: string, platform: string): string | null {
  let rest: string;
  if (argument.startsWith('--')) rest = argument.slice(2);
  else if (argument.startsWith('-')) rest = argument.slice(1);
  else if (platform === 'win32' && argument.startsWith('/')) rest = argument.slice(1);
  else return null;
  const name = rest.split('=', 1)[0] ?? '';
  return name === '' ? null : name.toLowerCase();
}

/** Returns the forbidden switches found in `argv` (without the executable). */
export function findForbiddenSwitches(argv: readonly string[], platform: string): string[] {
  const found: string[] = [];
  for (const argument of argv) {
    if (argument === '--') break;
    const name = switchName(argument, platform);
    if (name !== null && FORBIDDEN_SWITCHES.has(name)) found.push(name);
  }
  return found;
}
