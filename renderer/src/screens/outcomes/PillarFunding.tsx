import type { FrameworkFundingLine } from '../../api/types';
import { formatPence } from '../../format/money';
import { labelOf, SPEND_TYPE_LABELS } from '../../labels';

/** The money a version sets against one pillar; amounts still "TBC" in the source say so. */
export function PillarFunding({ lines, title }: { lines: readonly FrameworkFundingLine[]; title: string }) {
  if (lines.length === 0) return null;
  const known = lines.reduce((sum, line) => sum + (line.amountPence ?? 0), 0);
  const tbc = lines.filter((line) => line.amountPence === null).length;
  return (
    <details className="pillar-funding">
      <summary>
        {tbc === lines.length
          ? `Funding: to be confirmed (${lines.length} ${lines.length === 1 ? 'line' : 'lines'})`
          : `Funding: ${formatPence(known)} across ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}${tbc > 0 ? ` (${tbc} to be confirmed)` : ''}`}
      </summary>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">Funding lines for {title}</caption>
          <thead>
            <tr>
              <th scope="col">Fund</th>
              <th scope="col">Department</th>
              <th scope="col">Financial year</th>
              <th scope="col">Revenue or capital</th>
              <th scope="col" className="cell--numeric">Amount</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  {line.fund}
                  {line.allocationMechanism && <span className="cell__sub">{line.allocationMechanism}</span>}
                </th>
                <td>{line.homeDepartment}</td>
                <td>{line.financialYear}</td>
                <td>{labelOf(SPEND_TYPE_LABELS, line.spendType)}</td>
                <td className="cell--numeric">{line.amountPence === null ? <span className="muted">To be confirmed</span> : formatPence(line.amountPence)}</td>
                <td>{line.sourceUrl ? <a href={line.sourceUrl} target="_blank" rel="noreferrer noopener">{line.sourceTitle || 'Source'}</a> : line.sourceTitle}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Total known{tbc > 0 && ' (excluding lines to be confirmed)'}
              </th>
              <td className="cell--numeric">{formatPence(known)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}
