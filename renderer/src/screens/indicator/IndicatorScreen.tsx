import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorCode } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { DirectionOfTravel, IllustrativeMarker, RagBadge, StaleFlag } from '../../outcomes/OutcomeBadges';
import { GMCA_AREA_CODE, headlineAreaCode } from '../../outcomes/outcome-labels';
import { TrendChart } from '../../outcomes/TrendChart';
import { periodLabel } from '../../outcomes/periods';
import { describeTrend } from '../../outcomes/trend-summary';
import { hrefFor } from '../../routing/routes';
import { orderAreas, recordableAreas } from './area-options';
import { IndicatorDefinition } from './IndicatorDefinition';
import { IndicatorLinks } from './IndicatorLinks';
import { ObservationHistory } from './ObservationHistory';
import { RecordObservationForm } from './RecordObservationForm';
import { chartSeries, latestWithValue, trendRows } from './indicator-series';
import { TrendTable } from './TrendTable';

export function IndicatorScreen({ id, canEdit, canEditLinks }: { id: number; canEdit: boolean; canEditLinks: boolean }) {
  const [areaCode, setAreaCode] = useState<string | null>(null);
  const detail = useQuery(trpc.outcomes.indicator.queryOptions({ id, areaCode }, { placeholderData: keepPreviousData }));
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity, enabled: canEdit }));
  useDocumentTitle(detail.data ? `${detail.data.indicator.code} ${detail.data.indicator.title}` : 'Indicator');

  if (detail.isPending) return <Loading label="Loading the indicator…" />;
  if (detail.isError) {
    return (
      <>
        <h1>{errorCode(detail.error) === 'NOT_FOUND' ? 'Indicator not found' : 'The indicator could not be loaded'}</h1>
        <ApiError error={detail.error} />
        <p>
          <a href={hrefFor({ name: 'outcomes', versionId: null })}>Back to outcomes</a>
        </p>
      </>
    );
  }

  const d = detail.data;
  const indicator = d.indicator;
  const headline = headlineAreaCode(indicator.geographyLevel);
  const areas = orderAreas(d.areas, headline, headline === GMCA_AREA_CODE ? 'Greater Manchester' : 'Wigan borough');
  const areaName = areas.find((a) => a.code === d.areaCode)?.name.replace(/ \(headline\)$/, '') ?? d.areaCode;
  // Only the headline area of an accountable indicator is rated against the targets.
  const rated = d.areaCode === headline && indicator.kind === 'accountable';
  const targets = rated ? d.targets : [];
  const rows = trendRows(d.series, targets, d.areaCode === headline);
  const latest = latestWithValue(rows);
  const series = chartSeries(d.series, rated);

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'outcomes', versionId: indicator.versionId })}>Outcomes: {indicator.frameworkCode}</a>
      </p>
      <div className="page-header">
        <div>
          <h1 className="indicator-title">
            <span className="indicator-title__code">{indicator.code}</span> {indicator.title}
          </h1>
          <p className="indicator-headline">
            <span>{latest ? `Latest for ${areaName}, ${periodLabel(latest.period)}:` : `No figures yet for ${areaName}`}</span>
            {latest && <RagBadge rag={latest.rag} />}
            {latest && <DirectionOfTravel direction={latest.direction} />}
            <StaleFlag stale={latest?.stale ?? d.series.length === 0} />
            <IllustrativeMarker illustrative={indicator.illustrative} />
          </p>
          {latest && latest.ragReason && <p className="muted">{latest.ragReason}</p>}
        </div>
      </div>
      <IndicatorDefinition indicator={indicator} />
      <IndicatorLinks frameworkCode={indicator.frameworkCode} code={indicator.code} canEdit={canEditLinks} />
      <section className="panel" aria-labelledby="trend-title">
        <h2 id="trend-title">Trend for {areaName}</h2>
        {areas.length > 1 && (
          <SelectField
            id="indicator-area"
            label="Area"
            hint="Targets and RAG ratings apply to the headline area; ward figures are shown for context."
            className="area-picker"
            value={d.areaCode}
            options={areas.map((a) => ({ value: a.code, label: a.name }))}
            onValueChange={(code) => setAreaCode(code === headline ? null : code)}
          />
        )}
        <div aria-busy={detail.isFetching || undefined}>
          <TrendChart
            summary={describeTrend({ title: indicator.title, areaName, unit: indicator.unit, series, targets, tolerancePercent: indicator.tolerancePercent, direction: latest?.direction ?? null })}
            unit={indicator.unit}
            series={series}
            targets={targets}
            tolerancePercent={rated ? indicator.tolerancePercent : 0}
          />
          <TrendTable rows={rows} unit={indicator.unit} areaName={areaName} />
        </div>
      </section>
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">Observations and revisions</h2>
        <ObservationHistory unit={indicator.unit} areaCode={d.areaCode} areaName={areaName} otherAreas={d.areas.some((a) => a.code !== d.areaCode)} indicatorId={indicator.id} canWithdraw={canEdit} />
      </section>
      {canEdit && (
        <RecordObservationForm
          key={d.areaCode}
          indicatorId={indicator.id}
          frequency={indicator.frequency}
          areas={recordableAreas(areas, wards.data ?? [], indicator.geographyLevel)}
          defaultAreaCode={d.areaCode}
        />
      )}
    </>
  );
}
