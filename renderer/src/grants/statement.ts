/** The fund statement in words: every figure comes from the server's totals (core/grants/ledger-state.ts). */
import type { MoneyTotals } from '../api/types';
import { formatPence } from '../format/money';

export interface StatementRow {
  key: 'allocation' | 'awarded' | 'unallocated' | 'pending' | 'approved' | 'released' | 'reversed' | 'clawedBack' | 'netReleased';
  label: string;
  pence: number;
  note: string;
  /** The line the statement is read for. */
  emphasis?: boolean;
}

/** "100%", "12.5%", "0.3%"; "—" when there is nothing to compare with. */
export function formatShare(part: number, whole: number): string {
  if (!(whole > 0)) return '—';
  const tenths = Math.round((part * 1000) / whole);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

export function statementRows(t: MoneyTotals): StatementRow[] {
  return [
    { key: 'allocation', label: 'Allocation', pence: t.allocationPence, note: 'The money this fund holds' },
    { key: 'awarded', label: 'Awarded', pence: t.awardedPence, note: `${formatShare(t.awardedPence, t.allocationPence)} of the allocation, in awards that are not cancelled` },
    { key: 'unallocated', label: 'Unallocated', pence: t.unallocatedPence, note: 'Allocation not yet awarded' },
    { key: 'pending', label: 'Pending approval', pence: t.pendingApprovalPence, note: 'Recorded by a finance officer, waiting for an approver' },
    { key: 'approved', label: 'Approved, not released', pence: t.approvedPence, note: 'Approved, waiting to be released' },
    { key: 'released', label: 'Released', pence: t.releasedPence, note: 'Every payment released to partners, before reversals' },
    {
      key: 'reversed',
      label: 'Reversed',
      pence: t.reversedPence,
      note: t.reversedAfterReleasePence > 0 ? `Of which ${formatPence(t.reversedAfterReleasePence)} was reversed after release` : 'None was reversed after release',
    },
    { key: 'clawedBack', label: 'Clawed back', pence: t.clawedBackPence, note: 'Repaid by partners' },
    { key: 'netReleased', label: 'Net released', pence: t.netReleasedPence, note: 'Released, less reversals after release and clawbacks', emphasis: true },
  ];
}

/** What the flow chart shows, read out in one sentence (its aria-label). */
export function flowSummary(t: MoneyTotals): string {
  const parts = [
    `Allocation ${formatPence(t.allocationPence)}`,
    `awarded ${formatPence(t.awardedPence)} (${formatShare(t.awardedPence, t.allocationPence)} of the allocation)`,
    `released net ${formatPence(t.netReleasedPence)} (${formatShare(t.netReleasedPence, t.awardedPence)} of the awarded total)`,
  ];
  if (t.approvedPence) parts.push(`approved, not released ${formatPence(t.approvedPence)}`);
  if (t.pendingApprovalPence) parts.push(`pending approval ${formatPence(t.pendingApprovalPence)}`);
  if (t.clawedBackPence) parts.push(`clawed back ${formatPence(t.clawedBackPence)}`);
  return `Flow chart of the fund’s money: ${parts.join('; ')}. The figures are also in the table below the chart.`;
}
