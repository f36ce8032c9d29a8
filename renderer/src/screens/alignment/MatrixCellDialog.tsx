import type { AlignmentReport } from '../../api/types';
import { ModalDialog } from '../../components/ModalDialog';
import { StatusBadge } from '../../components/StatusBadge';
import { formatPence } from '../../format/money';
import { labelOf, LINK_STRENGTH_LABELS } from '../../labels';
import { hrefFor } from '../../routing/routes';
import type { OpenCell } from './MatrixTable';

/** The programmes behind one matrix cell, in a modal dialog; focus goes back to the cell when it closes. */
export function MatrixCellDialog({ open, programmes, onClose }: { open: OpenCell; programmes: AlignmentReport['programmes']; onClose: () => void }) {
  const { row, column, cell, buttonId } = open;

  const byId = new Map(programmes.map((p) => [p.id, p]));
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
    </ModalDialog>
  );
}
