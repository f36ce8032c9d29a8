import { poundsCell, toMoneyCsv, type Cell } from './csv-cells';
import type { ThreeSixtyGivingGrant, ThreeSixtyGivingPackage } from './three-sixty-giving';

/**
 * A column of the 360Giving spreadsheet layout: its title as the standard's title path (each
 * schema `title` joined by ':') and the JSON path it comes from. In `path`, `key[]` is a list
 * written without an index (its first item), and a number picks a numbered item, as in
 * "Beneficiary Location:0:Name". Test test/grants/exports checks each title against the schema.
 */
export interface SpreadsheetColumn {
  title: string;
  path: string;
  money?: boolean;
}

const col = (title: string, path: string, money = false): SpreadsheetColumn => ({ title, path, money });

const location = (titlePrefix: string, pathPrefix: string): SpreadsheetColumn[] => [
  col(`${titlePrefix}:Name`, `${pathPrefix}.name`),
  col(`${titlePrefix}:Geographic Code`, `${pathPrefix}.geoCode`),
  col(`${titlePrefix}:Geographic Code Type`, `${pathPrefix}.geoCodeType`),
];

const LEADING: SpreadsheetColumn[] = [
  col('Identifier', 'id'),
  col('Title', 'title'),
  col('Description', 'description'),
  col('Currency', 'currency'),
  col('Amount Awarded', 'amountAwarded', true),
  col('Amount Disbursed', 'amountDisbursed', true),
  col('Award Date', 'awardDate'),
  col('Planned Dates:Start Date', 'plannedDates[].startDate'),
  col('Planned Dates:End Date', 'plannedDates[].endDate'),
  col('Planned Dates:Duration (months)', 'plannedDates[].duration'),
  col('Recipient Org:Identifier', 'recipientOrganization[].id'),
  col('Recipient Org:Name', 'recipientOrganization[].name'),
  col('Recipient Org:Charity Number', 'recipientOrganization[].charityNumber'),
  col('Recipient Org:Company Number', 'recipientOrganization[].companyNumber'),
  ...location('Recipient Org:Location:0', 'recipientOrganization[].location.0'),
  col('Funding Org:Identifier', 'fundingOrganization[].id'),
  col('Funding Org:Name', 'fundingOrganization[].name'),
  col('Funding Org:Department', 'fundingOrganization[].department'),
  col('Grant Programme:Code', 'grantProgramme[].code'),
  col('Grant Programme:Title', 'grantProgramme[].title'),
];

const TRAILING: SpreadsheetColumn[] = [col('From An Open Call?', 'fromOpenCall'), col('Last Modified', 'dateModified'), col('Data Source', 'dataSource')];

/** The columns for a package: beneficiary locations are numbered, as many as the widest grant needs. */
export function spreadsheetColumns(grants: readonly ThreeSixtyGivingGrant[]): SpreadsheetColumn[] {
  const width = Math.max(1, ...grants.map((g) => g.beneficiaryLocation?.length ?? 0));
  const beneficiaries = Array.from({ length: width }, (_, i) => location(`Beneficiary Location:${i}`, `beneficiaryLocation.${i}`)).flat();
  return [...LEADING, ...beneficiaries, ...TRAILING];
}

function valueAt(grant: ThreeSixtyGivingGrant, path: string): unknown {
  let node: unknown = grant;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    const record = node as Record<string, unknown>;
    if (segment.endsWith('[]')) node = (record[segment.slice(0, -2)] as unknown[] | undefined)?.[0];
    else node = /^\d+$/.test(segment) ? (node as unknown[])[Number(segment)] : record[segment];
  }
  return node;
}

/**
 * The package in the 360Giving spreadsheet layout, one grant per row, as CSV. Disbursement
 * transactions (which have no spreadsheet titles in the schema) are summed in Amount Disbursed;
 * the JSON package carries them one by one.
 */
export function to360GivingSpreadsheetCsv(pkg: ThreeSixtyGivingPackage): string {
  const columns = spreadsheetColumns(pkg.grants);
  const rows = pkg.grants.map((grant) =>
    columns.map((c): Cell => {
      const value = valueAt(grant, c.path);
      if (c.money) return poundsCell(value as number | undefined);
      return typeof value === 'string' || typeof value === 'number' ? value : null;
    }),
  );
  return toMoneyCsv(
    columns.map((c) => c.title),
    rows,
  );
}
