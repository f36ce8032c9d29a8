import type { AlignmentMatrix, MatrixCell, MatrixColumn, MatrixRow } from '../../api/types';
import { cellShade, columnGroups } from '../../alignment/alignment-view';
import { formatPenceCompact } from '../../format/money';
import { labelOf, LINK_STRENGTH_LABELS } from '../../labels';

export interface OpenCell {
  row: MatrixRow;
  column: MatrixColumn;
  cell: MatrixCell;
  /** The DOM id of the cell's button, to return focus to when the list closes. */
  buttonId: string;
}

function CellContent({ row, column, cell, buttonId, onOpen }: { row: MatrixRow; column: MatrixColumn; cell: MatrixCell; buttonId: string; onOpen: (open: OpenCell) => void }) {
  if (cell.count === 0) {
    return (
      <span className="matrix__empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">None</span>
      </span>
    );
  }
  return (
    <button id={buttonId} type="button" className="matrix__button" aria-haspopup="dialog" onClick={() => onOpen({ row, column, cell, buttonId })}>
      <span className="matrix__count">
        {cell.count}
        <span className="visually-hidden"> {cell.count === 1 ? 'programme' : 'programmes'},</span>
      </span>
      <span className="matrix__money">{formatPenceCompact(cell.moneyPence)}</span>
      <span className="visually-hidden">, strongest link </span>
      <span className="matrix__strength">{labelOf(LINK_STRENGTH_LABELS, cell.strongest)}</span>
      <span className="visually-hidden">
        {', '}
        {row.code} × {column.code}
      </span>
    </button>
  );
}

/**
 * Missions (with their priorities indented beneath) against GMCA pillars (each with its outcomes).
 * A cell with programmes is a button that lists them.
 */
export function MatrixTable({ matrix, onOpen }: { matrix: AlignmentMatrix; onOpen: (open: OpenCell) => void }) {
  const groups = columnGroups(matrix.columns);
  const groupStarts = new Set(groups.map((g) => g.start));
  return (
    <div className="table-wrap matrix-wrap" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="matrix">
        <caption id="matrix-caption" className="visually-hidden">
          Active programmes by council mission or priority (rows) and GMCA pillar or outcome (columns)
        </caption>
        <colgroup>
          <col className="matrix__rowhead-col" />
        </colgroup>
        {groups.map((g) => (
          <colgroup key={`${g.pillarCode}-${g.start}`} span={g.span} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="matrix__corner">
              <span className="matrix__corner-rows">Council mission or priority</span>
              <span className="matrix__corner-columns">GMCA pillar and outcome</span>
            </th>
            {groups.map((g) => (
              <th key={`${g.pillarCode}-${g.start}`} scope="colgroup" colSpan={g.span} className="matrix__group-head">
                {g.title}
                {g.code && <span className="matrix__code"> {g.code}</span>}
              </th>
            ))}
          </tr>
          <tr>
            {matrix.columns.map((column, c) => (
              <th
                key={`${column.type}-${column.id}`}
                scope="col"
                className={`matrix__col-head matrix__col-head--${column.type}${groupStarts.has(c) ? ' matrix__group-start' : ''}`}
              >
                {column.type === 'pillar' ? (
                  <span className="matrix__col-title">Whole pillar</span>
                ) : (
                  <>
                    <span className="matrix__code">{column.code}</span>
                    <span className="matrix__col-title" title={column.title}>
                      {column.title}
                    </span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={`${row.type}-${row.id}`} className={`matrix__row matrix__row--${row.type}`}>
              <th scope="row" className="matrix__row-head">
                <span className="matrix__code">{row.code}</span> <span className="matrix__row-title">{row.title}</span>
              </th>
              {matrix.columns.map((column, c) => {
                const cell = matrix.cells[r]?.[c] ?? { count: 0, moneyPence: 0, strongest: null };
                return (
                  <td
                    key={`${column.type}-${column.id}`}
                    className={`matrix__cell matrix__cell--${cellShade(cell)}${groupStarts.has(c) ? ' matrix__group-start' : ''}`}
                    data-row={row.code}
                    data-column={column.code}
                  >
                    <CellContent row={row} column={column} cell={cell} buttonId={`matrix-cell-${r}-${c}`} onOpen={onOpen} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the colours and words in the cells mean. */
export function MatrixLegend() {
  const items: Array<{ shade: string; word: string; meaning: string }> = [
    { shade: 'primary', word: 'Primary', meaning: 'at least one programme’s strongest chain to this row and column is primary' },
    { shade: 'secondary', word: 'Secondary', meaning: 'the strongest chain is secondary' },
    { shade: 'enabling', word: 'Enabling', meaning: 'the strongest chain is enabling' },
    { shade: 'none', word: '–', meaning: 'no active programme' },
  ];
  return (
    <div className="matrix-legend">
      <h3 className="matrix-legend__title">Key</h3>
      <ul className="matrix-legend__list">
        {items.map((item) => (
          <li key={item.shade} className="matrix-legend__item">
            <span className={`matrix-legend__swatch matrix__cell--${item.shade}`} aria-hidden="true">
              {item.word}
            </span>
            <span>
              <strong>{item.shade === 'none' ? 'Empty' : item.word}</strong>: {item.meaning}
            </span>
          </li>
        ))}
      </ul>
      <p className="matrix-legend__note">
        Each cell shows how many active programmes reach both its row and its column (through links to a mission, priority, outcome or indicator), their confirmed
        funding, and the strongest link. A chain is as strong as its weaker end. The money is each programme’s whole confirmed funding, so the same pound can appear in
        several cells and the cells do not add up to a total. Choose a cell to see its programmes.
      </p>
    </div>
  );
}
