import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatCount } from '../../format/money';
import { DUE_DILIGENCE_STATUS_LABELS, ORGANISATION_TYPE_LABELS } from '../../grants/grants-labels';
import { hrefFor } from '../../routing/routes';
import { useDebouncedValue } from '../register/useDebouncedValue';
import { EMPTY_PARTNER_FILTER, isFiltered, nextPartnerSort, partnerListInput, PARTNERS_PAGE_SIZE, rememberedPartnerFilter, rememberPartnerFilter, type PartnerFilter } from './partners-state';
import { PartnersTable } from './PartnersTable';

/** The VCFSE partner directory with each partner's due-diligence standing. */
export function PartnersScreen({ canEdit }: { canEdit: boolean }) {
  useDocumentTitle('Partners');
  const [filter, setFilter] = useState<PartnerFilter>(rememberedPartnerFilter);
  const [searchText, setSearchText] = useState(filter.search);
  const search = useDebouncedValue(searchText, 250);
  useEffect(() => setFilter((current) => (current.search === search ? current : { ...current, search, offset: 0 })), [search]);
  useEffect(() => rememberPartnerFilter(filter), [filter]);
  const list = useQuery(trpc.partners.list.queryOptions(partnerListInput(filter), { placeholderData: keepPreviousData }));
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity }));
  // A new filter or sort starts again at the first page.
  const update = (patch: Partial<PartnerFilter>) => setFilter((current) => ({ ...current, offset: 0, ...patch }));
  const setOffset = (offset: number) => setFilter((current) => ({ ...current, offset }));
  // If partners were archived elsewhere and this page no longer exists, step back to the last page.
  const total = list.data?.total;
  useEffect(() => {
    if (total === undefined || total === 0 || filter.offset < total) return;
    setOffset(Math.floor((total - 1) / PARTNERS_PAGE_SIZE) * PARTNERS_PAGE_SIZE);
  }, [total, filter.offset]);
  const missing = list.data?.withoutValidDueDiligence ?? 0;

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
              setFilter((current) => ({ ...EMPTY_PARTNER_FILTER, sortBy: current.sortBy, sortDirection: current.sortDirection }));
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
            {formatCount(list.data.total)} {list.data.total === 1 ? 'partner' : 'partners'}
            {missing > 0 && `, ${formatCount(missing)} without valid due diligence`}
            {list.isFetching && <span className="pagination__busy"> (updating…)</span>}
          </p>
          <PartnersTable
            rows={list.data.rows}
            busy={list.isFetching && list.isPlaceholderData}
            sortBy={filter.sortBy}
            sortDirection={filter.sortDirection}
            onSort={(field) => update(nextPartnerSort(filter, field))}
          />
          <Pager noun="partners" offset={list.data.offset} limit={list.data.limit} total={list.data.total} onOffsetChange={setOffset} />
        </>
      )}
    </>
  );
}
