import { memo } from 'react';
import type { RegisterRow } from '../../api/types';
import { ArchivedBadge, StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { labelOf, PROGRAMME_TYPE_LABELS } from '../../labels';
import { hrefFor } from '../../routing/routes';
import type { SortField } from './register-state';

interface RegisterTableProps {
  rows: readonly RegisterRow[];
  sortBy: SortField;
  sortDirection: 'asc' | 'desc';
  busy: boolean;
  onSort: (field: SortField) => void;
}

const COLUMNS: ReadonlyArray<{ field: SortField | null; label: string; numeric?: boolean }> = [
  { field: 'code', label: 'Code' },
  { field: 'name', label: 'Name' },
  { field: 'type', label: 'Type' },
  { field: 'status', label: 'Status' },
  { field: null, label: 'Lead officer' },
  { field: 'startDate', label: 'Start date' },
  { field: 'endDate', label: 'End date' },
  { field: 'totalPence', label: 'Total funding', numeric: true },
];

const Row = memo(function Row({ row }: { row: RegisterRow }) {
  return (
    <tr className={row.archived ? 'row--archived' : undefined}>
      <td className="cell--code">{row.code}</td>
      <th scope="row" className="cell--name">
        <a href={hrefFor({ name: 'programme', id: row.id })}>{row.name}</a>
        {row.archived && <> <ArchivedBadge /></>}
      </th>
      <td>{labelOf(PROGRAMME_TYPE_LABELS, row.type)}</td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>{row.leadOfficer}</td>
      <td className="cell--date">{formatDate(row.startDate)}</td>
      <td className="cell--date">{formatDate(row.endDate)}</td>
      <td className="cell--numeric">
        {formatPence(row.totalPence)}
        {row.totalPence > 0 && <span className="cell__sub">{formatPence(row.confirmedPence)} confirmed</span>}
      </td>
    </tr>
  );
});

/** One page of the register. Sorting happens on the server; headers are buttons with aria-sort. */
export function RegisterTable({ rows, sortBy, sortDirection, busy, onSort }: RegisterTableProps) {
  return (
    <div className="table-wrap">
      <table className="table register-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Programmes in the register. Column headers with buttons sort the table.</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = column.field !== null && column.field === sortBy;
              const ariaSort = active ? (sortDirection === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th key={column.label} scope="col" aria-sort={ariaSort} className={column.numeric ? 'cell--numeric' : undefined}>
                  {column.field ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.field!)}>
                      {column.label}
                      <span className="sort-button__icon" aria-hidden="true">
                        {active ? (sortDirection === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="cell--empty">
                No programmes match these filters.
              </td>
            </tr>
          ) : (
            rows.map((row) => <Row key={row.id} row={row} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
