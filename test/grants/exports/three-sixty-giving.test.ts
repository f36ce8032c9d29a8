import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build360GivingPackage, durationMonths, spreadsheetColumns, type ThreeSixtyGivingPackage } from '../../../core/grants/exports/three-sixty-giving';
import { packageValidator, readSchema, titleFromSchema } from './official-schema';
import { decode, exportScenario, parseCsv } from './scenario';

let scenario: Awaited<ReturnType<typeof exportScenario>>;
let pkg: ThreeSixtyGivingPackage;
const { validate, grantRef, grantSchemaId } = packageValidator();

beforeAll(async () => {
  scenario = await exportScenario();
  const leader = await scenario.ws.as('leader');
  const file = await leader.grants.export360Giving({ fundId: scenario.fx.fundId, format: 'json' });
  expect(file.filename).toMatch(/^360giving-lwt-vcfse-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.mimeType).toMatch(/^application\/json/);
  pkg = JSON.parse(decode(file)) as ThreeSixtyGivingPackage;
});
afterAll(() => scenario.ws.close());

const grant = (reference: string) => pkg.grants.find((g) => g.id === `360G-wigan-${reference}`)!;

describe('360Giving JSON package', () => {
  it('is valid against the official package schema (draft 2020-12, grant schema by $ref)', () => {
    expect(grantRef).toMatch(/360-giving-schema\.json$/);
    expect(grantSchemaId).toMatch(/1\.4\.3/);
    const valid = validate(pkg);
    if (!valid) console.error(JSON.stringify(validate.errors, null, 2));
    expect(valid).toBe(true);
    expect(pkg.version).toBe('1.4');
    expect(pkg.grants).toHaveLength(2);
  });

  it('makes the validator bite: a day-first award date and a £ currency fail', () => {
    const broken = structuredClone(pkg);
    broken.grants[0]!.awardDate = '01/04/2025';
    (broken.grants[0] as { currency: string }).currency = '£';
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/grants/0/awardDate', '/grants/0/currency']));
    expect(validate({ ...pkg, grants: [] })).toBe(false);
    expect(validate({ ...pkg, grants: [{ ...pkg.grants[0], recipientIndividual: { id: 'IND-1', name: 'Individual Recipient' } }] })).toBe(false);
    expect(validate({ ...pkg, version: '1.4.3' })).toBe(false);
  });

  it('gives amounts to the penny, disbursement net of a reversal and a clawback', () => {
    const a = grant(scenario.awardA.reference);
    expect(a).toMatchObject({ currency: 'GBP', amountAwarded: 40000, amountDisbursed: 20000, fromOpenCall: 'Yes', awardDate: '2025-05-01' });
    expect(a.amountAwarded.toFixed(2)).toBe('40000.00');
    // the released-then-reversed payment is not listed; the clawback is a negative disbursement
    expect(a.disbursementTransaction!.map((t) => [t.transactionDate, t.value])).toEqual([
      ['2025-07-02', 20000],
      ['2025-10-10', 5000],
      ['2026-01-15', -5000],
    ]);
    expect(a.disbursementTransaction!.reduce((t, x) => t + x.value * 100, 0) / 100).toBe(a.amountDisbursed);
    expect(a.disbursementTransaction![0]).toMatchObject({ provider: 'GB-LAE-WGN', recipient: 'GB-CHC-9990010' });
    const b = grant(scenario.awardB.reference);
    expect(b).toMatchObject({ amountAwarded: 12345.67, amountDisbursed: 1234.56, fromOpenCall: 'No', description: 'Community repair cafe' });
    expect(b.title).not.toBe(b.description);
  });

  it('uses 360G-<prefix>-<reference> grant ids and org-id.guide organisation ids', () => {
    for (const g of pkg.grants) expect(g.id).toMatch(/^360G-wigan-[A-Za-z0-9_-]+$/);
    expect(scenario.awardA.reference).toBe('LWT-VCFSE-001');
    const a = grant('LWT-VCFSE-001');
    expect(a.fundingOrganization).toEqual([{ id: 'GB-LAE-WGN', name: 'Test Council', department: 'Strategy and Innovation' }]);
    expect(a.recipientOrganization).toEqual([
      { id: 'GB-CHC-9990010', name: 'Test Partner 1 (fictional)', charityNumber: '9990010', location: [{ name: 'Abram', geoCode: 'E05014989', geoCodeType: 'WD' }] },
    ]);
    expect(grant('LWT-VCFSE-002').recipientOrganization).toEqual([{ id: 'GB-COH-01234567', name: 'Example Works CIC (fictional)', companyNumber: '01234567' }]);
    expect(a.grantProgramme).toEqual([{ code: 'LWT-VCFSE', title: 'Live Well VCFSE fund' }]);
    expect(a.beneficiaryLocation).toEqual([{ name: 'Abram', geoCode: 'E05014989', geoCodeType: 'WD' }]);
    expect(grant('LWT-VCFSE-002').beneficiaryLocation).toBeUndefined();
    expect(a.plannedDates).toEqual([{ startDate: '2025-05-01', endDate: '2026-03-31', duration: 11 }]);
    expect(a.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it('reads the prefix and the council from settings, and leaves out awards dated after today', async () => {
    scenario.ws.sqlite.prepare("insert into workspace_settings (key, value) values ('grant_prefix', 'wigan council'), ('council_org_id', 'GB-LAE-XYZ')").run();
    const early = await build360GivingPackage(scenario.ws.db, { fundId: scenario.fx.fundId, today: '2025-05-15' });
    expect(early.grants.map((g) => g.id)).toEqual(['360G-wigan_council-LWT-VCFSE-001']);
    expect(early.grants[0]!.fundingOrganization[0]!.id).toBe('GB-LAE-XYZ');
    expect(validate(early)).toBe(true);
    scenario.ws.sqlite.prepare("delete from workspace_settings where key in ('grant_prefix', 'council_org_id')").run();
  });

  it('works out planned durations in months', () => {
    expect(durationMonths('2025-04-01', '2026-03-31')).toBe(12);
    expect(durationMonths('2025-05-01', '2025-05-31')).toBe(1);
    expect(durationMonths('2025-05-15', '2025-06-14')).toBe(1);
    expect(durationMonths('2025-05-01', '2025-05-15')).toBe(0.5);
  });
});

describe('360Giving spreadsheet CSV', () => {
  it('uses only column titles built from the official schema titles', () => {
    const schema = readSchema('360-giving-schema.json');
    for (const column of spreadsheetColumns(pkg.grants)) expect(titleFromSchema(schema, column.path), column.path).toBe(column.title);
  });

  it('writes one row per grant with the standard titles', async () => {
    const file = await (await scenario.ws.as('finance_approver')).grants.export360Giving({ fundId: null, format: 'csv' });
    expect(file.filename).toMatch(/^360giving-all-funds-.*\.csv$/);
    const [header, ...rows] = parseCsv(decode(file));
    expect(header).toEqual(
      expect.arrayContaining(['Identifier', 'Title', 'Description', 'Currency', 'Amount Awarded', 'Award Date', 'Recipient Org:Identifier', 'Recipient Org:Name', 'Recipient Org:Charity Number', 'Recipient Org:Company Number']),
    );
    expect(header).toEqual(expect.arrayContaining(['Funding Org:Identifier', 'Funding Org:Name', 'Grant Programme:Code', 'Grant Programme:Title', 'Beneficiary Location:0:Name', 'Beneficiary Location:0:Geographic Code']));
    expect(header).toEqual(expect.arrayContaining(['Beneficiary Location:0:Geographic Code Type', 'Planned Dates:Start Date', 'Planned Dates:End Date', 'Planned Dates:Duration (months)', 'From An Open Call?', 'Amount Disbursed', 'Last Modified']));
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({ Identifier: '360G-wigan-LWT-VCFSE-001', 'Amount Awarded': '40000.00', 'Amount Disbursed': '20000.00', 'Recipient Org:Charity Number': '9990010', 'Beneficiary Location:0:Geographic Code Type': 'WD', 'From An Open Call?': 'Yes', 'Planned Dates:Duration (months)': '11' });
    const second = Object.fromEntries(header!.map((h, i) => [h, rows[1]![i]]));
    expect(second).toMatchObject({ 'Recipient Org:Company Number': '01234567', 'Amount Awarded': '12345.67', 'Amount Disbursed': '1234.56', 'Beneficiary Location:0:Name': '' });
  });
});
