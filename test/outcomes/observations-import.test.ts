import ExcelJS from 'exceljs';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvFile, seedMiniFramework } from '../helpers/mini-framework';
import { testWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let ids: Awaited<ReturnType<typeof seedMiniFramework>>;
beforeEach(async () => {
  ws = await testWorkspace();
  ids = await seedMiniFramework(ws.db);
});
afterEach(() => ws.close());

const HEADER = 'framework,indicator,period,area_code,value,status,source_note,commentary';
const GOOD_AND_BAD = [
  HEADER,
  'TEST-IS,EMP-1,2025/26 Q1,E08000010,95,final,ONS APS,',
  'test-is,emp-1,15/08/2025,E08000010,"1,020",provisional,,Rounded',
  'TEST-IS,EMP-2,2025/26 Q1,E05014989,12,,,',
  'TEST-IS,NOPE-9,2025/26 Q1,E08000010,1,,,',
  'TEST-IS,EMP-1,2025/26 Q3,E08000010,twelve,,,',
  'TEST-IS,EMP-1,31/02/2026,E08000010,5,,,',
  'TEST-IS,EMP-1,2025/26 Q5,E08000010,5,,,',
  'TEST-IS,EMP-1,2025/26 Q4,E09999999,5,,,',
  'TEST-IS,EMP-1,2025/26 Q4,E08000010,5,maybe,,',
  'TEST-IS,EMP-1,2025/26 Q1,E08000010,96,final,,',
].join('\r\n');

function observationCount(): number {
  return ws.sqlite.prepare('select count(*) from observations').pluck().get() as number;
}

async function badRequest(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    return (error as TRPCError).message;
  }
  throw new Error('expected BAD_REQUEST');
}

describe('observation import', () => {
  it('previews good and bad rows with a reason per rejected row, writes nothing, then commits in one go', async () => {
    const strategy = await ws.as('strategy_officer');
    const preview = await strategy.outcomes.previewObservations(csvFile(GOOD_AND_BAD));
    expect(preview.counts).toEqual({ add: 3, change: 0, rejected: 7 });
    expect(preview.rejected.map((r) => [r.line, r.reason])).toEqual([
      [5, 'No indicator NOPE-9 in framework TEST-IS.'],
      [6, 'The value "twelve" is not a number.'],
      [7, '"31/02/2026" is not a real date.'],
      [8, '"2025/26 Q5" is not a quarterly period (for example 2025/26 Q2).'],
      [9, 'Unknown area code "E09999999".'],
      [10, 'Status must be provisional or final, not "maybe".'],
      [11, 'Repeats line 2 (same indicator, period and area).'],
    ]);
    expect(preview.toAdd.map((r) => [r.period, r.value])).toEqual([
      ['2025/26 Q1', 95],
      ['2025/26 Q2', 1020],
      ['2025/26 Q1', 12],
    ]);
    expect(observationCount()).toBe(0);

    const result = await strategy.outcomes.importObservations({ ...csvFile(GOOD_AND_BAD), fileHash: preview.fileHash });
    expect(result).toMatchObject({ added: 3, changed: 0, rejected: 7 });
    expect(observationCount()).toBe(3);
    const audit = ws.sqlite.prepare("select after_json from audit_log where action = 'observations.import'").pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!)).toMatchObject({ added: 3, fileHash: preview.fileHash });

    // Importing the same file again changes nothing.
    const again = await strategy.outcomes.previewObservations(csvFile(GOOD_AND_BAD));
    expect(again.counts).toEqual({ add: 0, change: 0, rejected: 7 });
    expect(again.unchanged).toBe(3);
    await strategy.outcomes.importObservations({ ...csvFile(GOOD_AND_BAD), fileHash: again.fileHash });
    expect(observationCount()).toBe(3);
  });

  it('keeps the earlier value when a figure is revised: old → new in the preview, both in history', async () => {
    const strategy = await ws.as('strategy_officer');
    const first = csvFile(`${HEADER}\nTEST-IS,EMP-1,2025/26 Q1,E08000010,95,provisional,,`);
    await strategy.outcomes.importObservations({ ...first, fileHash: (await strategy.outcomes.previewObservations(first)).fileHash });
    const revised = csvFile(`${HEADER}\nTEST-IS,EMP-1,2025/26 Q1,E08000010,97,final,ONS revised,`);
    const preview = await strategy.outcomes.previewObservations(revised);
    expect(preview.toChange).toEqual([expect.objectContaining({ value: 97, status: 'final', previous: { value: 95, status: 'provisional', revision: 1, withdrawn: false } })]);
    await strategy.outcomes.importObservations({ ...revised, fileHash: preview.fileHash });
    const leader = await ws.as('leader');
    const detail = await leader.outcomes.indicator({ id: ids.indicatorIds['EMP-1']! });
    const history = await leader.outcomes.indicatorHistory({ id: ids.indicatorIds['EMP-1']! });
    expect(history.rows.map((h) => [h.revision, h.value, h.status, h.superseded])).toEqual([
      [2, 97, 'final', false],
      [1, 95, 'provisional', true],
    ]);
    expect(detail.series.map((s) => s.value)).toEqual([97]);
    expect(() => ws.sqlite.prepare('update observations set value = 1').run()).toThrow(/append-only/);
  });

  it('refuses a commit of a file other than the one previewed', async () => {
    const strategy = await ws.as('strategy_officer');
    const preview = await strategy.outcomes.previewObservations(csvFile(GOOD_AND_BAD));
    const other = csvFile(`${HEADER}\nTEST-IS,EMP-1,2025/26 Q1,E08000010,1,,,`);
    await expect(strategy.outcomes.importObservations({ ...other, fileHash: preview.fileHash })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(observationCount()).toBe(0);
  });

  it('refuses bad files with clear messages and writes nothing', async () => {
    const strategy = await ws.as('strategy_officer');
    expect(await badRequest(strategy.outcomes.previewObservations(csvFile('framework,indicator,period,value\nTEST-IS,EMP-1,2025/26 Q1,1')))).toMatch(/missing column: area_code/);
    expect(await badRequest(strategy.outcomes.previewObservations(csvFile(`${HEADER},colour\n`)))).toMatch(/unexpected column: colour/);
    const latin1 = { filename: 'x.csv', format: 'csv' as const, base64: Buffer.from(`${HEADER}\nTEST-IS,EMP-1,2025/26 Q1,E08000010,5,,£ note,`, 'latin1').toString('base64') };
    expect(await badRequest(strategy.outcomes.previewObservations(latin1))).toMatch(/not UTF-8/);
    expect(await badRequest(strategy.outcomes.previewObservations(csvFile('')))).toMatch(/empty/);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['TEST-IS', 'EMP-1', '2025/26 Q1', 'E08000010', 5]);
    sheet.getCell('E2').value = { formula: 'SUM(1,4)', result: 5 };
    const xlsx = { filename: 'x.xlsx', format: 'xlsx' as const, base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    expect(await badRequest(strategy.outcomes.previewObservations(xlsx))).toMatch(/contains formulas \(E2\).*Paste Special/);
    expect(await badRequest(strategy.outcomes.previewObservations({ filename: 'x.xlsx', format: 'xlsx', base64: Buffer.from('not a zip').toString('base64') }))).toMatch(/could not be read/);

    const huge = { filename: 'huge.csv', format: 'csv' as const, base64: 'A'.repeat(200 * 1024 * 1024 * 4 / 3) };
    const tooLarge = await strategy.outcomes.previewObservations(huge).catch((error: TRPCError) => error);
    expect(tooLarge).toMatchObject({ code: 'BAD_REQUEST' });
    expect(observationCount()).toBe(0);
  });

  it('round-trips: exporting then importing (CSV and XLSX) changes nothing', async () => {
    const strategy = await ws.as('strategy_officer');
    const file = csvFile(GOOD_AND_BAD);
    await strategy.outcomes.importObservations({ ...file, fileHash: (await strategy.outcomes.previewObservations(file)).fileHash });
    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await strategy.outcomes.exportObservations({ format });
      const preview = await strategy.outcomes.previewObservations({ filename: exported.filename, format, base64: exported.base64 });
      expect(preview.counts, format).toEqual({ add: 0, change: 0, rejected: 0 });
      expect(preview.unchanged).toBe(3);
    }
  });

  it('is for editors only: a leader cannot import', async () => {
    const leader = await ws.as('leader');
    await expect(leader.outcomes.previewObservations(csvFile(GOOD_AND_BAD))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
