import type { ReactNode } from 'react';
import type { IndicatorDetail } from '../../api/types';
import { formatDate } from '../../format/dates';
import { labelOf } from '../../labels';
import { formatMeasure } from '../../outcomes/measure';
import {
  COMPARATOR_LABELS,
  FREQUENCY_LABELS,
  GEOGRAPHY_LEVEL_LABELS,
  INDICATOR_KIND_LABELS,
  POLARITY_LABELS,
  TIER_LABELS,
  UNIT_LABELS,
} from '../../outcomes/outcome-labels';
import { periodLabel } from '../../outcomes/periods';

type Indicator = IndicatorDetail['indicator'];

/** The indicator's definition as a description list; empty fields say so rather than vanish. */
export function IndicatorDefinition({ indicator }: { indicator: Indicator }) {
  const notRecorded = <span className="muted">Not recorded</span>;
  const rows: Array<[string, ReactNode]> = [
    ['Kind', labelOf(INDICATOR_KIND_LABELS, indicator.kind)],
    ['Tier', indicator.tier ? labelOf(TIER_LABELS, String(indicator.tier)) : 'No tier'],
    ['Unit', labelOf(UNIT_LABELS, indicator.unit)],
    ['Polarity', labelOf(POLARITY_LABELS, indicator.polarity)],
    ['Frequency', labelOf(FREQUENCY_LABELS, indicator.frequency)],
    ['Geography level', labelOf(GEOGRAPHY_LEVEL_LABELS, indicator.geographyLevel)],
    ['Tolerance', indicator.kind === 'contextual' ? 'Not rated' : `±${indicator.tolerancePercent}% of target counts as Green`],
    ['Direction of travel compares with', labelOf(COMPARATOR_LABELS, indicator.comparator)],
    [
      'Baseline',
      indicator.baselineValue === null ? notRecorded : `${formatMeasure(indicator.baselineValue, indicator.unit)}${indicator.baselinePeriod ? ` in ${periodLabel(indicator.baselinePeriod)}` : ''}`,
    ],
    ['Data source', indicator.dataSource || notRecorded],
    ['Numerator', indicator.numerator || notRecorded],
    ['Denominator', indicator.denominator || notRecorded],
    ['Owner', indicator.owner || notRecorded],
    ['Last reviewed', indicator.lastReviewed ? formatDate(indicator.lastReviewed) : notRecorded],
    ['Illustrative', indicator.illustrative ? 'Yes: a demonstration example, not a published indicator' : 'No'],
  ];
  return (
    <section className="panel" aria-labelledby="definition-title">
      <h2 id="definition-title">Definition</h2>
      {indicator.definition && <p className="summary-text">{indicator.definition}</p>}
      <dl className="details-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
