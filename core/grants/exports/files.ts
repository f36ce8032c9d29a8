import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema';
import { CSV_MIME, filePayload, type FilePayload } from '../../exports/file-payload';
import { id, isoDate } from '../../shared/validation';
import { refuse } from '../money-errors';
import { financeJournalCsv } from './finance-journal';
import { build360GivingPackage, to360GivingSpreadsheetCsv } from './three-sixty-giving';
import { transparencyCodeCsv } from './transparency-code';

export const JSON_MIME = 'application/json;charset=utf-8';

const fundScope = { fundId: id.nullable().default(null) };
export const export360Input = z.strictObject({ ...fundScope, format: z.enum(['json', 'csv']).default('json') });
export const exportTransparencyInput = z.strictObject(fundScope);
export const exportJournalInput = z
  .strictObject({ ...fundScope, from: isoDate.optional(), to: isoDate.optional() })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'The end date cannot be before the start date' });

async function scopeName(db: Kysely<DB>, fundId: number | null): Promise<string> {
  if (fundId === null) return 'all-funds';
  const fund = await db.selectFrom('funds').select('code').where('id', '=', fundId).executeTakeFirst();
  return fund ? fund.code.toLowerCase().replace(/[^a-z0-9-]+/g, '-') : `fund-${fundId}`;
}

export async function export360Giving(db: Kysely<DB>, input: z.infer<typeof export360Input>, today: string): Promise<FilePayload> {
  const pkg = await build360GivingPackage(db, { fundId: input.fundId, today });
  if (!pkg.grants.length) throw refuse('There are no grants to publish yet: 360Giving data needs at least one award dated on or before today.');
  const base = `360giving-${await scopeName(db, input.fundId)}-${today}`;
  if (input.format === 'csv') return filePayload(`${base}.csv`, CSV_MIME, to360GivingSpreadsheetCsv(pkg));
  return filePayload(`${base}.json`, JSON_MIME, `${JSON.stringify(pkg, null, 2)}\n`);
}

export async function exportTransparencyCode(db: Kysely<DB>, input: z.infer<typeof exportTransparencyInput>, today: string): Promise<FilePayload> {
  return filePayload(`transparency-code-grants-${await scopeName(db, input.fundId)}-${today}.csv`, CSV_MIME, await transparencyCodeCsv(db, input.fundId));
}

export async function exportJournal(db: Kysely<DB>, input: z.infer<typeof exportJournalInput>, today: string): Promise<FilePayload> {
  const period = `${input.from ?? 'start'}-to-${input.to ?? today}`;
  return filePayload(`grants-journal-${await scopeName(db, input.fundId)}-${period}.csv`, CSV_MIME, await financeJournalCsv(db, input));
}
