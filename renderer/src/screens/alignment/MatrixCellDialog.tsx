import { useEffect, useRef } from 'react';
import type { AlignmentReport } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { formatPence } from '../../format/money';
import { labelOf, LINK_STRENGTH_LABELS } from '../../labels';
import { hrefFor } from '../../routing/routes';
import type { OpenCell } from './MatrixTable';

/** The programmes behind one matrix cell, in a modal dialog; focus goes back to the cell when it closes. */
export function MatrixCellDialog({ open, programmes, onClose }: { open: OpenCell; programmes: AlignmentReport['programmes']; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { row, column, cell, buttonId } = open;

  const closed = useRef(onClose);
  closed.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Escape and the Close button fire "close" (asynchronously). Closing here on unmount must not
    // report back, nor may a stale event from a close-and-reopen (React's development double effects).
    const onDialogClose = () => {
      if (!element.open) closed.current();
    };
    element.addEventListener('close', onDialogClose);
    if (!element.open) element.showModal();
    return () => {
      element.removeEventListener('close', onDialogClose);
      if (element.open) element.close();
      document.getElementById(buttonId)?.focus();
    };
  }, [buttonId]);

  const byId = new Map(programmes.map((p) => [p.id, p]));
  const columnName = column.type === 'pillar' ? `${column.title} (whole pillar)` : `${column.code} ${column.title}`;
  return (
    <dialog ref={dialog} className="matrix-dialog" aria-labelledby="matrix-dialog-title">
      <h2 id="matrix-dialog-title" className="matrix-dialog__title">
        {row.code} {row.title} <span className="matrix-dialog__times">×</span> {columnName}
      </h2>
      <p>
        {cell.count} active {cell.count === 1 ? 'programme' : 'programmes'} with confirmed funding of {formatPence(cell.moneyPence)} in total
        {cell.strongest ? `; strongest link: ${labelOf(LINK_STRENGTH_LABELS, cell.strongest).toLowerCase()}` : ''}.
      </p>
      <ul className="matrix-dialog__list">
        {cell.programmeIds.map((id) => {
          const p = byId.get(id);
          return (
            <li key={id}>
              <a href={hrefFor({ name: 'programme', id })}>{p ? `${p.code} ${p.name}` : `Programme ${id}`}</a> {p && <StatusBadge status={p.status} />}
            </li>
          );
        })}
      </ul>
      <form method="dialog" className="actions">
        <button type="submit" className="button button--secondary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
