import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, pageInput, slicePage } from '../../../core/shared/paging';

describe('paging', () => {
  it('defaults to the first page of 50 and refuses pages above the cap', () => {
    expect(pageInput.parse(undefined)).toEqual({ offset: 0, limit: 50 });
    expect(pageInput.parse({ offset: 100 })).toEqual({ offset: 100, limit: 50 });
    expect(pageInput.safeParse({ limit: MAX_PAGE_SIZE + 1 }).success).toBe(false);
    expect(pageInput.safeParse({ offset: -1 }).success).toBe(false);
    expect(pageInput.safeParse({ offset: 0, limit: 10, extra: 1 }).success).toBe(false);
  });

  it('slices an in-memory list into the same shape', () => {
    const all = Array.from({ length: 7 }, (_, i) => i);
    expect(slicePage(all, { offset: 5, limit: 5 })).toEqual({ rows: [5, 6], total: 7, offset: 5, limit: 5 });
  });
});
