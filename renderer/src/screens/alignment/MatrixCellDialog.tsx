import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../api/trpc';
import { ApiError } from '../../components/ApiError';
import { Loading } from '../../components/Loading';
import { ModalDialog } from '../../components/ModalDialog';
import { Pager } from '../../components/Pager';
import { StatusBadge } from '../../components/StatusBadge';
import { formatPence } from '../../format/money';
import { labelOf, LINK_STRENGTH_LABELS } from '../../labels';
import { hrefFor } from '../../routing/routes';
import type { OpenCell } from './MatrixTable';

const CELL_PAGE = 50;

/** The programmes behind one matrix cell, a page at a time, in a modal dialog; focus goes back to the cell when it closes. */
export function MatrixCellDialog({ open, onClose }: { open: OpenCell; onClose: () => void }) {
  const { row, column, cell, buttonId } = open;
  const [offset, setOffset] = useState(0);
  const programmes = useQuery(
    trpc.alignment.matrixCell.queryOptions(
      { rowType: row.type, rowId: row.id, columnType: column.type, columnId: column.id, page: { offset, limit: CELL_PAGE } },
      { placeholderData: keepPreviousData },
    ),
  );
  const columnName = column.type === 'pillar' ? `${column.title} (whole pillar)` : `${column.code} ${column.title}`;
  return (
    <ModalDialog titleId="matrix-dialog-title" returnFocusId={buttonId} onClose={onClose}>
      <h2 id="matrix-dialog-title" className="matrix-dialog__title">
        {row.code} {row.title} <span className="matrix-dialog__times">×</span> {columnName}
      </h2>
      <p>
        {cell.count} active {cell.count === 1 ? 'programme' : 'programmes'} with confirmed funding of {formatPence(cell.moneyPence)} in total
        {cell.strongest ? `; strongest link: ${labelOf(LINK_STRENGTH_LABELS, cell.strongest).toLowerCase()}` : ''}.
      </p>
      {programmes.isPending && <Loading label="Loading the programmes…" />}
      {programmes.isError && <ApiError error={programmes.error} title="The programmes in this cell could not be loaded." />}
      {programmes.data && (
        <>
          <ul className="matrix-dialog__list" aria-busy={(programmes.isFetching && programmes.isPlaceholderData) || undefined}>
            {programmes.data.rows.map((p) => (
              <li key={p.id}>
                <a href={hrefFor({ name: 'programme', id: p.id })}>{`${p.code} ${p.name}`}</a> <StatusBadge status={p.status} />{' '}
                <span className="muted">
                  {formatPence(p.confirmedPence)} confirmed; {labelOf(LINK_STRENGTH_LABELS, p.strength).toLowerCase()} link
                </span>
              </li>
            ))}
          </ul>
          <Pager noun="programmes" offset={offset} limit={programmes.data.limit} total={programmes.data.total} onOffsetChange={setOffset} id="matrix-dialog-pager" />
        </>
      )}
      <form method="dialog" className="actions">
        <button type="submit" className="button button--secondary" autoFocus>
          Close
        </button>
      </form>
    </ModalDialog>
  );
}
