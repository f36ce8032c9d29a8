import type { AwardRow } from '../../api/types';
import { formatPence } from '../../format/money';
import { AwardStatusBadge } from '../../grants/GrantBadges';
import { hrefFor } from '../../routing/routes';

interface AwardTotals {
  amountPence: number;
  recordedPence: number;
  releasedPence: number;
}

/**
 * A page of awards: what each partner was awarded, and how much has been recorded and released. The
 * footer shows the server's totals over every matching award (not only this page), when given.
 */
export function AwardsTable({
  awards,
  totals = null,
  caption = 'Awards from this fund',
  emptyText = 'No awards have been made from this fund yet.',
}: {
  awards: readonly AwardRow[];
  totals?: AwardTotals | null;
  caption?: string;
  emptyText?: string | undefined;
}) {
  return (
    <div className="table-wrap">
      <table className="table awards-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Partner</th>
            <th scope="col">Title</th>
            <th scope="col" className="cell--numeric">Amount</th>
            <th scope="col" className="cell--numeric">Recorded</th>
            <th scope="col" className="cell--numeric">Released</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {awards.length === 0 ? (
            <tr>
              <td colSpan={7} className="cell--empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            awards.map((award) => (
              <tr key={award.id}>
                <th scope="row" className="cell--code">
                  <a href={hrefFor({ name: 'award', id: award.id })}>{award.reference}</a>
                </th>
                <td>{award.partnerName}</td>
                <td>{award.title}</td>
                <td className="cell--numeric">{formatPence(award.amountPence)}</td>
                <td className="cell--numeric">{formatPence(award.recordedPence)}</td>
                <td className="cell--numeric">{formatPence(award.releasedPence)}</td>
                <td>
                  <AwardStatusBadge status={award.status} />
                </td>
              </tr>
            ))
          )}
        </tbody>
        {totals && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total of every award listed, on every page (not counting cancelled awards)
              </th>
              <td className="cell--numeric">{formatPence(totals.amountPence)}</td>
              <td className="cell--numeric">{formatPence(totals.recordedPence)}</td>
              <td className="cell--numeric">{formatPence(totals.releasedPence)}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
