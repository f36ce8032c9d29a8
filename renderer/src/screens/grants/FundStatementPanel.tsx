import type { FundStatement } from '../../api/types';
import { formatCount, formatPence } from '../../format/money';
import { statementRows } from '../../grants/statement';

/**
 * The fund statement. The transaction-cost line is the server's own sentence
 * (fundStatement.transactionCostLine), never put together here.
 */
export function FundStatementPanel({ statement }: { statement: FundStatement }) {
  const rows = statementRows(statement.totals);
  return (
    <section className="panel" aria-labelledby="statement-title">
      <h2 id="statement-title">Fund statement</h2>
      <p className="cost-line" id="transaction-cost-line">
        {statement.transactionCostLine}
      </p>
      <div className="table-wrap table-wrap--fit">
        <table className="table statement-table">
          <caption className="visually-hidden">Fund statement</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="cell--numeric">
                Amount
              </th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.emphasis ? 'statement-table__total' : undefined} data-figure={row.key}>
                <th scope="row">{row.label}</th>
                <td className="cell--numeric">{formatPence(row.pence)}</td>
                <td className="muted">{row.note}</td>
              </tr>
            ))}
            <tr data-figure="partnersPaid">
              <th scope="row">Partners paid</th>
              <td className="cell--numeric">{formatCount(statement.partnersPaid)}</td>
              <td className="muted">Partners who have had at least one payment released</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
