import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAward } from '../../core/grants/awards-service';
import { FieldErrorsCause, type FieldErrors } from '../../core/shared/field-errors';
import { databaseChecksum } from '../helpers/db-checksum';
import { awardInput, seedGrantsFixture } from '../helpers/grants-fixture';
import { testWorkspace, type Caller, type TestWorkspace } from '../helpers/workspace';

/** Dates that make sense: funds, awards and instalments (issue 9). The fixture's fund runs 1 April 2025 to 31 March 2035. */

let ws: TestWorkspace;
let fx: Awaited<ReturnType<typeof seedGrantsFixture>>;
let finance: Caller;
beforeEach(async () => {
  ws = await testWorkspace();
  fx = await seedGrantsFixture(ws);
  finance = await ws.as('finance_officer');
});
afterEach(() => ws.close());

/** The field errors of a refusal, checking that it was refused and that the database did not change. */
async function refusedFields(call: () => Promise<unknown>): Promise<FieldErrors> {
  const before = databaseChecksum(ws.sqlite);
  let error: unknown = null;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  expect(error, 'expected a refusal').toBeInstanceOf(TRPCError);
  expect((error as TRPCError).message).toBe('Some fields need attention.');
  expect(databaseChecksum(ws.sqlite)).toBe(before);
  const cause = (error as TRPCError).cause;
  expect(cause).toBeInstanceOf(FieldErrorsCause);
  return (cause as FieldErrorsCause).fieldErrors;
}

/** An award of £1,000 in two instalments with the given dates. */
function award(dates: { awardDate: string; plannedStart: string; plannedEnd: string; due: [string, string] }, fundId = fx.fundId) {
  return {
    ...awardInput(fundId, fx.partnerIds[0]!, 100_000, 2),
    routeJustification: '',
    basisJustification: '',
    awardDate: dates.awardDate,
    plannedStart: dates.plannedStart,
    plannedEnd: dates.plannedEnd,
    instalments: [
      { dueDate: dates.due[0], amountPence: 50_000 },
      { dueDate: dates.due[1], amountPence: 50_000 },
    ],
  };
}

async function shortFund(code: string, firstFinancialYear: string, lastFinancialYear: string, endDate: string): Promise<number> {
  return (await finance.grants.createFund({ programmeId: fx.programmeId, code, name: `${code} fund`, source: 'Council', allocationPence: 10_000_000, firstFinancialYear, lastFinancialYear, endDate, zeroTransactionCost: false })).id;
}

describe('award dates against the fund', () => {
  it('refuses an award dated before its fund starts, at the award date, and writes nothing', async () => {
    const errors = await refusedFields(() => finance.grants.createAward(award({ awardDate: '2025-03-31', plannedStart: '2025-04-01', plannedEnd: '2025-09-30', due: ['2025-06-30', '2025-09-30'] })));
    expect(errors).toEqual({ awardDate: ['The award date must be on or after 1 April 2025, when fund LWT-VCFSE starts'] });
  });

  it('refuses a planned period that starts before the fund or ends after it, each at its own field', async () => {
    const errors = await refusedFields(() => finance.grants.createAward(award({ awardDate: '2025-04-01', plannedStart: '2025-03-01', plannedEnd: '2035-04-01', due: ['2025-06-30', '2035-03-31'] })));
    expect(errors).toEqual({
      plannedStart: ['The planned start must be on or after 1 April 2025, when fund LWT-VCFSE starts'],
      plannedEnd: ['The planned end must be on or before 31 March 2035, when fund LWT-VCFSE ends'],
    });
  });

  it('ends a fund at the earlier of its end date and the end of its last financial year', async () => {
    const fundId = await shortFund('EARLY', '2025/26', '2026/27', '2026-12-31');
    const errors = await refusedFields(() => createAward(ws.db, { actor: null, requestId: 't', channel: 'system' }, award({ awardDate: '2027-01-04', plannedStart: '2026-01-01', plannedEnd: '2027-03-31', due: ['2026-03-31', '2026-12-31'] }, fundId), '2026-06-01'));
    expect(errors).toEqual({
      awardDate: ['The award date must be on or before 31 December 2026, when fund EARLY ends'],
      plannedEnd: ['The planned end must be on or before 31 December 2026, when fund EARLY ends'],
    });
  });

  it('accepts an award on the very first and last days of the fund, with instalments on the first and last planned days', async () => {
    const created = await finance.grants.createAward(award({ awardDate: '2025-04-01', plannedStart: '2025-04-01', plannedEnd: '2035-03-31', due: ['2025-04-01', '2035-03-31'] }));
    expect((await finance.grants.award({ id: created.id })).instalments.map((i) => i.dueDate)).toEqual(['2025-04-01', '2035-03-31']);
    expect((await finance.grants.checkInvariants()).ok).toBe(true);
  });

  it('refuses an instalment due outside the planned period, at that instalment’s due date', async () => {
    const errors = await refusedFields(() => finance.grants.createAward(award({ awardDate: '2025-05-01', plannedStart: '2025-05-01', plannedEnd: '2026-03-31', due: ['2025-06-30', '2026-04-01'] })));
    expect(errors).toEqual({ 'instalments.1.dueDate': ["The due date must be within the award's planned period, 1 May 2025 to 31 March 2026"] });
    const early = await refusedFields(() => finance.grants.createAward(award({ awardDate: '2025-05-01', plannedStart: '2025-05-01', plannedEnd: '2026-03-31', due: ['2025-04-30', '2025-06-30'] })));
    expect(Object.keys(early)).toEqual(['instalments.0.dueDate']);
  });

  it('refuses a new award from a fund that has ended (as of today), and allows one on its last day', async () => {
    const fundId = await shortFund('ENDED', '2024/25', '2024/25', '2025-03-31');
    const dates = { awardDate: '2024-06-01', plannedStart: '2024-06-01', plannedEnd: '2025-03-31', due: ['2024-09-30', '2025-03-31'] as [string, string] };
    // Through the API, with the real clock (the fund ended in March 2025).
    expect(await refusedFields(() => finance.grants.createAward(award(dates, fundId)))).toEqual({ fundId: ['Fund ENDED ended on 31 March 2025: no new awards can be made from it'] });
    const who = { actor: await ws.actorFor('finance_officer'), requestId: 't', channel: 'system' as const };
    expect(await refusedFields(() => createAward(ws.db, who, award(dates, fundId), '2025-04-01'))).toEqual({ fundId: ['Fund ENDED ended on 31 March 2025: no new awards can be made from it'] });
    await expect(createAward(ws.db, who, award(dates, fundId), '2025-03-31')).resolves.toMatchObject({ reference: 'ENDED-001' });
  });

  it('reports every date problem at once', async () => {
    const fundId = await shortFund('ALL', '2024/25', '2024/25', '2025-03-31');
    const errors = await refusedFields(() => finance.grants.createAward(award({ awardDate: '2024-03-01', plannedStart: '2024-03-01', plannedEnd: '2025-04-30', due: ['2024-02-01', '2025-05-01'] }, fundId)));
    expect(Object.keys(errors).sort()).toEqual(['awardDate', 'fundId', 'instalments.0.dueDate', 'instalments.1.dueDate', 'plannedEnd', 'plannedStart']);
  });
});

describe('fund end dates', () => {
  const fund = (endDate: string) => ({ programmeId: fx.programmeId, code: 'F2', name: 'Second fund', source: 'Council', allocationPence: 1_000_000, firstFinancialYear: '2025/26', lastFinancialYear: '2026/27', endDate, zeroTransactionCost: false });

  it('refuses an end date outside the fund’s financial years, at the end date, and writes nothing', async () => {
    expect(await refusedFields(() => finance.grants.createFund(fund('2027-04-01')))).toEqual({ endDate: ["The end date must be on or before 31 March 2027, when the fund's last financial year (2026/27) ends"] });
    expect(await refusedFields(() => finance.grants.createFund(fund('2025-03-31')))).toEqual({ endDate: ["The end date must be on or after 1 April 2025, when the fund's first financial year (2025/26) starts"] });
  });

  it('accepts an end date on the last day of the last financial year, or earlier within the years', async () => {
    await expect(finance.grants.createFund(fund('2027-03-31'))).resolves.toMatchObject({ id: expect.any(Number) });
    await expect(finance.grants.createFund({ ...fund('2025-04-01'), code: 'F3' })).resolves.toMatchObject({ id: expect.any(Number) });
  });
});
