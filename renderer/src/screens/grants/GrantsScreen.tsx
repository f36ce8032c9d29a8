import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import type { FundSummary } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { optionsFrom, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatPence } from '../../format/money';
import { GrantsExportButtons } from '../../grants/GrantsExportButtons';
import { formatShare } from '../../grants/statement';
import { hrefFor } from '../../routing/routes';

function FundRow({ fund }: { fund: FundSummary }) {
  const t = fund.statement.totals;
  return (
    <tr>
      <th scope="row" className="cell--name">
        <a href={hrefFor({ name: 'fund', id: fund.id })}>{fund.name}</a>
        <span className="cell__sub">
          <span className="cell--code">{fund.code}</span> · {fund.firstFinancialYear} to {fund.lastFinancialYear}
        </span>
        {fund.zeroTransactionCost && <span className="badge badge--zero-cost">Zero transaction cost</span>}
      </th>
      <td>
        <a href={hrefFor({ name: 'programme', id: fund.programmeId })}>{fund.programmeName}</a>
        <span className="cell__sub cell--code">{fund.programmeCode}</span>
      </td>
      <td className="cell--numeric">{formatPence(t.allocationPence)}</td>
      <td className="cell--numeric">
        {formatPence(t.awardedPence)}
        <span className="cell__sub">{formatShare(t.awardedPence, t.allocationPence)} of allocation</span>
      </td>
      <td className="cell--numeric">
        {formatPence(t.netReleasedPence)}
        <span className="cell__sub">{formatShare(t.netReleasedPence, t.awardedPence)} of awarded</span>
      </td>
      <td className="cell--numeric">{formatPence(t.pendingApprovalPence + t.approvedPence)}</td>
      <td className="funds-table__cost">{fund.statement.transactionCostLine}</td>
    </tr>
  );
}

type FundSort = 'code' | 'name' | 'programme' | 'allocation' | 'awarded' | 'netReleased' | 'inApproval' | 'endDate';
const SORT_LABELS: Record<FundSort, string> = {
  code: 'Code',
  name: 'Name',
  programme: 'Programme',
  allocation: 'Allocation, largest first',
  awarded: 'Awarded, largest first',
  netReleased: 'Net released, largest first',
  inApproval: 'In approval, largest first',
  endDate: 'End date, soonest first',
};
const PERIOD_LABELS = { all: 'All funds', open: 'Open (not yet ended)', ended: 'Ended' } as const;
const PAGE_SIZE = 50;

/** Funds with their statements in brief, a page at a time; each links to the full statement, flow chart and ledger. */
export function GrantsScreen() {
  useDocumentTitle('Grants');
  const [search, setSearch] = useState('');
  const [period, setPeriod] = useState<keyof typeof PERIOD_LABELS>('all');
  const [sort, setSort] = useState<FundSort>('code');
  const [offset, setOffset] = useState(0);
  const direction = sort === 'code' || sort === 'name' || sort === 'programme' || sort === 'endDate' ? 'asc' : 'desc';
  const funds = useQuery(trpc.grants.funds.queryOptions({ page: { offset, limit: PAGE_SIZE }, search: search.trim(), period, sort, direction }, { placeholderData: keepPreviousData }));
  const filtering = search.trim() !== '' || period !== 'all';
  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setOffset(0);
  };
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Grants</h1>
          <p className="lead">Funds, the awards made from them and the payments released to partners. Every figure is worked out from the awards and the payment ledger.</p>
        </div>
        <GrantsExportButtons fundId={null} label="all funds" />
      </div>
      <div role="search" className="filters" aria-label="Find a fund">
        <TextField id="funds-search" className="filters__search" label="Code or name" type="search" value={search} onValueChange={change(setSearch)} />
        <SelectField id="funds-period" label="Show" value={period} options={optionsFrom(PERIOD_LABELS)} onValueChange={change((v: string) => setPeriod(v as keyof typeof PERIOD_LABELS))} />
        <SelectField id="funds-sort" label="Sort by" value={sort} options={optionsFrom(SORT_LABELS)} onValueChange={change((v: string) => setSort(v as FundSort))} />
      </div>
      {funds.isError && <ApiError error={funds.error} title="The funds could not be loaded." />}
      {funds.isPending && <Loading label="Loading funds…" />}
      {funds.data && (
        <>
          <Pager noun="funds" offset={funds.data.offset} limit={funds.data.limit} total={funds.data.total} onOffsetChange={setOffset} id="funds-pager-top" />
          <div className="table-wrap" aria-busy={funds.isFetching && funds.isPlaceholderData}>
            <table className="table funds-table">
              <caption className="visually-hidden">Funds with their allocation, awards and payments</caption>
              <thead>
                <tr>
                  <th scope="col">Fund</th>
                  <th scope="col">Programme</th>
                  <th scope="col" className="cell--numeric">Allocation</th>
                  <th scope="col" className="cell--numeric">Awarded</th>
                  <th scope="col" className="cell--numeric">Net released</th>
                  <th scope="col" className="cell--numeric">In approval</th>
                  <th scope="col">Transaction costs</th>
                </tr>
              </thead>
              <tbody>
                {funds.data.rows.length === 0 ? (
                  <tr>
                    <td colSpan={7} className="cell--empty">
                      {filtering ? 'No funds match.' : 'No funds have been set up yet.'}
                    </td>
                  </tr>
                ) : (
                  funds.data.rows.map((fund) => <FundRow key={fund.id} fund={fund} />)
                )}
              </tbody>
            </table>
          </div>
          <Pager noun="funds" offset={funds.data.offset} limit={funds.data.limit} total={funds.data.total} onOffsetChange={setOffset} id="funds-pager" />
        </>
      )}
    </>
  );
}
