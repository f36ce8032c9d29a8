export interface FundingLineLike {
  financialYear: string;
  amountPence: number;
  certainty: string;
  spendType: string;
}

export interface YearTotals {
  financialYear: string;
  confirmedPence: number;
  plannedPence: number;
  revenuePence: number;
  capitalPence: number;
  totalPence: number;
}

export interface FundingSummary {
  years: YearTotals[];
  overall: Omit<YearTotals, 'financialYear'>;
}

function emptyTotals() {
  return { confirmedPence: 0, plannedPence: 0, revenuePence: 0, capitalPence: 0, totalPence: 0 };
}

function add(totals: Omit<YearTotals, 'financialYear'>, line: FundingLineLike): void {
  totals.totalPence += line.amountPence;
  if (line.certainty === 'confirmed') totals.confirmedPence += line.amountPence;
  else totals.plannedPence += line.amountPence;
  if (line.spendType === 'capital') totals.capitalPence += line.amountPence;
  else totals.revenuePence += line.amountPence;
}

/** Totals per financial year (in year order) and overall, split confirmed/planned and revenue/capital. */
export function summariseFunding(lines: readonly FundingLineLike[]): FundingSummary {
  const byYear = new Map<string, YearTotals>();
  const overall = emptyTotals();
  for (const line of lines) {
    let year = byYear.get(line.financialYear);
    if (!year) {
      year = { financialYear: line.financialYear, ...emptyTotals() };
      byYear.set(line.financialYear, year);
    }
    add(year, line);
    add(overall, line);
  }
  const years = [...byYear.values()].sort((a, b) => a.financialYear.localeCompare(b.financialYear));
  return { years, overall };
}
