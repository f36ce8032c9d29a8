import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../api/trpc';
import type { FundSummary } from '../../api/types';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
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

/** Every fund with its statement in brief; each links to the full statement, flow chart and ledger. */
export function GrantsScreen() {
  useDocumentTitle('Grants');
  const funds = useQuery(trpc.grants.funds.queryOptions());
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Grants</h1>
          <p className="lead">Funds, the awards made from them and the payments released to partners. Every figure is worked out from the awards and the payment ledger.</p>
        </div>
        <GrantsExportButtons fundId={null} label="all funds" />
      </div>
      {funds.isError && <ApiError error={funds.error} title="The funds could not be loaded." />}
      {funds.isPending && <Loading label="Loading funds…" />}
      {funds.data && (
        <div className="table-wrap">
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
              {funds.data.length === 0 ? (
                <tr>
                  <td colSpan={7} className="cell--empty">
                    No funds have been set up yet.
                  </td>
                </tr>
              ) : (
                funds.data.map((fund) => <FundRow key={fund.id} fund={fund} />)
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
