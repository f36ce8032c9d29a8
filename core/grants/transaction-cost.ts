import { formatPence } from '../shared/money';

/**
 * "Transaction costs £0.00 — 100% of released funds reached partners": fees, and the net share of the
 * gross released that reached partners (100% when nothing is released yet). Computed from ledger
 * sums, never typed; the fund statement and the briefing packs both print it.
 */
export function transactionCostLine(feesPence: number, grossReleasedPence: number, netOfFeesReleasedPence: number): string {
  const reached = grossReleasedPence === 0 ? 100 : (netOfFeesReleasedPence / grossReleasedPence) * 100;
  return `Transaction costs ${formatPence(feesPence)} — ${Number.isInteger(reached) ? reached : reached.toFixed(2)}% of released funds reached partners`;
}
