import type { ProgrammeDetail } from '../../api/types';
import { formatPence } from '../../format/money';
import { CERTAINTY_LABELS, FUNDING_SOURCE_LABELS, labelOf, PILLAR_LABELS, SPEND_TYPE_LABELS } from '../../labels';
import { summariseFunding } from './funding-summary';

export function FundingTab({ lines }: { lines: ProgrammeDetail['fundingLines'] }) {
  if (lines.length === 0) return <p className="muted">No funding lines recorded.</p>;
  const summary = summariseFunding(lines);
  return (
    <div className="stack">
      <h2>Funding by financial year</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Funding totals per financial year</caption>
          <thead>
            <tr>
              <th scope="col">Financial year</th>
              <th scope="col" className="cell--numeric">Confirmed</th>
              <th scope="col" className="cell--numeric">Planned</th>
              <th scope="col" className="cell--numeric">Revenue</th>
              <th scope="col" className="cell--numeric">Capital</th>
              <th scope="col" className="cell--numeric">Total</th>
            </tr>
          </thead>
          <tbody>
            {summary.years.map((year) => (
              <tr key={year.financialYear}>
                <th scope="row">{year.financialYear}</th>
                <td className="cell--numeric">{formatPence(year.confirmedPence)}</td>
                <td className="cell--numeric">{formatPence(year.plannedPence)}</td>
                <td className="cell--numeric">{formatPence(year.revenuePence)}</td>
                <td className="cell--numeric">{formatPence(year.capitalPence)}</td>
                <td className="cell--numeric">{formatPence(year.totalPence)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All years</th>
              <td className="cell--numeric">{formatPence(summary.overall.confirmedPence)}</td>
              <td className="cell--numeric">{formatPence(summary.overall.plannedPence)}</td>
              <td className="cell--numeric">{formatPence(summary.overall.revenuePence)}</td>
              <td className="cell--numeric">{formatPence(summary.overall.capitalPence)}</td>
              <td className="cell--numeric">{formatPence(summary.overall.totalPence)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h2>Funding lines</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Every funding line</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Financial year</th>
              <th scope="col">Revenue or capital</th>
              <th scope="col">Certainty</th>
              <th scope="col" className="cell--numeric">Amount</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={index}>
                <td>
                  {labelOf(FUNDING_SOURCE_LABELS, line.source)}
                  {line.pillarCode && <span className="cell__sub">{labelOf(PILLAR_LABELS, line.pillarCode)}</span>}
                </td>
                <td>{line.financialYear}</td>
                <td>{labelOf(SPEND_TYPE_LABELS, line.spendType)}</td>
                <td>
                  <span className={`badge badge--${line.certainty}`}>{labelOf(CERTAINTY_LABELS, line.certainty)}</span>
                </td>
                <td className="cell--numeric">{formatPence(line.amountPence)}</td>
                <td>{line.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
