import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findForbiddenSwitches } from '../../electron/main/command-line-guard';

// The desktop connects to a team server over HTTPS and relies on Chromium's certificate checks.
// Nothing in electron/ may weaken them: no certificate-error handler that could accept a bad
// certificate, no custom verify procedure, no switch or Node setting that turns checking off.
const ELECTRON_DIR = path.resolve(__dirname, '../../electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ["a 'certificate-error' handler", /['"`]certificate-error['"`]/],
  ['setCertificateVerifyProc', /setCertificateVerifyProc/],
  ["a 'select-client-certificate' handler", /['"`]select-client-certificate['"`]/],
  ['rejectUnauthorized', /rejectUnauthorized/],
  ['NODE_TLS_REJECT_UNAUTHORIZED', /NODE_TLS_REJECT_UNAUTHORIZED/],
  ['the ignore-certificate-errors switch being appended', /appendSwitch\(\s*['"`](ignore-certificate-errors|allow-insecure-localhost)/],
];

describe('certificate errors are never ignored', () => {
  const files = sourceFiles(ELECTRON_DIR);

  it('finds the main process sources, the team-server client among them', () => {
    const names = files.map((file) => path.relative(ELECTRON_DIR, file).split(path.sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['main/index.ts', 'main/remote-service.ts', 'main/server-probe.ts']));
  });

  it.each(FORBIDDEN)('no file in electron/ registers or uses %s', (_label, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(ELECTRON_DIR, file));
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a handler written in the usual ways', () => {
    const samples = [
      "app.on('certificate-error', (event, _wc, _url, _error, _cert, callback) => { event.preventDefault(); callback(true); });",
      'session.fromPartition("x").setCertificateVerifyProc((_request, callback) => callback(0));',
      "app.commandLine.appendSwitch('ignore-certificate-errors');",
    ];
    for (const sample of samples) expect(FORBIDDEN.some(([, pattern]) => pattern.test(sample))).toBe(true);
  });

  it('a packaged app refuses to start with switches that accept bad certificates', () => {
    expect(findForbiddenSwitches(['--ignore-certificate-errors'], 'linux')).toEqual(['ignore-certificate-errors']);
    expect(findForbiddenSwitches(['--ignore-certificate-errors-spki-list=abc'], 'linux')).toEqual(['ignore-certificate-errors-spki-list']);
    expect(findForbiddenSwitches(['/Allow-Insecure-Localhost'], 'win32')).toEqual(['allow-insecure-localhost']);
  });

  it('team-server requests use a session of their own, so the page’s network block and settings do not apply to them', () => {
    const index = readFileSync(path.join(ELECTRON_DIR, 'main/index.ts'), 'utf8');
    expect(index).toMatch(/session\.fromPartition\(TEAM_SERVER_PARTITION\)\.fetch\(/);
    expect(index).not.toMatch(/TEAM_SERVER_PARTITION\s*=\s*['"]persist:/);
  });
});
