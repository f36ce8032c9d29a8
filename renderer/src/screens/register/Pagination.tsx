import { formatCount } from '../../format/money';
import { PAGE_SIZES, pageRange } from './register-state';

interface PaginationProps {
  idPrefix: string;
  total: number;
  page: number;
  pageSize: number;
  busy: boolean;
  onPage: (page: number) => void;
  onPageSize?: (pageSize: number) => void;
  /** Announce the range to screen readers (only one of the page's paginations should). */
  announce?: boolean;
}

export function Pagination({ idPrefix, total, page, pageSize, busy, onPage, onPageSize, announce = false }: PaginationProps) {
  const { first, last, pages } = pageRange(total, page, pageSize);
  return (
    <nav className="pagination" aria-label={announce ? 'Register pages' : 'Register pages (bottom)'}>
      <p className="pagination__range" role={announce ? 'status' : undefined}>
        Showing {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
        {busy && <span className="pagination__busy"> (updating…)</span>}
      </p>
      <div className="pagination__controls">
        {onPageSize && (
          <div className="pagination__size">
            <label htmlFor={`${idPrefix}-page-size`}>Rows per page</label>
            <select id={`${idPrefix}-page-size`} className="select select--small" value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous<span className="visually-hidden"> page</span>
        </button>
        <span className="pagination__page">
          Page {formatCount(Math.min(page, pages))} of {formatCount(pages)}
        </span>
        <button type="button" className="button button--secondary button--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next<span className="visually-hidden"> page</span>
        </button>
      </div>
    </nav>
  );
}
