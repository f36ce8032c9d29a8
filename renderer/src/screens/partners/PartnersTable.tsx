import type { PartnerListRow } from '../../api/types';
import { ArchivedBadge } from '../../components/StatusBadge';
import { DueDiligenceBadge } from '../../grants/GrantBadges';
import { ORGANISATION_TYPE_LABELS } from '../../grants/grants-labels';
import { labelOf } from '../../labels';
import { hrefFor } from '../../routing/routes';
import type { PartnerSortField } from './partners-state';

const COLUMNS: ReadonlyArray<{ field: PartnerSortField; label: string }> = [
  { field: 'name', label: 'Partner' },
  { field: 'type', label: 'Type' },
  { field: 'orgId', label: 'Org id' },
  { field: 'ward', label: 'Ward' },
  { field: 'dueDiligence', label: 'Due diligence' },
];

interface PartnersTableProps {
  rows: readonly PartnerListRow[];
  busy: boolean;
  sortBy: PartnerSortField;
  sortDirection: 'asc' | 'desc';
  onSort: (field: PartnerSortField) => void;
}

/** One page of partners. Sorting happens on the server; headers are buttons with aria-sort. */
export function PartnersTable({ rows, busy, sortBy, sortDirection, onSort }: PartnersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table partners-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Partners, with their identifiers, wards and due-diligence standing. Column headers with buttons sort the table.</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = column.field === sortBy;
              return (
                <th key={column.field} scope="col" aria-sort={active ? (sortDirection === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(column.field)}>
                    {column.label}
                    <span className="sort-button__icon" aria-hidden="true">
                      {active ? (sortDirection === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
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
