import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The team server's configuration: a JSON file (ALIGNMENT_DESK_CONFIG or --config) plus environment
 * variables, which win over the file. Everything is checked before anything starts, and every problem
 * is reported in plain English naming the file or variable and the setting.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8443,
  backupEveryHours: 24,
  backupKeep: 14,
  idleMinutes: 30,
  absoluteHours: 12,
  readers: 2,
  logLevel: 'info' as LogLevel,
} as const;

/** The checked configuration; paths are absolute. */
export interface TeamServerConfig {
  listen: { host: string; port: number };
  /** The addresses users type, as origins (`https://desk.example.gov.uk`, no trailing slash). */
  publicUrls: string[];
  /** HTTPS with these PEM files; null when a trusted proxy terminates TLS (or on loopback for development). */
  tls: { certFile: string; keyFile: string } | null;
  /** Proxies whose X-Forwarded-For/-Proto/-Host are believed; null when clients connect directly. */
  behindProxy: { trustedProxies: string[] } | null;
  workspace: string;
  /** Scheduled verified backups; `everyHours` 0 = none scheduled (the pre-upgrade backup is still made). */
  backups: { folder: string; everyHours: number; keep: number };
  /** Session lifetimes (idle and absolute), enforced by the database side. */
  sessions: { idleMinutes: number; absoluteHours: number };
  readers: number;
  logLevel: LogLevel;
  /** Cookies carry Secure: every public URL is https. False only for plain HTTP on loopback (development). */
  secureCookies: boolean;
  /** The configuration file read, if any. */
  file: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The team server's configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Kind = 'string' | 'number' | 'list' | 'path';
/** Environment variables, each over one setting of the file. */
export const ENVIRONMENT: ReadonlyArray<{ name: string; path: string; kind: Kind; meaning: string }> = [
  { name: 'ALIGNMENT_DESK_HOST', path: 'listen.host', kind: 'string', meaning: 'Address to listen on (default 127.0.0.1)' },
  { name: 'ALIGNMENT_DESK_PORT', path: 'listen.port', kind: 'number', meaning: 'Port to listen on (default 8443)' },
  { name: 'ALIGNMENT_DESK_PUBLIC_URLS', path: 'publicUrls', kind: 'list', meaning: 'The address(es) users type, comma-separated' },
  { name: 'ALIGNMENT_DESK_WORKSPACE', path: 'workspace', kind: 'path', meaning: 'The workspace file' },
  { name: 'ALIGNMENT_DESK_TLS_CERT', path: 'tls.certFile', kind: 'path', meaning: 'TLS certificate (PEM, with any intermediate certificates)' },
  { name: 'ALIGNMENT_DESK_TLS_KEY', path: 'tls.keyFile', kind: 'path', meaning: 'TLS private key (PEM)' },
  { name: 'ALIGNMENT_DESK_TRUSTED_PROXIES', path: 'behindProxy.trustedProxies', kind: 'list', meaning: 'Reverse proxy addresses (or CIDR ranges) to trust for X-Forwarded-*, comma-separated' },
  { name: 'ALIGNMENT_DESK_BACKUP_DIR', path: 'backups.folder', kind: 'path', meaning: 'Folder for scheduled and pre-upgrade backups' },
  { name: 'ALIGNMENT_DESK_BACKUP_EVERY_HOURS', path: 'backups.everyHours', kind: 'number', meaning: 'Hours between scheduled backups (default 24; 0 = none)' },
  { name: 'ALIGNMENT_DESK_BACKUP_KEEP', path: 'backups.keep', kind: 'number', meaning: 'Scheduled backups kept (default 14)' },
  { name: 'ALIGNMENT_DESK_SESSION_IDLE_MINUTES', path: 'sessions.idleMinutes', kind: 'number', meaning: 'Sign out after this many minutes unused (default 30)' },
  { name: 'ALIGNMENT_DESK_SESSION_ABSOLUTE_HOURS', path: 'sessions.absoluteHours', kind: 'number', meaning: 'Sign out this many hours after sign-in (default 12)' },
  { name: 'ALIGNMENT_DESK_READERS', path: 'readers', kind: 'number', meaning: 'Reader threads beside the writer (default 2)' },
  { name: 'ALIGNMENT_DESK_LOG_LEVEL', path: 'logLevel', kind: 'string', meaning: 'fatal, error, warn, info (default), debug, trace or silent' },
];
export const CONFIG_FILE_VARIABLE = 'ALIGNMENT_DESK_CONFIG';

const text = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const whole = (what: string, min: number, max: number) => z.number({ error: what }).int({ error: what }).min(min, { error: what }).max(max, { error: what });
const count = (what: string, min: number, max: number) => z.number({ error: what }).min(min, { error: what }).max(max, { error: what });

const addressOrRange = z.string({ error: 'an IP address or CIDR range such as 10.0.0.0/24' }).refine(isAddressOrRange, { error: 'an IP address or CIDR range such as 10.0.0.0/24 (host names are not accepted: a proxy is recognised by its address)' });

const fileSchema = z.strictObject({
  listen: z
    .strictObject({
      host: text('an IP address or host name to listen on, such as 0.0.0.0 or 127.0.0.1').default(DEFAULTS.host),
      port: whole('a whole number from 0 to 65535', 0, 65535).default(DEFAULTS.port),
    })
    .default({ host: DEFAULTS.host, port: DEFAULTS.port }),
  publicUrls: z.array(text('a web address such as https://alignment.example.gov.uk'), { error: 'a list of web addresses such as ["https://alignment.example.gov.uk"]' }).min(1, { error: 'at least one web address (the address users type)' }),
  tls: z.strictObject({ certFile: text('the path of the certificate file (PEM)'), keyFile: text('the path of the private key file (PEM)') }, { error: 'an object with certFile and keyFile' }).optional(),
  behindProxy: z
    .strictObject({ trustedProxies: z.array(addressOrRange, { error: 'a list of proxy addresses' }).min(1, { error: 'at least one proxy address' }) }, { error: 'an object with trustedProxies' })
    .optional(),
  workspace: text('the path of the workspace file'),
  backups: z
    .strictObject({
      folder: text('the path of a folder for backups').optional(),
      everyHours: count('a number of hours from 0 (no scheduled backups) to 168', 0, 168).default(DEFAULTS.backupEveryHours),
      keep: whole('a whole number of backups to keep, from 1 to 1000', 1, 1000).default(DEFAULTS.backupKeep),
    })
    .default({ everyHours: DEFAULTS.backupEveryHours, keep: DEFAULTS.backupKeep }),
  sessions: z
    .strictObject({
      idleMinutes: whole('a whole number of minutes from 1 to 1440', 1, 1440).default(DEFAULTS.idleMinutes),
      absoluteHours: whole('a whole number of hours from 1 to 168', 1, 168).default(DEFAULTS.absoluteHours),
    })
    .default({ idleMinutes: DEFAULTS.idleMinutes, absoluteHours: DEFAULTS.absoluteHours }),
  readers: whole('a whole number of reader threads from 0 to 16', 0, 16).default(DEFAULTS.readers),
  logLevel: z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }).default(DEFAULTS.logLevel),
});

export function isAddressOrRange(value: string): boolean {
  const [address, bits, extra] = value.trim().split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/** Whether a listen address only accepts connections from this computer. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:127\./.test(h);
}

export interface LoadConfigOptions {
  /** The configuration file (--config); ALIGNMENT_DESK_CONFIG otherwise; none is fine if the environment says everything. */
  file?: string | undefined;
  /** --workspace: wins over the file and the environment. */
  workspace?: string | undefined;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

type Source = { kind: 'file'; file: string } | { kind: 'env'; name: string } | { kind: 'flag'; name: string };

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function envValue(raw: string, kind: Kind): unknown {
  if (kind === 'list') return raw.split(',').map((part) => part.trim()).filter(Boolean);
  if (kind === 'number') return /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
  return raw;
}

function plainType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Reads, merges and checks the configuration; throws ConfigError listing every problem. */
export function loadConfig(options: LoadConfigOptions = {}): TeamServerConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const fileName = options.file ?? (env[CONFIG_FILE_VARIABLE]?.trim() || undefined);
  const file = fileName ? resolve(cwd, fileName) : null;
  const fileDir = file ? dirname(file) : cwd;

  let raw: Record<string, unknown> = {};
  if (file) {
    const named = options.file ? `--config ${options.file}` : `${CONFIG_FILE_VARIABLE}=${fileName}`;
    if (!existsSync(file)) throw new ConfigError([`The configuration file ${file} (from ${named}) does not exist.`]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError([`The configuration file ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`]);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError([`The configuration file ${file} should hold one JSON object ({ … }).`]);
    raw = parsed as Record<string, unknown>;
  }

  // Which setting came from where, for the messages; the environment (then --workspace) wins.
  const sources = new Map<string, Source>();
  const fromEnv = new Set<string>();
  for (const variable of ENVIRONMENT) {
    const value = env[variable.name];
    if (value === undefined || value.trim() === '') continue;
    setPath(raw, variable.path, envValue(value, variable.kind));
    sources.set(variable.path, { kind: 'env', name: variable.name });
    fromEnv.add(variable.path);
  }
  if (options.workspace !== undefined) {
    raw.workspace = options.workspace;
    sources.set('workspace', { kind: 'flag', name: '--workspace' });
    fromEnv.add('workspace');
  }

  const where = (path: readonly PropertyKey[]): string => {
    const dotted = path.map(String).join('.');
    for (let n = path.length; n > 0; n--) {
      const source = sources.get(path.slice(0, n).map(String).join('.'));
      if (source?.kind === 'env') return `${source.name} (environment variable, setting ${dotted})`;
      if (source?.kind === 'flag') return `${source.name}`;
    }
    const setting = dotted ? `setting "${dotted}"` : 'the top level';
    return file ? `In ${file}, ${setting}` : `The ${setting} (no configuration file was given: use --config FILE or ${CONFIG_FILE_VARIABLE})`;
  };

  const result = fileSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `${where(issue.path)}: unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against docs/deploy.md).`;
      }
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        const variable = ENVIRONMENT.find((v) => v.path === issue.path.map(String).join('.'));
        return `${where(issue.path)} is missing: it should be ${issue.message}${variable ? ` (in the file, or with ${variable.name})` : ''}.`;
      }
      return `${where(issue.path)} should be ${issue.message}, not ${plainType(input)}.`;
    });
    throw new ConfigError(problems);
  }
  const parsed = result.data;

  // Relative paths in the file are relative to the file; elsewhere to the working folder.
  const pathOf = (setting: string, value: string) => (isAbsolute(value) ? value : resolve(fromEnv.has(setting) ? cwd : fileDir, value));
  const workspace = pathOf('workspace', parsed.workspace);
  const problems: string[] = [];

  const publicUrls: string[] = [];
  parsed.publicUrls.forEach((value, index) => {
    const at = where(['publicUrls', index]);
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${at} should be a full web address such as https://alignment.example.gov.uk, not "${value}".`);
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return void problems.push(`${at} should start with https://, not "${url.protocol}//".`);
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
      return void problems.push(`${at} should be just the scheme, host and port (such as https://alignment.example.gov.uk): the app is served at the root, with no path, query or user name.`);
    }
    publicUrls.push(url.origin);
  });

  const loopback = isLoopbackHost(parsed.listen.host);
  const tls = parsed.tls ? { certFile: pathOf('tls.certFile', parsed.tls.certFile), keyFile: pathOf('tls.keyFile', parsed.tls.keyFile) } : null;
  const behindProxy = parsed.behindProxy ? { trustedProxies: parsed.behindProxy.trustedProxies.map((p) => p.trim()) } : null;
  if (!loopback && !tls && !behindProxy) {
    problems.push(
      `Refusing to listen on ${parsed.listen.host} (reachable from other computers) over plain HTTP: passphrases and session cookies would cross the network unencrypted. ` +
        'Either give a TLS certificate and key ("tls": { "certFile", "keyFile" } or ALIGNMENT_DESK_TLS_CERT and ALIGNMENT_DESK_TLS_KEY), ' +
        'or put the server behind a reverse proxy that terminates TLS and name it ("behindProxy": { "trustedProxies": [...] } or ALIGNMENT_DESK_TRUSTED_PROXIES). ' +
        'For development on this computer only, listen on 127.0.0.1.',
    );
  }
  const plain = publicUrls.filter((url) => url.startsWith('http:'));
  if (plain.length > 0 && !loopback) {
    problems.push(`${where(['publicUrls'])}: ${plain.join(', ')} ${plain.length === 1 ? 'is' : 'are'} plain http. Users must reach a team server over https; plain http is allowed only while the server listens on loopback (127.0.0.1) for development.`);
  } else if (plain.length > 0 && plain.length < publicUrls.length) {
    problems.push(`${where(['publicUrls'])}: mixes https and http addresses. Use https throughout, or only http on loopback for development (session cookies are Secure or not for the whole server).`);
  }
  if (tls) {
    for (const [setting, path] of [['tls.certFile', tls.certFile], ['tls.keyFile', tls.keyFile]] as const) {
      if (!existsSync(path)) problems.push(`${where(setting.split('.'))}: the file ${path} does not exist.`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    listen: { host: parsed.listen.host, port: parsed.listen.port },
    publicUrls,
    tls,
    behindProxy,
    workspace,
    backups: {
      folder: parsed.backups.folder ? pathOf('backups.folder', parsed.backups.folder) : join(dirname(workspace), 'backups'),
      everyHours: parsed.backups.everyHours,
      keep: parsed.backups.keep,
    },
    sessions: { idleMinutes: parsed.sessions.idleMinutes, absoluteHours: parsed.sessions.absoluteHours },
    readers: parsed.readers,
    logLevel: parsed.logLevel,
    secureCookies: plain.length === 0,
    file,
  };
}
