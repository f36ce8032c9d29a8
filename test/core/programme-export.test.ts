import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programmeInput } from '../helpers/programme-input';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await testWorkspace();
  const strategy = await ws.as('strategy_officer');
  await strategy.programmes.create(programmeInput({ code: 'A-1', name: 'Live Well, "Trailblazer"' }));
  await strategy.programmes.create(programmeInput({ code: 'B-2', name: '=HYPERLINK("http://evil.test")', status: 'proposed', fundingLines: [] }));
});
afterEach(() => ws.close());

describe('register export', () => {
  it('writes CSV with quoting, exact pounds from pence and neutralised formulas, honouring filters', async () => {
    const leader = await ws.as('leader');
    const file = await leader.programmes.export({ format: 'csv', sortBy: 'code' });
    expect(file.filename).toMatch(/^programme-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Code,Name,Type,Status,Lead officer,Start date,End date,Total funding (GBP),Confirmed funding (GBP),Archived');
    expect(lines[1]).toBe('A-1,"Live Well, ""Trailblazer""",Devolved programme,Active,"Assistant Director, Economy",2025-04-01,2026-03-31,1200000.00,1200000.00,No');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    const filtered = await leader.programmes.export({ format: 'csv', statuses: ['proposed'] });
    expect(Buffer.from(filtered.base64, 'base64').toString('utf8').trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('writes an XLSX workbook with a header row and money as pounds', async () => {
    const leader = await ws.as('leader');
    const file = await leader.programmes.export({ format: 'xlsx', sortBy: 'code' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Programme register');
    expect(sheet.getRow(1).getCell(1).value).toBe('Code');
    expect(sheet.getRow(2).getCell(2).value).toBe('Live Well, "Trailblazer"');
    expect(sheet.getRow(2).getCell(8).value).toBe(1_200_000);
    expect(sheet.getRow(3).getCell(2).value).toBe(`'=HYPERLINK("http://evil.test")`);
    expect(sheet.getRow(3).getCell(2).formula).toBeUndefined();
  });
});
