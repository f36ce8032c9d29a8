import type { AwardRow } from '../../api/types';
import { formatPence } from '../../format/money';
import { AwardStatusBadge } from '../../grants/GrantBadges';
import { hrefFor } from '../../routing/routes';

/** A fund's awards: what each partner was awarded, and how much has been recorded and released. */
export function AwardsTable({ awards, caption = 'Awards from this fund', emptyText = 'No awards have been made from this fund yet.' }: { awards: readonly AwardRow[]; caption?: string; emptyText?: string }) {
  const total = (pick: (a: AwardRow) => number) => awards.filter((a) => a.status !== 'cancelled').reduce((t, a) => t + pick(a), 0);
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
        {awards.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total (not counting cancelled awards)
              </th>
              <td className="cell--numeric">{formatPence(total((a) => a.amountPence))}</td>
              <td className="cell--numeric">{formatPence(total((a) => a.recordedPence))}</td>
              <td className="cell--numeric">{formatPence(total((a) => a.releasedPence))}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
