import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatCount } from '../../format/money';
import { TIER_LABELS } from '../../outcomes/outcome-labels';
import { currentVersion } from '../outcomes/outcomes-state';
import { offTrackInput, rememberedOffTrackFilter, rememberOffTrackFilter, type OffTrackFilter } from './off-track-state';
import { OffTrackTable } from './OffTrackTable';

/** Red, then Amber indicators across every framework's current version. */
export function OffTrackScreen() {
  useDocumentTitle('Off track');
  const [filter, setFilter] = useState<OffTrackFilter>(rememberedOffTrackFilter);
  useEffect(() => rememberOffTrackFilter(filter), [filter]);
  const frameworks = useQuery(trpc.outcomes.frameworks.queryOptions());
  const framework = frameworks.data?.find((f) => f.code === filter.frameworkCode);
  const versionId = framework ? currentVersion(framework)?.id : undefined;
  const tree = useQuery(trpc.outcomes.tree.queryOptions({ versionId: versionId ?? 0 }, { enabled: versionId !== undefined }));
  const list = useQuery(trpc.outcomes.offTrack.queryOptions(offTrackInput(filter), { placeholderData: keepPreviousData }));
  const topElements = versionId !== undefined ? (tree.data?.elements.filter((e) => e.parentId === null) ?? []) : [];
  const red = list.data?.filter((row) => row.assessment?.rag === 'red').length ?? 0;

  return (
    <>
      <h1>Off track</h1>
      <p className="lead">Indicators rated Red or Amber at their latest figure, Red first, across every framework’s current version.</p>
      <div role="search" className="filters" aria-label="Filter the off-track list">
        <SelectField
          id="off-track-framework"
          label="Framework"
          value={filter.frameworkCode}
          placeholder="All frameworks"
          options={(frameworks.data ?? []).map((f) => ({ value: f.code, label: `${f.title} (${f.code})` }))}
          onValueChange={(frameworkCode) => setFilter((current) => ({ ...current, frameworkCode, elementCode: '' }))}
        />
        <SelectField
          id="off-track-element"
          label="Pillar or mission"
          hint={filter.frameworkCode ? undefined : 'Choose a framework first'}
          value={filter.elementCode}
          placeholder="Any pillar or mission"
          disabled={!filter.frameworkCode}
          options={topElements.map((e) => ({ value: e.code, label: e.title }))}
          onValueChange={(elementCode) => setFilter((current) => ({ ...current, elementCode }))}
        />
        <SelectField
          id="off-track-tier"
          label="Tier"
          value={filter.tier}
          placeholder="Any tier"
          options={optionsFrom(TIER_LABELS)}
          onValueChange={(tier) => setFilter((current) => ({ ...current, tier }))}
        />
      </div>
      {list.isError && <ApiError error={list.error} title="The off-track list could not be loaded." />}
      {list.isPending && <Loading label="Loading off-track indicators…" />}
      {list.data && (
        <>
          <p className="pagination__range" role="status">
            {list.data.length === 0
              ? 'No indicators are off track.'
              : `${formatCount(list.data.length)} ${list.data.length === 1 ? 'indicator' : 'indicators'} off track: ${formatCount(red)} Red, ${formatCount(list.data.length - red)} Amber`}
            {list.isFetching && <span className="pagination__busy"> (updating…)</span>}
          </p>
          {list.data.length > 0 && <OffTrackTable rows={list.data} busy={list.isFetching && list.isPlaceholderData} />}
        </>
      )}
    </>
  );
}
