import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { Pounds, toMoneyCsv, type Cell } from './csv-cells';
import { loadExportData, type ExportAward } from './export-data';

/**
 * Local Government Transparency Code 2015: grants to voluntary, community and social enterprise
 * organisations, one row per award, with the minimum fields (award date, time period, department,
 * beneficiary, registration number, purpose, amount) plus what has been released so far.
 */
export const TRANSPARENCY_COLUMNS = [
  'Organisation name',
  'Department',
  'Beneficiary name',
  'Beneficiary registration number',
  'Award date',
  'Time period',
  'Purpose',
  'Amount awarded (£)',
  'Amount released to date (£)',
  'Award reference',
] as const;

/** Charity number, else company number; both when the partner has both (e.g. a charitable company). */
export function registrationNumber(partner: ExportAward['partner']): string {
  const { charityNumber, companyNumber } = partner;
  if (charityNumber && companyNumber) return `Charity ${charityNumber}; Company ${companyNumber}`;
  return charityNumber ?? companyNumber ?? '';
}

export async function transparencyCodeRows(db: Kysely<DB>, fundId: number | null): Promise<Cell[][]> {
  const { publisher, awards } = await loadExportData(db, fundId);
  return awards.map((a) => [
    publisher.councilName,
    publisher.department,
    a.partner.name,
    registrationNumber(a.partner),
    a.awardDate,
    `${a.plannedStart} to ${a.plannedEnd}`,
    a.purpose,
    new Pounds(a.amountPence),
    new Pounds(a.netReleasedPence),
    a.reference,
  ]);
}

export async function transparencyCodeCsv(db: Kysely<DB>, fundId: number | null): Promise<string> {
  return toMoneyCsv(TRANSPARENCY_COLUMNS, await transparencyCodeRows(db, fundId));
}
