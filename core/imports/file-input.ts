import { z } from 'zod';
import { decodeUtf8, FileFormatError, parseCsv, type ParsedTable } from './csv-parse';
import { parseXlsx } from './xlsx-parse';

/** The largest file an import accepts (the HTTP body cap is a little above this). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importFileInput = z.strictObject({
  filename: z.string().trim().min(1).max(255),
  format: z.enum(['csv', 'xlsx'], { error: 'Import a .csv or .xlsx file' }),
  // base64 of at most MAX_IMPORT_BYTES (4 characters per 3 bytes), checked again after decoding
  base64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, `Files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
});
export type ImportFile = z.infer<typeof importFileInput>;

export async function readTable(file: ImportFile): Promise<{ table: ParsedTable; bytes: Buffer }> {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) throw new FileFormatError(`Files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB; this one is ${(bytes.length / 1024 / 1024).toFixed(1)} MB.`);
  if (bytes.length === 0) throw new FileFormatError('The file is empty.');
  const table = file.format === 'csv' ? parseCsv(decodeUtf8(bytes)) : await parseXlsx(bytes);
  return { table, bytes };
}

/** Maps required and optional header names to column positions, naming any that are missing or unknown. */
export function mapColumns<R extends string, O extends string>(header: string[], required: readonly R[], optional: readonly O[]): Record<R | O, number | undefined> {
  const normalised = header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = required.filter((name) => !normalised.includes(name));
  const known = new Set<string>([...required, ...optional]);
  const unknown = header.filter((_h, i) => normalised[i] !== '' && !known.has(normalised[i]!));
  const duplicated = normalised.filter((h, i) => h !== '' && normalised.indexOf(h) !== i);
  const problems: string[] = [];
  if (missing.length) problems.push(`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (unknown.length) problems.push(`unexpected column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  if (duplicated.length) problems.push(`repeated column${duplicated.length > 1 ? 's' : ''}: ${[...new Set(duplicated)].join(', ')}`);
  if (problems.length) {
    throw new FileFormatError(`The header row does not match: ${problems.join('; ')}. Expected columns: ${[...required, ...optional].join(', ')} (the first ${required.length} are required).`);
  }
  return Object.fromEntries([...required, ...optional].map((name) => [name, normalised.indexOf(name) >= 0 ? normalised.indexOf(name) : undefined])) as Record<R | O, number | undefined>;
}
