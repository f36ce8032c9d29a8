import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { loadExportData, pounds, type ExportArea, type ExportAward, type PublisherSettings } from './export-data';

export { spreadsheetColumns, to360GivingSpreadsheetCsv } from './three-sixty-giving-csv';

/** The package schema wants major.minor (`^\d+\.\d+$`); the grants follow the 1.4.x schema. */
export const PACKAGE_VERSION = '1.4';

export interface GrantLocation {
  name: string;
  geoCode: string;
  geoCodeType?: string;
}
export interface GrantOrganization {
  id: string;
  name: string;
  department?: string;
  charityNumber?: string;
  companyNumber?: string;
  location?: GrantLocation[];
}
export interface GrantTransaction {
  id: string;
  transactionDate: string;
  value: number;
  description?: string;
  provider: string;
  recipient: string;
}
export interface ThreeSixtyGivingGrant {
  id: string;
  title: string;
  description: string;
  currency: 'GBP';
  amountAwarded: number;
  amountDisbursed: number;
  awardDate: string;
  plannedDates: Array<{ startDate: string; endDate: string; duration: number }>;
  recipientOrganization: GrantOrganization[];
  fundingOrganization: GrantOrganization[];
  grantProgramme: Array<{ code: string; title: string }>;
  beneficiaryLocation?: GrantLocation[];
  fromOpenCall: 'Yes' | 'No';
  disbursementTransaction?: GrantTransaction[];
  dateModified: string;
  dataSource?: string;
}
export interface ThreeSixtyGivingPackage {
  grants: ThreeSixtyGivingGrant[];
  version: string;
  title: string;
  description: string;
  issued: string;
  modified: string;
  identifier: string;
  publisher: { identifier: string; name: string };
}

/** A 360Giving identifier segment: no line breaks, no '/', whitespace as '_'. */
function idSegment(value: string): string {
  return value.trim().replace(/\//g, '-').replace(/\s+/g, '_');
}

export function grantIdentifier(prefix: string, reference: string): string {
  return `360G-${idSegment(prefix)}-${idSegment(reference)}`;
}

/** A partner without a registered number gets an identifier under the council's own prefix. */
export function recipientIdentifier(prefix: string, partner: ExportAward['partner']): string {
  return partner.orgId?.trim() || `360G-${idSegment(prefix)}-partner-${partner.id}`;
}

/** The 360Giving geoCodeType, read from the GSS entity part of an ONS code (E05 ward, E08 metropolitan district...). */
const GEO_CODE_TYPES: Record<string, string> = { E05: 'WD', W05: 'WD', S13: 'WD', E06: 'UA', W06: 'UA', E07: 'NMD', E08: 'MD', E09: 'LONB', E10: 'CTY', E12: 'RGN/GOR', S12: 'CA' };

function location(area: ExportArea): GrantLocation {
  const geoCodeType = GEO_CODE_TYPES[area.code.slice(0, 3)];
  return geoCodeType ? { name: area.name, geoCode: area.code, geoCodeType } : { name: area.name, geoCode: area.code };
}

/** Months from the start to the end date inclusive, to one decimal place (1 May–31 Mar = 11). */
export function durationMonths(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const after = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000);
  let months = (after.getUTCFullYear() - sy) * 12 + (after.getUTCMonth() + 1 - sm);
  let days = after.getUTCDate() - sd;
  if (days < 0) {
    months -= 1;
    days += new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), 0)).getUTCDate();
  }
  return Math.round((months + days / 30.44) * 10) / 10;
}

/** The description is the purpose; the DQT flags a description that merely repeats the title. */
function describe(award: ExportAward): string {
  const purpose = award.purpose.trim();
  if (purpose.toLowerCase() !== award.title.trim().toLowerCase()) return purpose;
  return `${purpose}: a ${award.fund.name} grant to ${award.partner.name}`;
}

export function toGrant(award: ExportAward, publisher: PublisherSettings): ThreeSixtyGivingGrant {
  const id = grantIdentifier(publisher.grantPrefix, award.reference);
  const recipientId = recipientIdentifier(publisher.grantPrefix, award.partner);
  const recipient: GrantOrganization = { id: recipientId, name: award.partner.name };
  if (award.partner.charityNumber) recipient.charityNumber = award.partner.charityNumber;
  if (award.partner.companyNumber) recipient.companyNumber = award.partner.companyNumber;
  if (award.partner.ward) recipient.location = [location(award.partner.ward)];
  const transaction = (kind: string, entryId: number, date: string, pence: number, description?: string): GrantTransaction => ({
    id: `${id}-${kind}-${entryId}`,
    transactionDate: date,
    value: pounds(pence),
    ...(description ? { description } : {}),
    provider: publisher.councilOrgId,
    recipient: recipientId,
  });
  // The schema puts no minimum on a transaction value, so a repayment is published as a negative
  // disbursement. A released payment that was later reversed never reached the partner: neither it
  // nor its reversal is listed. The transactions therefore add up to amountDisbursed.
  const transactions = award.movements.flatMap((m) => {
    if (m.kind === 'release' && !m.reversedLater) return [transaction('payment', m.paymentId!, m.date, m.grossPence)];
    if (m.kind === 'clawback') return [transaction('clawback', m.entryId, m.date, m.grossPence, 'Repayment of grant (clawback)')];
    return [];
  });
  const grant: ThreeSixtyGivingGrant = {
    id,
    title: award.title.trim(),
    description: describe(award),
    currency: 'GBP',
    amountAwarded: pounds(award.amountPence),
    amountDisbursed: pounds(award.netReleasedPence),
    awardDate: award.awardDate,
    plannedDates: [{ startDate: award.plannedStart, endDate: award.plannedEnd, duration: durationMonths(award.plannedStart, award.plannedEnd) }],
    recipientOrganization: [recipient],
    fundingOrganization: [{ id: publisher.councilOrgId, name: publisher.councilName, department: publisher.department }],
    grantProgramme: [{ code: award.fund.code, title: award.fund.name }],
    fromOpenCall: award.route === 'open_call' ? 'Yes' : 'No',
    dateModified: award.lastModified,
  };
  if (award.areas.length) grant.beneficiaryLocation = award.areas.map(location);
  if (transactions.length) grant.disbursementTransaction = transactions;
  if (publisher.dataSource) grant.dataSource = publisher.dataSource;
  return grant;
}

/**
 * The council's grants as a 360Giving JSON package. Left out: awards dated after `today` (the
 * DQT treats a future award date as critical) and cancelled awards that never released money.
 */
export async function build360GivingPackage(db: Kysely<DB>, options: { fundId?: number | null; today: string }): Promise<ThreeSixtyGivingPackage> {
  const { publisher, fund, awards } = await loadExportData(db, options.fundId ?? null);
  const published = awards.filter((a) => a.awardDate <= options.today && (a.status !== 'cancelled' || a.movements.length > 0));
  const grants = published.map((a) => toGrant(a, publisher));
  const scope = fund ? `${fund.name} (${fund.code})` : 'all funds';
  return {
    grants,
    version: PACKAGE_VERSION,
    title: `${publisher.councilName} grants to VCFSE organisations: ${scope}`,
    description: `Grants awarded by ${publisher.councilName} from ${scope}, with amounts paid to date, as at ${options.today}.`,
    issued: options.today,
    modified: grants.reduce((latest, g) => (g.dateModified > latest ? g.dateModified : latest), '') || options.today,
    identifier: `360G-${idSegment(publisher.grantPrefix)}-${fund ? `${idSegment(fund.code)}-` : ''}${options.today}`,
    publisher: { identifier: publisher.councilOrgId, name: publisher.councilName },
  };
}
