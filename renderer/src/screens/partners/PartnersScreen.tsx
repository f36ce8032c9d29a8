import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatCount } from '../../format/money';
import { DUE_DILIGENCE_STATUS_LABELS, ORGANISATION_TYPE_LABELS } from '../../grants/grants-labels';
import { hrefFor } from '../../routing/routes';
import { useDebouncedValue } from '../register/useDebouncedValue';
import { EMPTY_PARTNER_FILTER, isFiltered, partnerListInput, rememberedPartnerFilter, rememberPartnerFilter, type PartnerFilter } from './partners-state';
import { PartnersTable } from './PartnersTable';

/** The VCFSE partner directory with each partner's due-diligence standing. */
export function PartnersScreen({ canEdit }: { canEdit: boolean }) {
  useDocumentTitle('Partners');
  const [filter, setFilter] = useState<PartnerFilter>(rememberedPartnerFilter);
  const [searchText, setSearchText] = useState(filter.search);
  const search = useDebouncedValue(searchText, 250);
  useEffect(() => setFilter((current) => (current.search === search ? current : { ...current, search })), [search]);
  useEffect(() => rememberPartnerFilter(filter), [filter]);
  const list = useQuery(trpc.partners.list.queryOptions(partnerListInput(filter), { placeholderData: keepPreviousData }));
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity }));
  const update = (patch: Partial<PartnerFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const missing = list.data?.filter((row) => row.dueDiligence.status !== 'valid').length ?? 0;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Partners</h1>
          <p className="lead">Voluntary, community, faith and social enterprise organisations the council works with and funds. A new award needs valid due diligence.</p>
        </div>
        {canEdit && (
          <div className="page-header__actions">
            <a className="button" href={hrefFor({ name: 'partner-new' })}>
              Add a partner
            </a>
          </div>
        )}
      </div>
      <div role="search" className="filters" aria-label="Filter partners">
        <div className="field filters__search">
          <label htmlFor="partners-search" className="field__label">
            Search partners
          </label>
          <p id="partners-search-hint" className="field__hint">
            Searches names, org ids and charity or company numbers.
          </p>
          <input id="partners-search" type="search" className="input" value={searchText} onChange={(event) => setSearchText(event.target.value)} aria-describedby="partners-search-hint" autoComplete="off" />
        </div>
        <SelectField id="partners-type" label="Type" value={filter.organisationType} placeholder="Any type" options={optionsFrom(ORGANISATION_TYPE_LABELS)} onValueChange={(organisationType) => update({ organisationType })} />
        <SelectField
          id="partners-ward"
          label="Ward"
          value={filter.wardCode}
          placeholder="Any ward"
          options={(wards.data ?? []).map((w) => ({ value: w.code, label: w.name }))}
          onValueChange={(wardCode) => update({ wardCode })}
        />
        <SelectField id="partners-dd" label="Due diligence" value={filter.dueDiligence} placeholder="Any standing" options={optionsFrom(DUE_DILIGENCE_STATUS_LABELS)} onValueChange={(dueDiligence) => update({ dueDiligence })} />
        <div className="checkbox filters__archived">
          <input id="partners-archived" type="checkbox" checked={filter.includeArchived} onChange={(event) => update({ includeArchived: event.target.checked })} />
          <label htmlFor="partners-archived">Show archived partners</label>
        </div>
        {(isFiltered(filter) || searchText) && (
          <button
            type="button"
            className="button button--link filters__clear"
            onClick={() => {
              setSearchText('');
              setFilter(EMPTY_PARTNER_FILTER);
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      {list.isError && <ApiError error={list.error} title="The partners could not be loaded." />}
      {list.isPending && <Loading label="Loading partners…" />}
      {list.data && (
        <>
          <p className="pagination__range" role="status">
            {formatCount(list.data.length)} {list.data.length === 1 ? 'partner' : 'partners'}
            {missing > 0 && `, ${formatCount(missing)} without valid due diligence`}
            {list.isFetching && <span className="pagination__busy"> (updating…)</span>}
          </p>
          <PartnersTable rows={list.data} busy={list.isFetching && list.isPlaceholderData} />
        </>
      )}
    </>
  );
}
