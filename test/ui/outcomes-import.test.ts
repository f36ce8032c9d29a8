import { describe, expect, it } from 'vitest';
import { bytesToBase64, checkImportFile, countCsvRows, formatBytes, importFormatOf, importLimitBytes, MAX_IMPORT_BYTES, readPercent } from '../../renderer/src/screens/outcomes-import/import-file';
import { affectedIndicators, resultSummary, summarisePreview } from '../../renderer/src/screens/outcomes-import/import-preview';

describe('import files', () => {
  it('knows .csv and .xlsx files by name', () => {
    expect(importFormatOf('figures.CSV')).toBe('csv');
    expect(importFormatOf('Q2 return.xlsx')).toBe('xlsx');
    expect(importFormatOf('old.xls')).toBeNull();
    expect(importFormatOf('notes')).toBeNull();
  });

  it('refuses wrong kinds, empty files and files over 20 MB before reading them', () => {
    expect(checkImportFile({ name: 'a.csv', size: 10 })).toBeNull();
    expect(checkImportFile({ name: 'a.xlsx', size: MAX_IMPORT_BYTES })).toBeNull();
    expect(checkImportFile({ name: 'a.csv', size: MAX_IMPORT_BYTES + 1 })).toMatch(/is 20 MB\. Files are limited to 20 MB/);
    expect(checkImportFile({ name: 'big.csv', size: 31 * 1024 * 1024 })).toBe('"big.csv" is 31 MB. Files are limited to 20 MB: split it into smaller files and import each one.');
    expect(checkImportFile({ name: 'a.pdf', size: 10 })).toMatch(/not a \.csv or \.xlsx file/);
    expect(checkImportFile({ name: 'a.csv', size: 0 })).toBe('"a.csv" is empty.');
  });

  it('keeps desktop files within what the IPC bridge carries once base64-encoded', () => {
    expect(importLimitBytes('http', 2 * 1024 * 1024)).toBe(MAX_IMPORT_BYTES);
    const desktop = importLimitBytes('desktop', 2 * 1024 * 1024);
    expect(Math.ceil(desktop / 3) * 4 + 200).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(desktop).toBeGreaterThan(1.4 * 1024 * 1024);
    expect(importLimitBytes('desktop', 64 * 1024 * 1024)).toBe(MAX_IMPORT_BYTES);
    expect(checkImportFile({ name: 'a.csv', size: 2_000_000 }, desktop)).toMatch(/Files are limited to 1\.5 MB/);
  });

  it('formats sizes and progress', () => {
    expect(formatBytes(500)).toBe('500 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(readPercent(50, 200)).toBe(25);
    expect(readPercent(5, 0)).toBe(0);
    expect(readPercent(300, 200)).toBe(100);
  });

  it('encodes bytes as base64, also for files larger than one slice', () => {
    expect(bytesToBase64(new TextEncoder().encode('a,b'))).toBe('YSxi');
    expect(bytesToBase64(new Uint8Array())).toBe('');
    const large = new Uint8Array(100_000).map((_v, i) => i % 256);
    expect(bytesToBase64(large)).toBe(Buffer.from(large).toString('base64'));
  });

  it('counts the data rows of a CSV, ignoring blank lines and either line ending', () => {
    const count = (text: string) => countCsvRows(new TextEncoder().encode(text));
    expect(count('h1,h2\r\na,b\r\nc,d\r\n')).toBe(2);
    expect(count('h1,h2\na,b\n\n  \nc,d')).toBe(2);
    expect(count('h1,h2')).toBe(0);
    expect(count('')).toBe(0);
  });
});

describe('import previews', () => {
  const preview = {
    totalRows: 12,
    counts: { add: 250, change: 2, rejected: 1 },
    unchanged: 1,
    toAdd: new Array(200).fill({}),
    toChange: [{}, {}],
    rejected: [{}],
  };

  it('summarises the counts in a sentence and says when tables are cut short', () => {
    const summary = summarisePreview(preview);
    expect(summary.headline).toBe('12 rows read: 250 to add, 2 to change, 1 already up to date and 1 rejected.');
    expect(summary.canConfirm).toBe(true);
    expect(summary.truncation).toEqual({ add: 'Showing the first 200 of 250 rows to add.', change: null, rejected: null });
  });

  it('has nothing to confirm when every row is rejected or unchanged', () => {
    const summary = summarisePreview({ ...preview, totalRows: 1, counts: { add: 0, change: 0, rejected: 1 }, toAdd: [], toChange: [] });
    expect(summary.canConfirm).toBe(false);
    expect(summary.headline).toBe('1 row read: 0 to add, 0 to change, 1 already up to date and 1 rejected.');
  });

  it('lists each affected indicator once', () => {
    expect(
      affectedIndicators([
        { framework: 'wgn-pwu', indicator: 'PWU-1' },
        { framework: 'WGN-PWU', indicator: 'pwu-1' },
        { framework: 'GMCA-IS', indicator: 'IS-2' },
      ]),
    ).toEqual([
      { framework: 'WGN-PWU', indicator: 'PWU-1' },
      { framework: 'GMCA-IS', indicator: 'IS-2' },
    ]);
  });

  it('reports the result', () => {
    expect(resultSummary({ added: 3, changed: 0, unchanged: 0, rejected: 0 })).toBe('Imported: 3 added, 0 changed.');
    expect(resultSummary({ added: 3, changed: 1, unchanged: 1, rejected: 4 })).toBe('Imported: 3 added, 1 changed. 1 row was already up to date; 4 rejected rows were skipped.');
  });
});
