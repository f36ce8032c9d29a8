import type { TreeIndicator } from '../../api/types';
import { labelOf } from '../../labels';
import { formatMeasure } from '../../outcomes/measure';
import { DirectionOfTravel, IllustrativeMarker, RagBadge, StaleFlag } from '../../outcomes/OutcomeBadges';
import { TIER_LABELS } from '../../outcomes/outcome-labels';
import { periodLabel } from '../../outcomes/periods';
import { hrefFor } from '../../routing/routes';

/** The indicators under one element: latest figure against target, RAG, direction and staleness. */
export function IndicatorTable({ indicators, caption }: { indicators: readonly TreeIndicator[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table table--compact indicator-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col--indicator">Indicator</th>
            <th scope="col" className="col--tier">Tier</th>
            <th scope="col" className="col--period">Latest period</th>
            <th scope="col" className="col--value cell--numeric">Value</th>
            <th scope="col" className="col--target cell--numeric">Target</th>
            <th scope="col" className="col--rag">RAG</th>
            <th scope="col" className="col--direction">Direction</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const a = indicator.assessment;
            return (
              <tr key={indicator.id}>
                <th scope="row" className="cell--name">
                  <a href={hrefFor({ name: 'indicator', id: indicator.id })}>{indicator.title}</a>
                  <span className="cell__sub">
                    <span className="cell--code">{indicator.code}</span>
                    {indicator.kind === 'contextual' && ' · Contextual'} <IllustrativeMarker illustrative={indicator.illustrative} />
                  </span>
                </th>
                <td>{indicator.tier ? labelOf(TIER_LABELS, String(indicator.tier)) : '—'}</td>
                <td>
                  {a.period ? periodLabel(a.period) : <span className="muted">No figures yet</span>}
                  {a.stale && (
                    <>
                      {' '}
                      <StaleFlag stale />
                    </>
                  )}
                </td>
                <td className="cell--numeric">{a.value === null ? '—' : formatMeasure(a.value, indicator.unit)}</td>
                <td className="cell--numeric">{a.target === null ? '—' : formatMeasure(a.target, indicator.unit)}</td>
                <td>
                  <RagBadge rag={a.rag} />
                </td>
                <td>
                  <DirectionOfTravel direction={a.direction} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
