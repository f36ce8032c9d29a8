import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_COLUMNS } from '../../../core/grants/exports/finance-journal';
import { TRANSPARENCY_COLUMNS } from '../../../core/grants/exports/transparency-code';
import { ROLES } from '../../../core/shared/roles';
import { decode, exportScenario, parseCsv } from './scenario';

let scenario: Awaited<ReturnType<typeof exportScenario>>;
beforeAll(async () => {
  scenario = await exportScenario();
});
afterAll(() => scenario.ws.close());

const records = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
};
const toPence = (decimal: string) => {
  expect(decimal).toMatch(/^-?\d+\.\d{2}$/);
  return Number(decimal.replace('.', ''));
};

describe('Local Government Transparency Code grants CSV', () => {
  it('has one row per award with the Code’s fields', async () => {
    const file = await (await scenario.ws.as('leader')).grants.exportTransparencyCode({ fundId: scenario.fx.fundId });
    expect(file.filename).toMatch(/^transparency-code-grants-lwt-vcfse-.*\.csv$/);
    const { header, rows } = records(decode(file));
    expect(header).toEqual([...TRANSPARENCY_COLUMNS]);
    expect(header).toEqual([
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
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      'Organisation name': 'Test Council',
      Department: 'Strategy and Innovation',
      'Beneficiary name': 'Test Partner 1 (fictional)',
      'Beneficiary registration number': '9990010',
      'Award date': '2025-05-01',
      'Time period': '2025-05-01 to 2026-03-31',
      Purpose: 'One-to-one support for residents furthest from work',
      'Amount awarded (£)': '40000.00',
      'Amount released to date (£)': '20000.00',
      'Award reference': 'LWT-VCFSE-001',
    });
    expect(rows[1]).toMatchObject({ 'Beneficiary registration number': '01234567', 'Amount awarded (£)': '12345.67', 'Amount released to date (£)': '1234.56' });
  });
});

describe('finance journal CSV', () => {
  it('lists releases, and negative lines for the reversal of a released payment and the clawback', async () => {
    const file = await (await scenario.ws.as('strategy_officer')).grants.exportJournal({ fundId: scenario.fx.fundId });
    const { header, rows } = records(decode(file));
    expect(header).toEqual([...JOURNAL_COLUMNS]);
    expect(rows.map((r) => [r['Journal date'], r['Entry type'], r['Payment reference'], r['Amount (£)']])).toEqual([
      ['2025-07-02', 'Payment released', 'BACS-0001', '20000.00'],
      ['2025-08-04', 'Payment released', 'BACS-0005', '1234.56'],
      ['2025-10-01', 'Payment released', 'BACS-0002', '20000.00'],
      ['2025-10-03', 'Reversal of released payment', 'BACS-0002', '-20000.00'],
      ['2025-10-10', 'Payment released', 'BACS-0003', '5000.00'],
      ['2026-01-15', 'Clawback (repayment)', '', '-5000.00'],
    ]);
    expect(rows[0]).toMatchObject({
      'Award reference': 'LWT-VCFSE-001',
      'Partner name': 'Test Partner 1 (fictional)',
      'Partner org id': 'GB-CHC-9990010',
      'Fund code': 'LWT-VCFSE',
      'Cost centre': 'LWT-VCFSE',
      'Gross (£)': '20000.00',
      'Fee (£)': '0.00',
      'Net (£)': '20000.00',
    });
    expect(rows[3]).toMatchObject({ 'Gross (£)': '-20000.00', 'Fee (£)': '0.00', 'Net (£)': '-20000.00', Narrative: 'Reversal of released payment: Paid to the wrong account' });
    // zero-transaction-cost fund: no fee anywhere, gross = net on every line
    for (const r of rows) {
      expect(r['Fee (£)']).toBe('0.00');
      expect(r['Gross (£)']).toBe(r['Net (£)']);
      expect(Number(r['Ledger entry id'])).toBeGreaterThan(0);
    }
    const ledger = (await (await scenario.ws.as('leader')).grants.ledger({ fundId: scenario.fx.fundId })).rows;
    const types = new Map(ledger.map((e) => [e.id, e.type]));
    expect(rows.map((r) => types.get(Number(r['Ledger entry id'])))).toEqual(['release', 'release', 'release', 'reversal', 'release', 'clawback']);
  });

  it('sums to the fund statement’s net released, to the penny', async () => {
    const caller = await scenario.ws.as('finance_officer');
    const { rows } = records(decode(await caller.grants.exportJournal({ fundId: scenario.fx.fundId })));
    const total = rows.reduce((t, r) => t + toPence(r['Amount (£)']!), 0);
    const statement = await caller.grants.fundStatement({ fundId: scenario.fx.fundId });
    expect(total).toBe(statement.totals.netReleasedPence);
    expect(total).toBe(21_234_56);
    const everything = records(decode(await caller.grants.exportJournal({ fundId: null }))).rows;
    expect(everything).toHaveLength(rows.length);
  });

  it('selects lines by journal date, both ends inclusive, and refuses an end before the start', async () => {
    const caller = await scenario.ws.as('admin');
    const file = await caller.grants.exportJournal({ fundId: scenario.fx.fundId, from: '2025-10-01', to: '2025-10-10' });
    expect(file.filename).toMatch(/^grants-journal-lwt-vcfse-2025-10-01-to-2025-10-10\.csv$/);
    expect(records(decode(file)).rows.map((r) => r['Amount (£)'])).toEqual(['20000.00', '-20000.00', '5000.00']);
    await expect(caller.grants.exportJournal({ fundId: scenario.fx.fundId, from: '2025-10-02', to: '2025-10-01' })).rejects.toBeInstanceOf(TRPCError);
  });
});

describe('export procedures', () => {
  it('are open to every role, and refuse an unknown fund', async () => {
    for (const role of ROLES) {
      const caller = await scenario.ws.as(role);
      expect((await caller.grants.exportTransparencyCode({})).filename).toMatch(/all-funds/);
    }
    const caller = await scenario.ws.as('leader');
    await expect(caller.grants.export360Giving({ fundId: 9999, format: 'json' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(scenario.ws.anonymous().grants.exportJournal({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
