/**
 * Previous / next for a list the server pages (core/shared/paging.ts): "Showing 51–100 of 19,810".
 * The caller keeps the offset in its state and passes the server's `total`; nothing is fetched here.
 */
export interface PagerProps {
  /** What the rows are, for the label and the buttons' names: "partners", "payments". */
  noun: string;
  offset: number;
  limit: number;
  total: number;
  onOffsetChange: (offset: number) => void;
  /** Distinguishes two pagers on one page (ids and accessible names). */
  id?: string;
}

const count = (n: number) => n.toLocaleString('en-GB');

export function Pager({ noun, offset, limit, total, onOffsetChange, id }: PagerProps) {
  if (total <= limit && offset === 0) {
    return null;
  }
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`} id={id}>
      <button type="button" className="button button--secondary button--small" disabled={!hasPrevious} onClick={() => onOffsetChange(Math.max(0, offset - limit))}>
        Previous<span className="visually-hidden"> {noun}</span>
      </button>
      <span className="pager__status" aria-live="polite">
        Showing {count(first)}–{count(last)} of {count(total)} {noun}
      </span>
      <button type="button" className="button button--secondary button--small" disabled={!hasNext} onClick={() => onOffsetChange(offset + limit)}>
        Next<span className="visually-hidden"> {noun}</span>
      </button>
    </nav>
  );
}
