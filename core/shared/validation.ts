import { z } from 'zod';
import { isCalendarDate, isFinancialYear } from './calendar';

/** Optional free text, trimmed, capped. */
export const text = (max: number) => z.string().trim().max(max, `Use ${max} characters or fewer`);

/** Required free text, trimmed, capped. */
export const requiredText = (max: number, what = 'a value') =>
  z.string().trim().min(1, `Enter ${what}`).max(max, `Use ${max} characters or fewer`);

/** Money as a whole, non-negative number of pence (at most £100 billion). */
export const pence = z
  .number({ error: 'Enter an amount in pence' })
  .int('Amounts are whole pence: no fractions of a penny')
  .min(0, 'Amounts cannot be negative')
  .max(10_000_000_000_000, 'That amount is larger than any programme could hold');

export const isoDate = z
  .string()
  .max(10, 'Dates are written YYYY-MM-DD')
  .refine(isCalendarDate, 'Enter a real date, written YYYY-MM-DD');

export const financialYear = z
  .string()
  .max(7)
  .refine(isFinancialYear, 'Financial years run April to March and are written like 2025/26');

/** A GSS/ONS area code such as E05014989 (ward) or E08000010 (borough). */
export const onsCode = z.string().regex(/^[EWSN]\d{8}$/, 'ONS codes look like E05014989');

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
