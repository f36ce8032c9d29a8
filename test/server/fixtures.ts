import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../core/server/logger';
import { tempDir } from '../helpers/raw-db';
import { freePort } from '../helpers/free-port';

export { freePort };

/** A pino logger writing JSON lines into memory, for assertions. */
export function memoryLogger(): { logger: Logger; lines: () => Array<Record<string, unknown>>; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination: stream });
  const text = () => chunks.join('');
  return {
    logger,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A stand-in for renderer/dist: one index.html. */
export function fakeRenderer(): string {
  const dir = join(tempDir('alignment-desk-renderer-'), 'dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Alignment Desk</title>');
  return dir;
}
