import type { OffTrackRow } from '../../api/types';
import { labelOf } from '../../labels';
import { formatMeasure } from '../../outcomes/measure';
import { DirectionOfTravel, RagBadge, StaleFlag } from '../../outcomes/OutcomeBadges';
import { TIER_LABELS } from '../../outcomes/outcome-labels';
import { periodLabel } from '../../outcomes/periods';
import { hrefFor } from '../../routing/routes';

/** One row per off-track indicator: where it sits, its latest figure against target, and why it is rated so. */
export function OffTrackTable({ rows, busy }: { rows: readonly OffTrackRow[]; busy: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table off-track-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Indicators rated Red or Amber, Red first</caption>
        <thead>
          <tr>
            <th scope="col">RAG</th>
            <th scope="col">Indicator</th>
            <th scope="col">Framework</th>
            <th scope="col">Pillar or mission</th>
            <th scope="col">Latest period</th>
            <th scope="col" className="cell--numeric">Value against target</th>
            <th scope="col">Direction of travel</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, element, parent, assessment }) => {
            const top = parent ?? element;
            return (
              <tr key={indicator.id} className={`row--rag-${assessment.rag ?? 'none'}`}>
                <td>
                  <RagBadge rag={assessment.rag} />
                </td>
                <th scope="row" className="cell--name">
                  <a href={hrefFor({ name: 'indicator', id: indicator.id })}>{indicator.title}</a>
                  <span className="cell__sub">
                    <span className="cell--code">{indicator.code}</span>
                    {indicator.tier ? ` · ${labelOf(TIER_LABELS, String(indicator.tier))}` : ''}
                  </span>
                </th>
                <td className="cell--code">{indicator.frameworkCode}</td>
                <td>
                  {top?.title ?? '—'}
                  {parent && element && <span className="cell__sub">{element.title}</span>}
                </td>
                <td>
                  {assessment.period ? periodLabel(assessment.period) : '—'}
                  {assessment.stale && (
                    <>
                      {' '}
                      <StaleFlag stale />
                    </>
                  )}
                </td>
                <td className="cell--numeric">
                  {formatMeasure(assessment.value, indicator.unit)}
                  <span className="cell__sub">target {assessment.target === null ? 'not set' : formatMeasure(assessment.target, indicator.unit)}</span>
                </td>
                <td>
                  <DirectionOfTravel direction={assessment.direction} />
                </td>
                <td className="off-track-table__reason">{assessment.ragReason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
