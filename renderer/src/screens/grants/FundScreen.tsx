import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorCode } from '../../api/errors';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDate } from '../../format/dates';
import { FlowChart } from '../../grants/FlowChart';
import { GrantsExportButtons } from '../../grants/GrantsExportButtons';
import { hrefFor } from '../../routing/routes';
import { AwardsTable } from './AwardsTable';
import { FundStatementPanel } from './FundStatementPanel';
import { LedgerTable } from './LedgerTable';

const PAGE_SIZE = 50;

/** One fund: its statement, where the money went, its awards and its ledger. */
export function FundScreen({ id, canCreateAwards }: { id: number; canCreateAwards: boolean }) {
  const statement = useQuery(trpc.grants.fundStatement.queryOptions({ fundId: id }));
  const [awardSearch, setAwardSearch] = useState('');
  const [awardOffset, setAwardOffset] = useState(0);
  const [ledgerOffset, setLedgerOffset] = useState(0);
  const awards = useQuery(
    trpc.grants.awards.queryOptions({ fundId: id, search: awardSearch.trim(), page: { offset: awardOffset, limit: PAGE_SIZE } }, { placeholderData: keepPreviousData }),
  );
  const ledger = useQuery(trpc.grants.ledger.queryOptions({ fundId: id, direction: 'desc', page: { offset: ledgerOffset, limit: PAGE_SIZE } }, { placeholderData: keepPreviousData }));
  const fund = statement.data?.fund;
  useDocumentTitle(fund ? `${fund.code} ${fund.name}` : 'Fund');

  if (statement.isPending) return <Loading label="Loading the fund…" />;
  if (statement.isError) {
    return (
      <>
        <h1>{errorCode(statement.error) === 'NOT_FOUND' ? 'Fund not found' : 'The fund could not be loaded'}</h1>
        <ApiError error={statement.error} />
        <p>
          <a href={hrefFor({ name: 'grants' })}>Back to grants</a>
        </p>
      </>
    );
  }
  const f = statement.data.fund;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'grants' })}>Grants</a>
      </p>
      <div className="page-header">
        <div>
          <h1 className="programme-title">
            <span className="programme-title__code">{f.code}</span> {f.name}
          </h1>
          <p className="programme-title__badges">
            {f.zeroTransactionCost && <span className="badge badge--zero-cost">Zero transaction cost</span>}
            <span className="muted">
              {f.firstFinancialYear} to {f.lastFinancialYear}, ends {formatDate(f.endDate)}
            </span>
          </p>
        </div>
        {canCreateAwards && (
          <div className="page-header__actions">
            <a className="button" href={hrefFor({ name: 'award-new', fundId: f.id })}>
              New award
            </a>
          </div>
        )}
      </div>
      <dl className="details-list fund-details">
        <div>
          <dt>Programme</dt>
          <dd>
            <a href={hrefFor({ name: 'programme', id: f.programmeId })}>{f.programmeName}</a> <span className="muted">({f.programmeCode})</span>
          </dd>
        </div>
        <div className="details-list__wide">
          <dt>Source of the money</dt>
          <dd>{f.source}</dd>
        </div>
      </dl>
      <FundStatementPanel statement={statement.data} />
      <section className="panel" aria-labelledby="flow-title">
        <h2 id="flow-title">Where the money has gone</h2>
        <FlowChart totals={statement.data.totals} />
      </section>
      <section aria-labelledby="awards-title">
        <h2 id="awards-title">Awards{awards.data && !awardSearch.trim() ? ` (${awards.data.total.toLocaleString('en-GB')})` : ''}</h2>
        <div role="search" className="filters" aria-label="Find an award in this fund">
          <TextField
            id="fund-awards-search"
            className="filters__search"
            label="Reference, title or partner"
            type="search"
            value={awardSearch}
            onValueChange={(value) => {
              setAwardSearch(value);
              setAwardOffset(0);
            }}
          />
        </div>
        {awards.isError && <ApiError error={awards.error} title="The awards could not be loaded." />}
        {awards.isPending && <Loading label="Loading awards…" />}
        {awards.data && (
          <>
            <AwardsTable awards={awards.data.rows} totals={awards.data.total > 1 ? awards.data.totals : null} emptyText={awardSearch.trim() ? 'No awards match.' : undefined} />
            <Pager noun="awards" offset={awards.data.offset} limit={awards.data.limit} total={awards.data.total} onOffsetChange={setAwardOffset} id="fund-awards-pager" />
          </>
        )}
      </section>
      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title">Ledger</h2>
        <p className="muted">Newest first. Entries are never changed or deleted: a mistake is corrected by a reversal or a clawback, which appears here as its own entry.</p>
        {ledger.isError && <ApiError error={ledger.error} title="The ledger could not be loaded." />}
        {ledger.isPending && <Loading label="Loading the ledger…" />}
        {ledger.data && (
          <>
            <LedgerTable entries={ledger.data.rows} />
            <Pager noun="ledger entries" offset={ledger.data.offset} limit={ledger.data.limit} total={ledger.data.total} onOffsetChange={setLedgerOffset} id="fund-ledger-pager" />
          </>
        )}
      </section>
      <section aria-labelledby="exports-title">
        <h2 id="exports-title">Exports</h2>
        <GrantsExportButtons fundId={f.id} label={`fund ${f.code}`} />
      </section>
    </>
  );
}
