import pino, { type DestinationStream, type Logger } from 'pino';
import type { RequestLogEntry } from '../transport/http-server';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

/**
 * Belt and braces: nothing the server logs carries headers, cookies, tokens or passphrases (the
 * request line is built field by field in http-server.ts), but should such a field ever be passed to
 * the logger, pino replaces its value.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'passphrase',
  'password',
  'token',
  'headers',
  '*.authorization',
  '*.cookie',
  '*.passphrase',
  '*.password',
  '*.token',
  '*.headers',
  '*["set-cookie"]',
  '*.*.authorization',
  '*.*.cookie',
  '*.*.passphrase',
  '*.*.token',
];

/** JSON lines on stdout (or `destination`), one object per event, with ISO timestamps. */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'alignment-desk-server', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** http-server's per-request hook as one log line: 5xx as errors, 4xx as warnings. */
export function requestLogger(logger: Logger): (entry: RequestLogEntry) => void {
  return (entry) => {
    const line = { requestId: entry.requestId, method: entry.method, path: entry.path, status: entry.status, ms: entry.ms, clientAddress: entry.clientAddress };
    if (entry.status >= 500) logger.error(line, 'request');
    else if (entry.status >= 400 || entry.status === 0) logger.warn(line, 'request');
    else logger.info(line, 'request');
  };
}
