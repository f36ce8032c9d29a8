/**
 * A fund's period, copied from core/grants/fund-period.ts (the renderer may import only types from
 * core): 1 April of its first financial year to the earlier of 31 March after its last financial
 * year and its end date. The server decides; the form uses this to say what it will accept.
 */
export function fundPeriodOf(fund: { firstFinancialYear: string; lastFinancialYear: string; endDate: string }): { start: string; end: string } {
  const start = `${fund.firstFinancialYear.slice(0, 4)}-04-01`;
  const yearsEnd = `${String(Number(fund.lastFinancialYear.slice(0, 4)) + 1).padStart(4, '0')}-03-31`;
  return { start, end: fund.endDate < yearsEnd ? fund.endDate : yearsEnd };
}
