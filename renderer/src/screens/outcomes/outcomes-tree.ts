/** Builds the nested framework tree (pillar/mission → outcome/priority → indicator) and filters it. */

export interface ElementLike {
  id: number;
  parentId: number | null;
  code: string;
  title: string;
}

export interface IndicatorLike {
  elementId: number | null;
  code: string;
  tier: number | null;
  assessment: { rag: string | null } | null;
}

export interface FundingLineLike {
  elementId: number;
  amountPence: number | null;
}

export interface TreeFilter {
  /** Code of a top-level element (pillar or mission); '' for all. */
  elementCode: string;
  /** '1', '2' or '' for any tier. */
  tier: string;
  /** 'green' | 'amber' | 'red' | 'none' or '' for any. */
  rag: string;
}

export const EMPTY_TREE_FILTER: TreeFilter = { elementCode: '', tier: '', rag: '' };

export interface TreeNode<E extends ElementLike, I extends IndicatorLike> {
  element: E;
  children: Array<TreeNode<E, I>>;
  indicators: I[];
}

export interface OutcomeTree<E extends ElementLike, I extends IndicatorLike> {
  roots: Array<TreeNode<E, I>>;
  /** Indicators not attached to any element of this version. */
  unplaced: I[];
  shown: number;
  total: number;
}

export function ragOf(indicator: IndicatorLike): string {
  return indicator.assessment?.rag ?? 'none';
}

function matches(indicator: IndicatorLike, filter: TreeFilter): boolean {
  if (filter.tier && String(indicator.tier ?? '') !== filter.tier) return false;
  if (filter.rag && ragOf(indicator) !== filter.rag) return false;
  return true;
}

/**
 * Nests elements under their parents (keeping the order given) and hangs each indicator on its
 * element. With a tier or RAG filter, branches left without indicators are dropped; with an element
 * filter, only that top-level branch is kept.
 */
export function buildOutcomeTree<E extends ElementLike, I extends IndicatorLike>(elements: readonly E[], indicators: readonly I[], filter: TreeFilter = EMPTY_TREE_FILTER): OutcomeTree<E, I> {
  const nodes = new Map<number, TreeNode<E, I>>(elements.map((element) => [element.id, { element, children: [], indicators: [] }]));
  const roots: Array<TreeNode<E, I>> = [];
  for (const element of elements) {
    const node = nodes.get(element.id)!;
    const parent = element.parentId === null ? undefined : nodes.get(element.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const unplaced: I[] = [];
  for (const indicator of indicators) {
    if (!matches(indicator, filter)) continue;
    const node = indicator.elementId === null ? undefined : nodes.get(indicator.elementId);
    if (node) node.indicators.push(indicator);
    else unplaced.push(indicator);
  }
  const narrowed = Boolean(filter.tier || filter.rag);
  const prune = (node: TreeNode<E, I>): TreeNode<E, I> | null => {
    const children = node.children.map(prune).filter((c): c is TreeNode<E, I> => c !== null);
    if (narrowed && children.length === 0 && node.indicators.length === 0) return null;
    return { ...node, children };
  };
  const keptRoots = roots.filter((root) => !filter.elementCode || root.element.code === filter.elementCode).map(prune).filter((r): r is TreeNode<E, I> => r !== null);
  const count = (node: TreeNode<E, I>): number => node.indicators.length + node.children.reduce((sum, c) => sum + count(c), 0);
  const shown = keptRoots.reduce((sum, r) => sum + count(r), 0) + (filter.elementCode ? 0 : unplaced.length);
  return { roots: keptRoots, unplaced: filter.elementCode ? [] : unplaced, shown, total: indicators.length };
}

/** How many indicators of each RAG rating a list holds (for the summary above the tree). */
export function ragCounts(indicators: readonly IndicatorLike[]): Record<'green' | 'amber' | 'red' | 'none', number> {
  const counts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const indicator of indicators) {
    const rag = ragOf(indicator);
    if (rag === 'green' || rag === 'amber' || rag === 'red') counts[rag] += 1;
    else counts.none += 1;
  }
  return counts;
}

/** Funding per element: the sum of known amounts, and whether any line is still to be confirmed. */
export function fundingByElement(lines: readonly FundingLineLike[]): Map<number, { knownPence: number; lines: number; toBeConfirmed: number }> {
  const totals = new Map<number, { knownPence: number; lines: number; toBeConfirmed: number }>();
  for (const line of lines) {
    const total = totals.get(line.elementId) ?? { knownPence: 0, lines: 0, toBeConfirmed: 0 };
    total.lines += 1;
    if (line.amountPence === null) total.toBeConfirmed += 1;
    else total.knownPence += line.amountPence;
    totals.set(line.elementId, total);
  }
  return totals;
}
