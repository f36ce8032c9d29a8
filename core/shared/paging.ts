import { z } from 'zod';

/**
 * One shape for every list the server pages (issue 10: bounded work per request). A list procedure
 * takes `page` (offset and limit, with a hard cap) beside its own sort and filter fields, and answers
 * a `Page`: the rows of this page, how many rows match the filters in all, and where the page began.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const pageInput = z
  .strictObject({
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} rows a page`).default(DEFAULT_PAGE_SIZE),
  })
  .default({ offset: 0, limit: DEFAULT_PAGE_SIZE });

export type PageInput = z.output<typeof pageInput>;

export const sortDirection = z.enum(['asc', 'desc']).default('asc');
export type SortDirection = z.output<typeof sortDirection>;

export interface Page<T> {
  rows: T[];
  /** Rows matching the filters, on every page. */
  total: number;
  offset: number;
  limit: number;
}

export function pageOf<T>(rows: T[], total: number, page: PageInput): Page<T> {
  return { rows, total, offset: page.offset, limit: page.limit };
}

/** Pages an array already held in memory (small or cached lists), so callers see one shape. */
export function slicePage<T>(all: readonly T[], page: PageInput): Page<T> {
  return pageOf(all.slice(page.offset, page.offset + page.limit), all.length, page);
}
