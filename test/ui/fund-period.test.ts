import { describe, expect, it } from 'vitest';
import { fundPeriod } from '../../core/grants/fund-period';
import { fundPeriodOf } from '../../renderer/src/grants/fund-period';

/** The award form's copy of a fund's period (it may not import runtime code from core) agrees with the server's. */
describe("the award form's fund period", () => {
  it.each([
    ['2025/26', '2026/27', '2027-03-31', '2025-04-01', '2027-03-31'],
    ['2025/26', '2026/27', '2026-12-31', '2025-04-01', '2026-12-31'],
    ['2024/25', '2024/25', '2025-06-30', '2024-04-01', '2025-03-31'],
    ['1999/00', '1999/00', '2000-03-31', '1999-04-01', '2000-03-31'],
  ])('%s to %s ending %s runs %s to %s', (first, last, endDate, start, end) => {
    expect(fundPeriodOf({ firstFinancialYear: first, lastFinancialYear: last, endDate })).toEqual({ start, end });
    expect(fundPeriod({ first_financial_year: first, last_financial_year: last, end_date: endDate })).toMatchObject({ start, end });
  });
});
