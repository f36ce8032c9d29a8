import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { navigate } from '../../routing/useRoute';
import { ExportButtons } from './ExportButtons';
import { Pagination } from './Pagination';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { nextSort, registerListInput, rememberedRegisterState, rememberRegisterState, type RegisterState, type SortField } from './register-state';
import { useDebouncedValue } from './useDebouncedValue';

export function RegisterScreen({ canEdit }: { canEdit: boolean }) {
  useDocumentTitle('Programme register');
  const [state, setState] = useState<RegisterState>(rememberedRegisterState);
  const [searchText, setSearchText] = useState(state.search);
  const debouncedSearch = useDebouncedValue(searchText, 250);

  const update = (patch: Partial<RegisterState>) => setState((current) => ({ ...current, page: 1, ...patch }));

  useEffect(() => {
    setState((current) => (current.search === debouncedSearch ? current : { ...current, search: debouncedSearch, page: 1 }));
  }, [debouncedSearch]);
  useEffect(() => rememberRegisterState(state), [state]);

  const list = useQuery(trpc.programmes.list.queryOptions(registerListInput(state), { placeholderData: keepPreviousData }));
  const wards = useQuery(trpc.geography.wards.queryOptions(undefined, { staleTime: Infinity }));

  // If rows were removed elsewhere and this page no longer exists, step back to the last page.
  const total = list.data?.total;
  useEffect(() => {
    if (total === undefined) return;
    const lastPage = Math.max(1, Math.ceil(total / state.pageSize));
    if (state.page > lastPage) setState((current) => ({ ...current, page: lastPage }));
  }, [total, state.page, state.pageSize]);

  return (
    <>
      <div className="page-header">
        <h1>Programme register</h1>
        <div className="page-header__actions">
          {canEdit && (
            <button type="button" className="button" onClick={() => navigate({ name: 'programme-new' })}>
              New programme
            </button>
          )}
          <ExportButtons state={state} />
        </div>
      </div>
      <RegisterFilters
        state={state}
        searchText={searchText}
        onSearchText={setSearchText}
        wards={wards.data ?? []}
        onChange={update}
        onClear={() => {
          setSearchText('');
          update({ search: '', status: '', type: '', wardCode: '', includeArchived: false });
        }}
      />
      {list.isError && <ApiError error={list.error} title="The register could not be loaded." />}
      {list.isPending && <Loading label="Loading programmes…" />}
      {list.data && (
        <>
          <Pagination
            idPrefix="register-top"
            total={list.data.total}
            page={state.page}
            pageSize={state.pageSize}
            busy={list.isFetching}
            onPage={(page) => setState((current) => ({ ...current, page }))}
            onPageSize={(pageSize) => update({ pageSize })}
            announce
          />
          <RegisterTable
            rows={list.data.rows}
            sortBy={state.sortBy}
            sortDirection={state.sortDirection}
            busy={list.isFetching && list.isPlaceholderData}
            onSort={(field: SortField) => update(nextSort(state, field))}
          />
          {list.data.rows.length > 10 && (
            <Pagination
              idPrefix="register-bottom"
              total={list.data.total}
              page={state.page}
              pageSize={state.pageSize}
              busy={list.isFetching}
              onPage={(page) => setState((current) => ({ ...current, page }))}
            />
          )}
        </>
      )}
    </>
  );
}
