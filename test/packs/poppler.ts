import { spawnSync } from 'node:child_process';

/** Runs a poppler-utils command and returns its stdout; a missing tool fails with how to install it. */
export function poppler(command: 'pdfinfo' | 'pdftotext' | 'pdftoppm' | 'pdffonts', args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} was not found: install poppler-utils (e.g. apt-get install poppler-utils) to run the PDF tests`);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Fails unless every poppler tool the tests use is installed. */
export function requirePoppler(): void {
  for (const command of ['pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts'] as const) {
    const result = spawnSync(command, ['-v'], { encoding: 'utf8' });
    if (result.error) throw new Error(`${command} was not found: install poppler-utils (e.g. apt-get install poppler-utils) to run the PDF tests`);
  }
}
