/**
 * Geometry for the fund flow chart: three columns (allocated → awarded → paid to partners) with
 * bands between them whose height is the money that flows, like a small Sankey diagram. Pure: the
 * figures come from the server's totals and the drawing is computed here, so it can be tested.
 */
import type { MoneyTotals } from '../api/types';

export type SegmentKind = 'allocation' | 'awarded' | 'unallocated' | 'released' | 'clawback' | 'approved' | 'pending' | 'unpaid';

export interface FlowSegment {
  kind: SegmentKind;
  column: 0 | 1 | 2;
  label: string;
  pence: number;
  /** False for a zero amount: listed in the table, not drawn. */
  drawn: boolean;
  x: number;
  y: number;
  height: number;
}

export interface FlowBand {
  from: SegmentKind;
  to: SegmentKind;
  path: string;
}

export interface FlowLabel {
  kind: SegmentKind;
  /** Where the two lines of text are centred vertically, and their anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** A line from the bar to a label that had to move away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface FlowChart {
  width: number;
  height: number;
  columnWidth: number;
  columns: Array<{ x: number; title: string }>;
  segments: FlowSegment[];
  bands: FlowBand[];
  labels: FlowLabel[];
}

export const FLOW_LAYOUT = { width: 880, height: 320, top: 44, plotHeight: 260, columnWidth: 20, gap: 8, labelGap: 34, columnX: [190, 440, 660] } as const;

/** The parts of each column, top to bottom, with their amounts (each column adds up to the one before). */
export function flowParts(t: MoneyTotals): Array<{ kind: SegmentKind; column: 0 | 1 | 2; label: string; pence: number }> {
  const liveReleased = Math.max(0, t.releasedPence - t.reversedAfterReleasePence);
  const unpaid = Math.max(0, t.awardedPence - liveReleased - t.approvedPence - t.pendingApprovalPence);
  return [
    { kind: 'allocation', column: 0, label: 'Allocation', pence: t.allocationPence },
    { kind: 'awarded', column: 1, label: 'Awarded', pence: t.awardedPence },
    { kind: 'unallocated', column: 1, label: 'Unallocated', pence: Math.max(0, t.unallocatedPence) },
    { kind: 'released', column: 2, label: 'Released (net)', pence: Math.max(0, t.netReleasedPence) },
    { kind: 'clawback', column: 2, label: 'Clawed back', pence: t.clawedBackPence },
    { kind: 'approved', column: 2, label: 'Approved, not released', pence: t.approvedPence },
    { kind: 'pending', column: 2, label: 'Pending approval', pence: t.pendingApprovalPence },
    { kind: 'unpaid', column: 2, label: 'Not yet paid', pence: unpaid },
  ];
}

/**
 * Moves label centres apart so that none is closer than `gap` to the next, keeping their order and
 * staying within [low, high] where there is room.
 */
export function spreadLabels(centres: readonly number[], gap: number, low: number, high: number): number[] {
  const out = [...centres];
  for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i]!, i === 0 ? low : out[i - 1]! + gap);
  for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i]!, i === out.length - 1 ? high : out[i + 1]! - gap);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i]!, i === 0 ? low : out[i - 1]! + gap);
  return out;
}

/** A band from a slice of one bar's right edge to a slice of the next bar's left edge. */
export function bandPath(x0: number, top0: number, bottom0: number, x1: number, top1: number, bottom1: number): string {
  const mid = (x0 + x1) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x0)} ${r(top0)} C${r(mid)} ${r(top0)} ${r(mid)} ${r(top1)} ${r(x1)} ${r(top1)} L${r(x1)} ${r(bottom1)} C${r(mid)} ${r(bottom1)} ${r(mid)} ${r(bottom0)} ${r(x0)} ${r(bottom0)} Z`;
}

export function buildFlowChart(t: MoneyTotals, layout = FLOW_LAYOUT): FlowChart {
  const parts = flowParts(t);
  const drawnCount = (column: number) => parts.filter((p) => p.column === column && p.pence > 0).length;
  const maxGaps = Math.max(0, ...[0, 1, 2].map((c) => drawnCount(c) - 1));
  const total = Math.max(t.allocationPence, t.awardedPence, 1);
  const scale = (layout.plotHeight - maxGaps * layout.gap) / total;

  const segments: FlowSegment[] = [];
  for (const column of [0, 1, 2] as const) {
    let y: number = layout.top;
    for (const part of parts.filter((p) => p.column === column)) {
      const drawn = part.pence > 0;
      // Very small amounts still get a visible sliver; the table carries the exact figures.
      const height = drawn ? Math.max(2, part.pence * scale) : 0;
      segments.push({ ...part, drawn, x: layout.columnX[column], y, height });
      if (drawn) y += height + layout.gap;
    }
  }

  const find = (kind: SegmentKind) => segments.find((s) => s.kind === kind)!;
  const bands: FlowBand[] = [];
  const flow = (source: FlowSegment, targets: FlowSegment[]) => {
    let offset = 0;
    for (const target of targets.filter((s) => s.drawn)) {
      const slice = source.pence > 0 ? (source.height * target.pence) / source.pence : 0;
      const top0 = source.y + offset;
      offset += slice;
      bands.push({ from: source.kind, to: target.kind, path: bandPath(source.x + layout.columnWidth, top0, top0 + slice, target.x, target.y, target.y + target.height) });
    }
  };
  if (find('allocation').drawn) flow(find('allocation'), [find('awarded'), find('unallocated')]);
  if (find('awarded').drawn) flow(find('awarded'), segments.filter((s) => s.column === 2));

  const labels: FlowLabel[] = [];
  for (const column of [0, 1, 2] as const) {
    const drawn = segments.filter((s) => s.column === column && s.drawn);
    const centres = drawn.map((s) => s.y + s.height / 2);
    const spread = spreadLabels(centres, layout.labelGap, layout.top + 12, layout.height - 22);
    drawn.forEach((segment, index) => {
      const anchor = column === 0 ? 'end' : 'start';
      const x = column === 0 ? segment.x - 8 : segment.x + layout.columnWidth + 8;
      const y = spread[index]!;
      const centre = centres[index]!;
      const edge = column === 0 ? segment.x : segment.x + layout.columnWidth;
      const leader = Math.abs(y - centre) > 6 ? { x1: edge, y1: centre, x2: column === 0 ? x + 4 : x - 4, y2: y } : null;
      labels.push({ kind: segment.kind, x, y, anchor, leader });
    });
  }

  return {
    width: layout.width,
    height: layout.height,
    columnWidth: layout.columnWidth,
    columns: [
      { x: layout.columnX[0], title: 'Allocated' },
      { x: layout.columnX[1], title: 'Awarded' },
      { x: layout.columnX[2], title: 'Paid to partners' },
    ],
    segments,
    bands,
    labels,
  };
}
