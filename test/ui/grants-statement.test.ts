import { describe, expect, it } from 'vitest';
import type { MoneyTotals } from '../../renderer/src/api/types';
import { bandPath, buildFlowChart, FLOW_LAYOUT, flowParts, spreadLabels } from '../../renderer/src/grants/flow-chart';
import { flowSummary, formatShare, statementRows } from '../../renderer/src/grants/statement';

/** Live Well as seeded: fully awarded, part paid, one reversal after release, one pending, one approved. */
const LIVE_WELL: MoneyTotals = {
  allocationPence: 120_000_000,
  awardedPence: 120_000_000,
  recordedPence: 96_379_200,
  pendingApprovalPence: 5_000_000,
  approvedPence: 4_280_000,
  releasedPence: 87_359_200,
  reversedPence: 260_000,
  reversedAfterReleasePence: 260_000,
  clawedBackPence: 0,
  netReleasedPence: 87_099_200,
  unallocatedPence: 0,
  feesPence: 0,
  grossReleasedPence: 87_099_200,
  netOfFeesReleasedPence: 87_099_200,
};

const totals = (patch: Partial<MoneyTotals>): MoneyTotals => ({ ...LIVE_WELL, ...patch });

describe('fund statement', () => {
  it('lists every figure from the server in order, net released last', () => {
    const rows = statementRows(LIVE_WELL);
    expect(rows.map((r) => r.key)).toEqual(['allocation', 'awarded', 'unallocated', 'pending', 'approved', 'released', 'reversed', 'clawedBack', 'netReleased']);
    expect(rows.find((r) => r.key === 'released')!.pence).toBe(87_359_200);
    expect(rows.find((r) => r.key === 'reversed')!.note).toBe('Of which £2,600.00 was reversed after release');
    expect(rows.find((r) => r.key === 'netReleased')).toMatchObject({ pence: 87_099_200, emphasis: true });
    expect(statementRows(totals({ reversedAfterReleasePence: 0 })).find((r) => r.key === 'reversed')!.note).toBe('None was reversed after release');
  });

  it('writes shares to one decimal place at most', () => {
    expect(formatShare(1, 1)).toBe('100%');
    expect(formatShare(1, 8)).toBe('12.5%');
    expect(formatShare(87_099_200, 120_000_000)).toBe('72.6%');
    expect(formatShare(0, 5)).toBe('0%');
    expect(formatShare(5, 0)).toBe('—');
  });

  it('reads the flow out in one sentence', () => {
    expect(flowSummary(LIVE_WELL)).toBe(
      'Flow chart of the fund’s money: Allocation £1,200,000.00; awarded £1,200,000.00 (100% of the allocation); released net £870,992.00 (72.6% of the awarded total); approved, not released £42,800.00; pending approval £50,000.00. The figures are also in the table below the chart.',
    );
  });
});

describe('flow chart geometry', () => {
  it('splits each column into parts that add up to the column before', () => {
    const parts = flowParts(LIVE_WELL);
    const sum = (column: number) => parts.filter((p) => p.column === column).reduce((t, p) => t + p.pence, 0);
    expect(sum(0)).toBe(120_000_000);
    expect(sum(1)).toBe(120_000_000);
    expect(sum(2)).toBe(LIVE_WELL.awardedPence);
    expect(parts.find((p) => p.kind === 'unpaid')!.pence).toBe(120_000_000 - 87_099_200 - 4_280_000 - 5_000_000);
    const clawed = flowParts(totals({ clawedBackPence: 100_000, netReleasedPence: 86_999_200 }));
    expect(clawed.filter((p) => p.column === 2).reduce((t, p) => t + p.pence, 0)).toBe(120_000_000);
  });

  it('draws bars to scale, stacked with gaps, and skips zero amounts', () => {
    const chart = buildFlowChart(LIVE_WELL);
    const drawn = chart.segments.filter((s) => s.drawn);
    expect(drawn.map((s) => s.kind)).toEqual(['allocation', 'awarded', 'released', 'approved', 'pending', 'unpaid']);
    const allocation = drawn[0]!;
    const released = drawn.find((s) => s.kind === 'released')!;
    expect(released.height / allocation.height).toBeCloseTo(87_099_200 / 120_000_000, 5);
    const column2 = drawn.filter((s) => s.column === 2);
    for (let i = 1; i < column2.length; i++) expect(column2[i]!.y).toBeCloseTo(column2[i - 1]!.y + column2[i - 1]!.height + FLOW_LAYOUT.gap, 5);
    expect(column2[column2.length - 1]!.y + column2[column2.length - 1]!.height).toBeLessThanOrEqual(FLOW_LAYOUT.top + FLOW_LAYOUT.plotHeight + 0.001);
    expect(chart.bands.map((b) => `${b.from}>${b.to}`)).toEqual(['allocation>awarded', 'awarded>released', 'awarded>approved', 'awarded>pending', 'awarded>unpaid']);
  });

  it('keeps a tiny amount visible and its label clear of its neighbours', () => {
    const chart = buildFlowChart(totals({ allocationPence: 19_306_707, awardedPence: 385_000, unallocatedPence: 18_921_707, pendingApprovalPence: 0, approvedPence: 0, releasedPence: 385_000, reversedPence: 0, reversedAfterReleasePence: 0, netReleasedPence: 385_000 }));
    const awarded = chart.segments.find((s) => s.kind === 'awarded')!;
    expect(awarded.drawn).toBe(true);
    expect(awarded.height).toBeGreaterThanOrEqual(2);
    const labels = chart.labels.filter((l) => l.kind === 'awarded' || l.kind === 'unallocated');
    expect(labels).toHaveLength(2);
    expect(Math.abs(labels[1]!.y - labels[0]!.y)).toBeGreaterThanOrEqual(FLOW_LAYOUT.labelGap);
  });

  it('draws an empty fund without dividing by zero', () => {
    const chart = buildFlowChart(totals({ allocationPence: 0, awardedPence: 0, unallocatedPence: 0, pendingApprovalPence: 0, approvedPence: 0, releasedPence: 0, reversedPence: 0, reversedAfterReleasePence: 0, netReleasedPence: 0 }));
    expect(chart.segments.every((s) => !s.drawn)).toBe(true);
    expect(chart.bands).toEqual([]);
    expect(chart.labels).toEqual([]);
  });

  it('spreads labels apart in order, within bounds where there is room', () => {
    expect(spreadLabels([10, 12, 14], 10, 0, 100)).toEqual([10, 20, 30]);
    expect(spreadLabels([95, 96], 10, 0, 100)).toEqual([90, 100]);
    expect(spreadLabels([50], 10, 0, 100)).toEqual([50]);
    expect(spreadLabels([-5], 10, 0, 100)).toEqual([0]);
  });

  it('joins two bar slices with a curved band', () => {
    expect(bandPath(0, 0, 10, 100, 20, 30)).toBe('M0 0 C50 0 50 20 100 20 L100 30 C50 30 50 10 0 10 Z');
  });
});
