import type { TreeIndicator } from '../../api/types';
import { formatCount } from '../../format/money';
import { RagBadge } from '../../outcomes/OutcomeBadges';
import { ragCounts } from './outcomes-tree';

/** "12 indicators: 3 Red, 2 Amber, 6 Green, 1 Not rated" above the tree. */
export function RagSummary({ indicators, shown, total }: { indicators: readonly TreeIndicator[]; shown: number; total: number }) {
  const counts = ragCounts(indicators);
  return (
    <div className="rag-summary">
      <p className="rag-summary__total" role="status">
        {shown === total ? `${formatCount(total)} indicators` : `Showing ${formatCount(shown)} of ${formatCount(total)} indicators`}
      </p>
      <ul className="rag-summary__list" aria-label="Indicators by RAG rating">
        {(['red', 'amber', 'green', 'none'] as const).map((rag) => (
          <li key={rag}>
            {formatCount(counts[rag])} <RagBadge rag={rag} />
          </li>
        ))}
      </ul>
    </div>
  );
}
