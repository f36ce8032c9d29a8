import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, loadConfig, type LoadConfigOptions } from '../../core/server/config';
import { tempDir } from '../helpers/raw-db';

function configFile(content: unknown): { dir: string; file: string } {
  const dir = tempDir('alignment-desk-config-');
  const file = join(dir, 'server.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  writeFileSync(join(dir, 'cert.pem'), 'not really a certificate');
  writeFileSync(join(dir, 'key.pem'), 'not really a key');
  return { dir, file };
}

const GOOD = {
  listen: { host: '0.0.0.0', port: 8443 },
  publicUrls: ['https://alignment.example.gov.uk', 'https://desk.example.gov.uk:8443/'],
  tls: { certFile: 'cert.pem', keyFile: 'key.pem' },
  workspace: 'data/workspace.sqlite',
  backups: { folder: '/srv/backups', everyHours: 6, keep: 10 },
  sessions: { idleMinutes: 20, absoluteHours: 8 },
  readers: 3,
  logLevel: 'warn',
};

function problemsOf(options: LoadConfigOptions): string[] {
  try {
    loadConfig(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the configuration to be refused');
}

describe('team server configuration', () => {
  it('reads a good file, resolving relative paths against the file and normalising the public URLs', () => {
    const { dir, file } = configFile(GOOD);
    const config = loadConfig({ file, env: {}, cwd: '/' });
    expect(config).toEqual({
      listen: { host: '0.0.0.0', port: 8443 },
      publicUrls: ['https://alignment.example.gov.uk', 'https://desk.example.gov.uk:8443'],
      tls: { certFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') },
      behindProxy: null,
      workspace: join(dir, 'data', 'workspace.sqlite'),
      backups: { folder: '/srv/backups', everyHours: 6, keep: 10 },
      sessions: { idleMinutes: 20, absoluteHours: 8 },
      readers: 3,
      logLevel: 'warn',
      secureCookies: true,
      file,
    });
  });

  it('fills defaults: loopback, port 8443, backups beside the workspace, 30 minutes idle, 12 hours absolute', () => {
    const config = loadConfig({ env: { ALIGNMENT_DESK_WORKSPACE: '/srv/desk/ws.sqlite', ALIGNMENT_DESK_PUBLIC_URLS: 'http://127.0.0.1:8443' }, cwd: '/' });
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(config.backups).toEqual({ folder: '/srv/desk/backups', everyHours: 24, keep: 14 });
    expect(config.sessions).toEqual({ idleMinutes: 30, absoluteHours: 12 });
    expect(config.readers).toBe(2);
    expect(config.secureCookies).toBe(false); // plain HTTP on loopback: development
  });

  it('lets environment variables override the file (and --workspace override both)', () => {
    const { file } = configFile(GOOD);
    const env = {
      ALIGNMENT_DESK_HOST: '10.1.2.3',
      ALIGNMENT_DESK_PORT: '9443',
      ALIGNMENT_DESK_PUBLIC_URLS: 'https://a.example.gov.uk, https://b.example.gov.uk',
      ALIGNMENT_DESK_TRUSTED_PROXIES: '10.0.0.1,10.9.0.0/16',
      ALIGNMENT_DESK_BACKUP_DIR: 'backups-here',
      ALIGNMENT_DESK_BACKUP_KEEP: '3',
      ALIGNMENT_DESK_SESSION_IDLE_MINUTES: '15',
      ALIGNMENT_DESK_READERS: '0',
      ALIGNMENT_DESK_LOG_LEVEL: 'debug',
      ALIGNMENT_DESK_WORKSPACE: '/from/env.sqlite',
    };
    const config = loadConfig({ file, env, cwd: '/work/here' });
    expect(config.listen).toEqual({ host: '10.1.2.3', port: 9443 });
    expect(config.publicUrls).toEqual(['https://a.example.gov.uk', 'https://b.example.gov.uk']);
    expect(config.behindProxy).toEqual({ trustedProxies: ['10.0.0.1', '10.9.0.0/16'] });
    expect(config.backups).toEqual({ folder: '/work/here/backups-here', everyHours: 6, keep: 3 });
    expect(config.sessions).toEqual({ idleMinutes: 15, absoluteHours: 8 });
    expect(config.readers).toBe(0);
    expect(config.logLevel).toBe('debug');
    expect(config.workspace).toBe('/from/env.sqlite');
    expect(loadConfig({ file, env, cwd: '/', workspace: '/from/flag.sqlite' }).workspace).toBe('/from/flag.sqlite');
    // ALIGNMENT_DESK_CONFIG names the file when --config is not given.
    expect(loadConfig({ env: { ALIGNMENT_DESK_CONFIG: file } }).readers).toBe(3);
  });

  it('names the file and the setting for each bad value, in plain English', () => {
    const { file } = configFile({ ...GOOD, listen: { host: '0.0.0.0', port: 'eighty' }, readers: 2.5, logLevel: 'loud', sessions: { idleMinutes: 0 }, lisen: {} });
    const problems = problemsOf({ file, env: {} });
    expect(problems).toEqual(
      expect.arrayContaining([
        `In ${file}, setting "listen.port" should be a whole number from 0 to 65535, not "eighty".`,
        `In ${file}, setting "readers" should be a whole number of reader threads from 0 to 16, not 2.5.`,
        `In ${file}, setting "logLevel" should be one of fatal, error, warn, info, debug, trace, silent, not "loud".`,
        `In ${file}, setting "sessions.idleMinutes" should be a whole number of minutes from 1 to 1440, not 0.`,
        `In ${file}, the top level: unknown setting "lisen" (check the spelling against docs/deploy.md).`,
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('names the environment variable when the bad value came from one, and says what is missing', () => {
    const { file } = configFile({ ...GOOD, workspace: undefined });
    const problems = problemsOf({ file, env: { ALIGNMENT_DESK_PORT: '99999', ALIGNMENT_DESK_TRUSTED_PROXIES: 'proxy.example.gov.uk' } });
    expect(problems).toContain('ALIGNMENT_DESK_PORT (environment variable, setting listen.port) should be a whole number from 0 to 65535, not 99999.');
    expect(problems.some((p) => p.startsWith('ALIGNMENT_DESK_TRUSTED_PROXIES (environment variable, setting behindProxy.trustedProxies.0) should be an IP address or CIDR range'))).toBe(true);
    expect(problems).toContain(`In ${file}, setting "workspace" is missing: it should be the path of the workspace file (in the file, or with ALIGNMENT_DESK_WORKSPACE).`);
  });

  it('says when the file is missing, or is not JSON', () => {
    expect(problemsOf({ file: '/nowhere/server.json', env: {} })).toEqual(['The configuration file /nowhere/server.json (from --config /nowhere/server.json) does not exist.']);
    const { file } = configFile('{ "listen": ');
    expect(problemsOf({ file, env: {} })[0]).toMatch(new RegExp(`^The configuration file ${file} is not valid JSON \\(`));
  });

  it('refuses to listen beyond loopback without TLS and without a trusted proxy, and says why', () => {
    const { file } = configFile({ ...GOOD, tls: undefined });
    const problems = problemsOf({ file, env: {} });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Refusing to listen on 0\.0\.0\.0 \(reachable from other computers\) over plain HTTP: passphrases and session cookies would cross the network unencrypted\./);
    expect(problems[0]).toContain('ALIGNMENT_DESK_TLS_CERT');
    expect(problems[0]).toContain('ALIGNMENT_DESK_TRUSTED_PROXIES');
    // Either remedy is accepted.
    expect(loadConfig({ file, env: { ALIGNMENT_DESK_TRUSTED_PROXIES: '127.0.0.1' } }).behindProxy).toEqual({ trustedProxies: ['127.0.0.1'] });
  });

  it('accepts plain http public URLs only on loopback, and never mixed with https', () => {
    const { file } = configFile({ ...GOOD, publicUrls: ['http://alignment.example.gov.uk'] });
    expect(problemsOf({ file, env: {} })).toEqual([
      `In ${file}, setting "publicUrls": http://alignment.example.gov.uk is plain http. Users must reach a team server over https; plain http is allowed only while the server listens on loopback (127.0.0.1) for development.`,
    ]);
    const mixed = configFile({ ...GOOD, listen: { host: '127.0.0.1', port: 4781 }, tls: undefined, publicUrls: ['http://localhost:4781', 'https://desk.example.gov.uk'] });
    expect(problemsOf({ file: mixed.file, env: {} })[0]).toMatch(/mixes https and http addresses/);
  });

  it('refuses public URLs with a path, query or another scheme, and TLS files that do not exist', () => {
    const { file } = configFile({ ...GOOD, publicUrls: ['https://example.gov.uk/desk', 'ftp://example.gov.uk', 'desk'], tls: { certFile: 'missing.pem', keyFile: 'key.pem' } });
    const problems = problemsOf({ file, env: {} });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe(`In ${file}, setting "publicUrls.0" should be just the scheme, host and port (such as https://alignment.example.gov.uk): the app is served at the root, with no path, query or user name.`);
    expect(problems[1]).toBe(`In ${file}, setting "publicUrls.1" should start with https://, not "ftp://".`);
    expect(problems[2]).toBe(`In ${file}, setting "publicUrls.2" should be a full web address such as https://alignment.example.gov.uk, not "desk".`);
    expect(problems[3]).toMatch(/setting "tls\.certFile": the file .*missing\.pem does not exist\.$/);
  });

  it('knows which listen addresses are loopback', () => {
    expect(['127.0.0.1', '127.3.2.1', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.4', 'desk.example.gov.uk', '128.0.0.1'].some(isLoopbackHost)).toBe(false);
  });
});
