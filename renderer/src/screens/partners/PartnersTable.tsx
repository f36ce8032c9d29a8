import type { PartnerListRow } from '../../api/types';
import { ArchivedBadge } from '../../components/StatusBadge';
import { DueDiligenceBadge } from '../../grants/GrantBadges';
import { ORGANISATION_TYPE_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';
import { hrefFor } from '../../routing/routes';

export function PartnersTable({ rows, busy }: { rows: readonly PartnerListRow[]; busy: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table partners-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Partners, with their identifiers, wards and due-diligence standing</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Type</th>
            <th scope="col">Org id</th>
            <th scope="col">Ward</th>
            <th scope="col">Due diligence</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="cell--empty">
                No partners match these filters.
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className={row.archived ? 'row--archived' : undefined}>
                <th scope="row" className="cell--name">
                  <a href={hrefFor({ name: 'partner', id: row.id })}>{row.name}</a>
                  {row.archived && (
                    <>
                      {' '}
                      <ArchivedBadge />
                    </>
                  )}
                  {row.locality && <span className="cell__sub">{row.locality}</span>}
                </th>
                <td>{labelOf(ORGANISATION_TYPE_LABELS, row.organisationType)}</td>
                <td className="cell--code">{row.orgId ?? '—'}</td>
                <td>{row.wardName ?? <span className="muted">Not recorded</span>}</td>
                <td>
                  <DueDiligenceBadge standing={row.dueDiligence} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
